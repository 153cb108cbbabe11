#include "sightline/ui/judgmenttablemodel.h"

#include "sightline/core/judgmentbasis.h"
#include "sightline/present/judgmentwords.h"
#include "sightline/present/timewords.h"
#include "sightline/store/project.h"

namespace sightline::ui {

JudgmentTableModel::JudgmentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void JudgmentTableModel::reload(const Project &project)
{
    beginResetModel();
    m_rows.clear();
    QHash<QUuid, Claim> claims;
    for (const Claim &c : project.all<Claim>())
        claims.insert(c.meta.id, c);
    QHash<QUuid, Source> sources;
    for (const Source &s : project.all<Source>())
        sources.insert(s.meta.id, s);
    QHash<QUuid, QStringList> reasons;
    for (const ReviewFlag &f : project.reviewFlags())
        reasons[f.record.id] << f.reason;
    const QList<Link> links = project.all<Link>();
    for (const Judgment &j : project.all<Judgment>()) {
        Row row{j, judgmentBasis(j.meta.id, links), {}, reasons.value(j.meta.id)};
        const BasisSummary s = summarizeBasis(row.basis, claims, sources, project.gradingScheme());
        row.basisText = present::basisText(s);
        m_rows << row;
    }
    endResetModel();
}

void JudgmentTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int JudgmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JudgmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JudgmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const Judgment &j = r.judgment;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StatementColumn: return j.statement;
        case LikelihoodColumn: return present::likelihoodText(j.likelihood);
        case ConfidenceColumn: return toLabel(j.confidence);
        case TimeColumn: return present::timeText(j.time);
        case BasisColumn: return r.basisText;
        case ReviewColumn: return r.reviewReasons.isEmpty() ? QString() : tr("! needs review");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StatementColumn: return j.notes.isEmpty() ? j.statement : j.statement + QStringLiteral("\n\n") + j.notes;
        case LikelihoodColumn:
            return tr("ICD 203: \"%1\" (also \"%2\") means %3").arg(toLabel(j.likelihood), synonym(j.likelihood),
                                                                  percentText(j.likelihood));
        case TimeColumn: return j.time.toText();
        case ReviewColumn: return r.reviewReasons.join(u'\n');
        default: return {};
        }
    }
    return {};
}

QVariant JudgmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatementColumn: return tr("Judgment");
    case LikelihoodColumn: return tr("Likelihood");
    case ConfidenceColumn: return tr("Confidence");
    case TimeColumn: return tr("Period");
    case BasisColumn: return tr("Rests on");
    case ReviewColumn: return tr("Review");
    default: return {};
    }
}

int JudgmentTableModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].judgment.meta.id == id)
            return i;
    return -1;
}

} // namespace sightline::ui
