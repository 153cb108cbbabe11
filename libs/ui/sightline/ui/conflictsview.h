#pragma once

#include "sightline/core/link.h"

#include <QWidget>

class QTableWidget;

namespace sightline {
class Project;
}

namespace sightline::ui {

class SelectionModel;

// Claims in conflict: one row per pair that findContradictions reports, with each claim's
// figure as written (never converted), date and grade, and why the two cannot both hold.
// Choosing a row selects both claims in the shared selection. GUI thread only.
class ConflictsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { ObjectColumn, SiteColumn, FigureA, DateA, GradeA, FigureB, DateB, GradeB, WhyColumn, ColumnCount };

    explicit ConflictsView(SelectionModel *selection, QWidget *parent = nullptr);
    void reload(const Project &project);
    int rowCount() const;
    // The two claims of a row, earlier first.
    QList<RecordRef> claimsAt(int row) const;
    QTableWidget *table() const { return m_table; }

private:
    SelectionModel *m_selection;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace sightline::ui
