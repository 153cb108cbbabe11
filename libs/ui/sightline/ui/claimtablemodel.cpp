#include "sightline/ui/claimtablemodel.h"

#include "sightline/ui/recordtitle.h"

#include <QColor>
#include <QCoreApplication>

namespace sightline::ui {

QString claimStatusLabel(ClaimStatus status)
{
    static const char *const labels[] = {QT_TRANSLATE_NOOP("sightline::ui::ClaimTableModel", "Unreviewed"),
                                         QT_TRANSLATE_NOOP("sightline::ui::ClaimTableModel", "Accepted"),
                                         QT_TRANSLATE_NOOP("sightline::ui::ClaimTableModel", "Disputed"),
                                         QT_TRANSLATE_NOOP("sightline::ui::ClaimTableModel", "Rejected"),
                                         QT_TRANSLATE_NOOP("sightline::ui::ClaimTableModel", "Needs review")};
    return QCoreApplication::translate("sightline::ui::ClaimTableModel", labels[static_cast<int>(status)]);
}

namespace {
// The object kind, unless the unit already says it ("railcars" counts "railcar").
QString kindUnlessInUnit(const Quantity &q)
{
    QString kind = q.objectKind;
    kind.replace(u'_', u' ');
    if (kind.isEmpty() || q.unit.startsWith(kind, Qt::CaseInsensitive))
        return {};
    return kind;
}

// "Links: 3 (contradicts 1, corroborates 2)"; empty for a claim nothing links.
QString linksLine(const QList<LinkRelation> &relations)
{
    if (relations.isEmpty())
        return {};
    QStringList counts;
    for (int r = 0; r < allKeys<LinkRelation>().size(); ++r)
        if (const auto n = relations.count(static_cast<LinkRelation>(r)))
            counts << QStringLiteral("%1 %2").arg(relationLabel(static_cast<LinkRelation>(r))).arg(n);
    return ClaimTableModel::tr("Links: %1 (%2)").arg(relations.size()).arg(counts.join(QStringLiteral(", ")));
}

QString precisionLabel(TimeSpan::Precision p)
{
    switch (p) {
    case TimeSpan::Precision::Year: return ClaimTableModel::tr("to the year");
    case TimeSpan::Precision::Month: return ClaimTableModel::tr("to the month");
    case TimeSpan::Precision::Day: return ClaimTableModel::tr("to the day");
    case TimeSpan::Precision::Minute: return ClaimTableModel::tr("to the minute");
    case TimeSpan::Precision::Second: return ClaimTableModel::tr("to the second");
    }
    return {};
}
} // namespace

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
    m_links.clear();
    for (const Link &l : project.all<Link>())
        for (const RecordRef &end : {l.from, l.to})
            if (end.type == RecordType::Claim)
                m_links[end.id] << l.relation;
    endResetModel();
}

void ClaimTableModel::clear()
{
    beginResetModel();
    m_claims.clear();
    m_sources.clear();
    m_siteNames.clear();
    m_links.clear();
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

QString ClaimTableModel::sourceName(const QUuid &id) const
{
    const auto it = m_sources.constFind(id);
    if (it == m_sources.constEnd())
        return {};
    return QStringLiteral("%1 (%2)").arg(it->publisher.isEmpty() ? it->title : it->publisher, toKey(it->reliability));
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    const Claim *c = claimAt(index.row());
    if (!c)
        return {};
    const Source source = m_sources.value(c->sourceId);
    if (role == SortRole) {
        switch (index.column()) {
        case GradeColumn: return static_cast<int>(source.reliability) * 10 + c->credibility.value();
        case TimeColumn: return c->time.earliest().isValid() ? c->time.earliest() : c->time.latest();
        case QuantityColumn: return c->quantity.representative().value_or(-1.0);
        case StatusColumn: return static_cast<int>(c->status);
        default: role = Qt::DisplayRole;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case GradeColumn: return combinedGrade(source.reliability, c->credibility);
        case TimeColumn: return c->time.toDisplayString();
        case QuantityColumn: {
            const QString kind = kindUnlessInUnit(c->quantity);
            const QString figure = c->quantity.toDisplayString();
            return kind.isEmpty() || figure.isEmpty() ? figure : figure + QStringLiteral("\n") + kind;
        }
        case SitesColumn: {
            QStringList names;
            for (const auto &id : c->siteIds)
                names << m_siteNames.value(id);
            return names.join(QStringLiteral("\n"));
        }
        case QuoteColumn: return c->quote;
        case SourceColumn: {
            const QString attributed = sourceName(c->attributedTo);
            return attributed.isEmpty() ? sourceName(c->sourceId)
                                        : tr("%1\nciting %2").arg(sourceName(c->sourceId), attributed);
        }
        case LocatorColumn: return c->locator;
        case StatusColumn: return claimStatusLabel(c->status);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case GradeColumn:
            return tr("Source %1 (%2); information %3 (%4)")
                .arg(toKey(source.reliability), description(source.reliability))
                .arg(c->credibility.value())
                .arg(c->credibility.description());
        case TimeColumn:
            if (c->time.isUnknown())
                return tr("No time given");
            return tr("%1, %2\nearliest %3\nlatest %4")
                .arg(c->time.toText(), precisionLabel(c->time.precision()),
                     c->time.earliest().isValid() ? c->time.earliest().toString(Qt::ISODate) : tr("open"),
                     c->time.latest().isValid() ? c->time.latest().toString(Qt::ISODate) : tr("open"));
        case QuantityColumn:
            if (c->quantity.isEmpty())
                return {};
            return tr("%1\nunit: %2; object kind: %3")
                .arg(c->quantity.toDisplayString(), c->quantity.unit, c->quantity.objectKind);
        case SourceColumn: return source.title;
        default: {
            // The quote, the analyst's notes and how many links name the claim.
            QStringList parts{c->quote, c->notes, linksLine(m_links.value(c->meta.id))};
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

bool ClaimFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_sourceId.isNull())
        return true;
    const auto *model = qobject_cast<const ClaimTableModel *>(sourceModel());
    const Claim *c = model ? model->claimAt(sourceRow) : nullptr;
    return c && (c->sourceId == m_sourceId || c->attributedTo == m_sourceId);
}

} // namespace sightline::ui
