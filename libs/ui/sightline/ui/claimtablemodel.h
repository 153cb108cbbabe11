#pragma once

#include "sightline/core/timespan.h"
#include "sightline/present/claimwords.h"
#include "sightline/store/project.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace sightline::ui {

// The claim ledger as a table: grade (B2), time, quantity, sites, quote, source, locator,
// status, in the words every view uses (present::ClaimWords). SortRole gives each column a value that sorts naturally (grades, times by their
// earliest moment, quantities by their representative figure). A snapshot of the project,
// refreshed by reload(). GUI thread only.
class ClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GradeColumn, TimeColumn, QuantityColumn, SitesColumn, QuoteColumn, SourceColumn, LocatorColumn,
                  StatusColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ClaimTableModel(QObject *parent = nullptr);
    void reload(const Project &project);
    void clear();
    const Claim *claimAt(int row) const;
    int rowOf(const QUuid &claimId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Claim> m_claims;
    QList<present::ClaimRow> m_rows; // the words of each claim, in the same order
    QHash<QUuid, Reliability> m_reliability; // of each source, to sort grades by
};

// The ledger limited to the claims printed in, or attributed to, one source (all when none).
class ClaimFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClaimFilterModel(QObject *parent = nullptr);
    void setSourceFilter(const QUuid &sourceId);
    QUuid sourceFilter() const { return m_sourceId; }
    // Only the claims whose time the window shows (TimeWindow's rule); open: all.
    void setTimeWindow(const TimeWindow &window);
    const TimeWindow &timeWindow() const { return m_window; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QUuid m_sourceId;
    TimeWindow m_window;
};

} // namespace sightline::ui
