#pragma once

#include <QSet>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sightline::edit {
class Document;
}

namespace sightline::ui {

class ClaimFilterModel;
class DocumentFollower;
class ClaimTableModel;

// The claim ledger: every claim in a sortable table, or only those of one source, with a line
// above that says which and a button to show all again. Selecting rows reports the claims;
// the window selects rows to follow the shared selection. Follows every edit, undo or redo of
// the document. GUI thread only.
class ClaimLedger : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimLedger(QWidget *parent = nullptr);
    // The project shown, followed as it changes; null shows nothing.
    void setDocument(edit::Document *document);
    // Reads the claims again, keeping the selected ones selected.
    void reload();
    // Shows only the claims of this source (named in the line above); null shows all.
    void setSourceFilter(const QUuid &sourceId, const QString &sourceName = {});
    QUuid sourceFilter() const;
    // Selects the rows of these claims (scrolling to the first) without reporting it.
    void selectClaims(const QSet<QUuid> &claimIds);
    QList<QUuid> selectedClaims() const;
    int visibleRows() const;
    ClaimTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    // The analyst selected these claims in the table.
    void claimsSelected(const QList<QUuid> &claimIds);
    void showAllRequested();

private:
    void updateFilterLine();

    DocumentFollower *m_follower;
    ClaimTableModel *m_model;
    ClaimFilterModel *m_proxy;
    QTableView *m_table;
    QLabel *m_filterLine;
    QPushButton *m_showAll;
    QString m_sourceName;
    bool m_selecting = false;
};

} // namespace sightline::ui
