#include "sightline/ui/sourcetablemodel.h"

#include "sightline/present/gradewords.h"
#include "sightline/present/recordwords.h"
#include "sightline/present/timewords.h"
#include "sightline/store/gradehistories.h"

#include <QCoreApplication>

namespace sightline::ui {

SourceTableModel::SourceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SourceTableModel::reload(const Project &project)
{
    beginResetModel();
    m_scheme = &project.gradingScheme();
    m_sources = project.all<Source>();
    m_captures.clear();
    for (const Capture &c : project.all<Capture>())
        ++m_captures[c.sourceId];
    m_claims.clear();
    for (const Claim &c : project.all<Claim>())
        ++m_claims[c.sourceId];
    m_history = gradeHistories(project);
    endResetModel();
}

void SourceTableModel::clear()
{
    beginResetModel();
    m_sources.clear();
    m_captures.clear();
    m_claims.clear();
    m_history.clear();
    endResetModel();
}

int SourceTableModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_sources.size(); ++row)
        if (m_sources[row].meta.id == id)
            return row;
    return -1;
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sources.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    const Source *s = sourceAt(index.row());
    if (!s)
        return {};
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case TitleColumn: return present::sourceTitle(*s);
        case PublisherColumn: return s->publisher;
        case KindColumn: return toLabel(s->kind);
        case ReliabilityColumn: return role == SortRole ? QVariant(static_cast<int>(s->reliability))
                                                        : QVariant(present::reliabilityWords(*m_scheme, s->reliability));
        case CapturesColumn: return m_captures.value(s->meta.id);
        case ClaimsColumn: return m_claims.value(s->meta.id);
        case PublishedColumn: return role == SortRole ? QVariant(s->published)
                                                      : QVariant(s->published.toString(Qt::ISODate));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReliabilityColumn) {
        // The grade's history, so a reader sees when and why a source was downgraded.
        QStringList lines{tr("Grading history:")};
        for (const SourceGradeChange &g : m_history.value(s->meta.id)) {
            QString line = tr("%1 on %2 by %3")
                               .arg(present::reliabilityWords(*m_scheme, g.reliability), present::utcText(g.atUtc),
                                    g.author);
            if (!g.reason.isEmpty())
                line += QStringLiteral(": ") + g.reason;
            lines << line;
        }
        if (lines.size() == 1)
            lines << tr("no changes recorded");
        return lines.join(u'\n');
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{s->title, s->publisher};
        if (!s->authors.isEmpty())
            lines << s->authors.join(QStringLiteral(", "));
        if (!s->url.isEmpty())
            lines << s->url;
        if (!s->notes.isEmpty())
            lines << QString() << s->notes;
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && (index.column() == CapturesColumn || index.column() == ClaimsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {QT_TR_NOOP("Title"), QT_TR_NOOP("Reliability"), QT_TR_NOOP("Publisher"),
                                        QT_TR_NOOP("Kind"),  QT_TR_NOOP("Captures"),    QT_TR_NOOP("Claims"),
                                        QT_TR_NOOP("Published")};
    return tr(names[section]);
}

} // namespace sightline::ui
