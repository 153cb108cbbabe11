#include "sightline/ui/claimtablemodel.h"

#include <QColor>
#include <QCoreApplication>

namespace sightline::ui {

ClaimTableModel::ClaimTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClaimTableModel::reload(const Project &project)
{
    beginResetModel();
    m_claims = project.all<Claim>();
    const present::ClaimWords words(project);
    m_rows.clear();
    for (const Claim &c : std::as_const(m_claims))
        m_rows << words.row(c);
    m_reliability.clear();
    for (const Source &s : project.all<Source>())
        m_reliability.insert(s.meta.id, s.reliability);
    endResetModel();
}

void ClaimTableModel::clear()
{
    beginResetModel();
    m_claims.clear();
    m_rows.clear();
    m_reliability.clear();
    endResetModel();
}

const Claim *ClaimTableModel::claimAt(int row) const
{
    return row >= 0 && row < m_claims.size() ? &m_claims[row] : nullptr;
}

int ClaimTableModel::rowOf(const QUuid &claimId) const
{
    for (int row = 0; row < m_claims.size(); ++row)
        if (m_claims[row].meta.id == claimId)
            return row;
    return -1;
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
    const present::ClaimRow &row = m_rows[index.row()];
    if (role == SortRole) {
        switch (index.column()) {
        case GradeColumn:
            return static_cast<int>(m_reliability.value(c->sourceId, Reliability::F)) * 10 + c->credibility.value();
        case TimeColumn: return c->time.earliest().isValid() ? c->time.earliest() : c->time.latest();
        case QuantityColumn: return c->quantity.representative().value_or(-1.0);
        case StatusColumn: return static_cast<int>(c->status);
        default: role = Qt::DisplayRole;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case GradeColumn: return row.grade;
        case TimeColumn: return row.time;
        case QuantityColumn:
            return row.countedKind.isEmpty() || row.quantity.isEmpty() ? row.quantity
                                                                       : row.quantity + u'\n' + row.countedKind;
        case SitesColumn: return row.sites.join(u'\n');
        case QuoteColumn: return row.quote;
        case SourceColumn: return row.sourceWithCitation();
        case LocatorColumn: return row.locator;
        case StatusColumn: return row.status;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case GradeColumn: return row.gradeDetails;
        case TimeColumn: return row.timeDetails;
        case QuantityColumn:
            if (c->quantity.isEmpty())
                return {};
            return tr("%1\nunit: %2; object kind: %3").arg(row.quantity, c->quantity.unit, c->quantity.objectKind);
        case SourceColumn: return row.sourceTitle;
        default: {
            // The quote, the analyst's notes and how many links name the claim.
            QStringList parts{c->quote, c->notes, row.links};
            parts.removeAll(QString());
            return parts.join(QStringLiteral("\n\n"));
        }
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && c->status == ClaimStatus::Disputed)
        return QColor(0xb0, 0x3a, 0x2e);
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {QT_TR_NOOP("Grade"),  QT_TR_NOOP("Time"),    QT_TR_NOOP("Quantity"),
                                        QT_TR_NOOP("Sites"),  QT_TR_NOOP("Quote"),   QT_TR_NOOP("Source"),
                                        QT_TR_NOOP("Locator"), QT_TR_NOOP("Status")};
    return tr(names[section]);
}

ClaimFilterModel::ClaimFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ClaimTableModel::SortRole);
}

void ClaimFilterModel::setSourceFilter(const QUuid &sourceId)
{
    if (sourceId == m_sourceId)
        return;
    m_sourceId = sourceId;
    invalidateFilter();
}

void ClaimFilterModel::setTimeWindow(const TimeWindow &window)
{
    if (window == m_window)
        return;
    m_window = window;
    invalidateFilter();
}

bool ClaimFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_sourceId.isNull() && m_window.isOpen())
        return true;
    const auto *model = qobject_cast<const ClaimTableModel *>(sourceModel());
    const Claim *c = model ? model->claimAt(sourceRow) : nullptr;
    if (!c || !m_window.shows(c->time))
        return false;
    return m_sourceId.isNull() || c->sourceId == m_sourceId || c->attributedTo == m_sourceId;
}

} // namespace sightline::ui
