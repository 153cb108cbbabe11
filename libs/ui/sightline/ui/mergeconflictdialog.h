#pragma once

#include "sightline/merge/conflicts.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sightline::edit {
class Document;
}

namespace sightline::ui {

// The conflicts merges left in a project, resolved one at a time: for the chosen conflict what it
// is about, the ancestor's value, mine and theirs with who set them and when; Keep mine, Keep
// theirs, or Use this value (typed). Each resolution is an undoable command on the document;
// the list follows undo and redo. Closing leaves the rest listed for later. GUI thread only.
class MergeConflictDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit MergeConflictDialog(edit::Document &document, QWidget *parent = nullptr);

    int unresolvedCount() const { return int(m_conflicts.size()); }
    void selectConflict(int row);
    // The buttons' work, for tests and shortcuts; false (with the reason shown) when refused.
    bool keepMine();
    bool keepTheirs();
    bool useEdited();

  private:
    void reload();
    void showCurrent();
    const merge::Conflict *current() const;
    bool resolve(merge::Resolution resolution, const QJsonValue &edited, const QString &text);

    edit::Document &m_document;
    QList<merge::Conflict> m_conflicts;
    QListWidget *m_list;
    QLabel *m_detail, *m_ancestor, *m_mine, *m_theirs, *m_error;
    QLineEdit *m_edited;
    QPushButton *m_keepMine, *m_keepTheirs, *m_useEdited;
};

} // namespace sightline::ui
