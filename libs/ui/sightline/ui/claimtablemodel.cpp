#include "sightline/ui/claimtablemodel.h"

#include <QColor>

namespace sightline::ui {

ClaimTableModel::ClaimTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClaimTableModel::reload(const Project &project)
{
    beginResetModel();
    m_claims = project.all<Claim>();
    m_sources.clear();
    for (const Source &s : project.all<Source>())
        m_sources.insert(s.meta.id, s);
    m_siteNames.clear();
    for (const Site &s : project.all<Site>())
        m_siteNames.insert(s.meta.id, s.name);
    endResetModel();
}

const Claim *ClaimTableModel::claimAt(int row) const
{
    return row >= 0 && row < m_claims.size() ? &m_claims[row] : nullptr;
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_claims.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    const Claim *c = claimAt(index.row());
    if (!c)
        return {};
    const Source source = m_sources.value(c->sourceId);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case GradeColumn: return combinedGrade(source.reliability, c->credibility);
        case TimeColumn: return c->time.toDisplayString();
        case QuantityColumn: return c->quantity.toDisplayString();
        case SitesColumn: {
            QStringList names;
            for (const auto &id : c->siteIds)
                names << m_siteNames.value(id);
            return names.join(QStringLiteral("\n"));
        }
        case QuoteColumn: return c->quote;
        case SourceColumn: return source.publisher + (c->locator.isEmpty() ? QString() : QStringLiteral(", ") + c->locator);
        case StatusColumn: return toKey(c->status);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == GradeColumn)
            return QStringLiteral("Source %1 (%2); information %3 (%4)")
                .arg(toKey(source.reliability), description(source.reliability))
                .arg(c->credibility.value())
                .arg(c->credibility.description());
        return c->notes.isEmpty() ? c->quote : c->quote + QStringLiteral("\n\n") + c->notes;
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && c->status == ClaimStatus::Disputed)
        return QColor(0xb0, 0x3a, 0x2e);
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {QT_TR_NOOP("Grade"), QT_TR_NOOP("Time"),  QT_TR_NOOP("Quantity"),
                                        QT_TR_NOOP("Sites"), QT_TR_NOOP("Quote"), QT_TR_NOOP("Source"),
                                        QT_TR_NOOP("Status")};
    return tr(names[section]);
}

} // namespace sightline::ui
