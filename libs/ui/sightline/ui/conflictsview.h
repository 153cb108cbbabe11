#pragma once

#include "sightline/core/link.h"

#include <QWidget>

class QTableWidget;

namespace sightline::edit {
class Document;
}

namespace sightline::ui {

class DocumentFollower;
class SelectionModel;

// Claims in conflict: one row per pair that findContradictions reports, with each claim's
// figure as written (never converted), date and grade, and why the two cannot both hold.
// Choosing a row selects both claims in the shared selection; a selection made elsewhere
// selects the rows of its claims (a row with both claims, else every row with one of them).
// Follows every edit, undo or redo of the document. GUI thread only.
class ConflictsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { ObjectColumn, SiteColumn, FigureA, DateA, GradeA, FigureB, DateB, GradeB, WhyColumn, ColumnCount };

    explicit ConflictsView(SelectionModel *selection, QWidget *parent = nullptr);
    // The project shown, followed as it changes; null shows nothing.
    void setDocument(edit::Document *document);
    void reload();
    int rowCount() const;
    // The two claims of a row, earlier first.
    QList<RecordRef> claimsAt(int row) const;
    QTableWidget *table() const { return m_table; }

private:
    void followSelection();

    SelectionModel *m_selection;
    DocumentFollower *m_follower;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace sightline::ui
