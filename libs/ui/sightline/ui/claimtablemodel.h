#pragma once

#include "sightline/store/project.h"

#include <QAbstractTableModel>

namespace sightline::ui {

// The claim ledger as a table: grade (B2), time, quantity, sites, quote, source. A snapshot of
// the project, refreshed by reload(). GUI thread only.
class ClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GradeColumn, TimeColumn, QuantityColumn, SitesColumn, QuoteColumn, SourceColumn, StatusColumn, ColumnCount };

    explicit ClaimTableModel(QObject *parent = nullptr);
    void reload(const Project &project);
    const Claim *claimAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Claim> m_claims;
    QHash<QUuid, Source> m_sources;
    QHash<QUuid, QString> m_siteNames;
};

} // namespace sightline::ui
