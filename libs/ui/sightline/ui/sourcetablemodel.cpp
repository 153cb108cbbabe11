#include "sightline/ui/sourcetablemodel.h"

#include "sightline/store/gradehistories.h"
#include "sightline/ui/recordtitle.h"

#include <QCoreApplication>

namespace sightline::ui {

// The schemes' own words (libs/core/gradingscheme), listed here so that they are translated.
[[maybe_unused]] static const char *const kSchemeLabels[] = {
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "completely reliable"),
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "usually reliable"),
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "fairly reliable"),
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "not usually reliable"),
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "unreliable"),
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "reliability cannot be judged"),
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "always reliable"),
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "mostly reliable"),
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "sometimes reliable"),
    QT_TRANSLATE_NOOP("sightline::ui::SourceTableModel", "untested source")};

QString reliabilityLabel(Reliability r, const GradingScheme &scheme)
{
    const QString label = scheme.label(r);
    if (label.isEmpty()) // a grade the scheme lacks: the letter alone, never another scheme's words
        return toKey(r);
    return QStringLiteral("%1 — %2")
        .arg(toKey(r), QCoreApplication::translate("sightline::ui::SourceTableModel", label.toUtf8().constData()));
}

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
        case TitleColumn: return sourceTitle(*s);
        case PublisherColumn: return s->publisher;
        case KindColumn: return toLabel(s->kind);
        case ReliabilityColumn: return role == SortRole ? QVariant(static_cast<int>(s->reliability))
                                                        : QVariant(reliabilityLabel(s->reliability, *m_scheme));
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
                               .arg(reliabilityLabel(g.reliability, *m_scheme), g.atUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
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
