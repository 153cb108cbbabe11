#pragma once

#include "sightline/core/timespan.h"

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
class SelectionModel;

// The claim ledger: every claim in a sortable table, or only those of one source, with a line
// above that says which and a button to show all again. Selecting rows reports the claims.
// Given the shared selection, it follows it (store::relationsOf: a selected site selects its
// claims from every source, a selected scene the claims linked to it) and writes the claims
// the analyst selects to it. Follows every edit, undo or redo of the document. GUI thread only.
class ClaimLedger : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimLedger(QWidget *parent = nullptr);
    // The project shown, followed as it changes; null shows nothing.
    void setDocument(edit::Document *document);
    // Follows this selection and writes to it from now on.
    void followSelection(SelectionModel *selection);
    // Reads the claims again, keeping the selected ones selected.
    void reload();
    // Shows only the claims of this source (named in the line above); null shows all.
    void setSourceFilter(const QUuid &sourceId, const QString &sourceName = {});
    QUuid sourceFilter() const;
    // The map's time window: only the claims it shows are listed (open: all), said above them.
    void setTimeWindow(const TimeWindow &window);
    // Selects the rows of these claims (scrolling to the first) without reporting it.
    void selectClaims(const QSet<QUuid> &claimIds);
    QList<QUuid> selectedClaims() const;
    int visibleRows() const;
    ClaimTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString filterLine() const;

signals:
    // The analyst selected these claims in the table.
    void claimsSelected(const QList<QUuid> &claimIds);
    void showAllRequested();

private:
    void updateFilterLine();
    void showSelection();

    DocumentFollower *m_follower;
    ClaimTableModel *m_model;
    ClaimFilterModel *m_proxy;
    QTableView *m_table;
    QLabel *m_filterLine;
    QPushButton *m_showAll;
    QString m_sourceName;
    bool m_selecting = false;
    SelectionModel *m_selection = nullptr;
    bool m_following = false; // rows being selected from the shared selection
};

} // namespace sightline::ui
