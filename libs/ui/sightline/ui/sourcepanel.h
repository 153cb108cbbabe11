#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sightline::edit {
class Document;
class RecordCommandBase;
} // namespace sightline::edit

namespace sightline::ui {

class DocumentFollower;
class SelectionModel;
class SourceTableModel;

// The sources of a project: a searchable, sortable table, buttons to add, edit and delete a
// source and to attach a file to it as a capture, and the captures of the current source
// below. Every change goes through the document's undo history. GUI thread only.
class SourcePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcePanel(QWidget *parent = nullptr);
    // The project to show and edit, followed as it changes; null shows nothing.
    void setDocument(edit::Document *document);
    // Follows the shared selection from now on: one selected source becomes the current one,
    // selected sites show all; choosing a source selects it.
    void followSelection(SelectionModel *selection);
    // Reads the sources and captures again, keeping the current source.
    void reload();

    QUuid currentSource() const;
    void setCurrentSource(const QUuid &id);
    // Marks the capture in the list (the one shown in the viewer), if it is listed.
    void setCurrentCapture(const QUuid &captureId);
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *captureList() const { return m_captures; }
    SourceTableModel *model() const { return m_model; }

    // Why the source cannot be deleted (claims, captures or links still refer to it); empty
    // when it can.
    QString whyNotDeletable(const QUuid &sourceId) const;

    void addSource();
    void editCurrentSource();
    void deleteCurrentSource();
    // Attach file…: asks for a file and attaches it to the current source (attachFile).
    void attachCapture();
    // Attaches the file to the current source as a capture through the capture intake (hashed,
    // its text indexed for search), one undoable step. False when the project refused it.
    bool attachFile(const QString &path);
    QPushButton *attachButton() const { return m_attach; }
    // Asks where to write the chosen capture and exports it (Export capture…).
    void exportCurrentCapture();
    QPushButton *exportButton() const { return m_export; }

signals:
    // The source chosen in the table; null when none is.
    void currentSourceChanged(const QUuid &sourceId);
    // The analyst asked to open a capture (double click, Enter or Open).
    void captureActivated(const QUuid &captureId);
    // A capture was exported: what was written, one line.
    void captureExported(const QString &summary);

private:
    void fillCaptures();
    // Pushes the command; a refusal is shown in a message box. slow: a wait cursor while it runs.
    bool run(edit::RecordCommandBase *command, bool slow = false);

    edit::Document *document() const;

    DocumentFollower *m_follower;
    SourceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_capturesLabel;
    QListWidget *m_captures;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_export;
    QUuid m_current;
    SelectionModel *m_selection = nullptr;
    bool m_following = false;
};

} // namespace sightline::ui
