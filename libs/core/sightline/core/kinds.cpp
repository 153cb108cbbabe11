#include "sightline/core/kinds.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace sightline {
namespace {

// In the window's language when it has it (the command line and files: English).
QString kindWords(const char *english) { return QCoreApplication::translate("sightline::Kinds", english); }

template <typename Enum, std::size_t N> struct KindTable
{
    std::array<std::pair<const char *, const char *>, N> rows; // key, label; index == enum value

    QString key(Enum v) const { return QString::fromLatin1(rows[static_cast<std::size_t>(v)].first); }
    QString label(Enum v) const
    {
        const auto i = static_cast<std::size_t>(v);
        return i < N ? kindWords(rows[i].second) : QString();
    }
    std::optional<Enum> find(const QString &k) const
    {
        for (std::size_t i = 0; i < N; ++i)
            if (k == QLatin1String(rows[i].first))
                return static_cast<Enum>(i);
        return std::nullopt;
    }
    QStringList keys() const
    {
        QStringList out;
        for (const auto &row : rows)
            out << QString::fromLatin1(row.first);
        return out;
    }
};

constexpr KindTable<RecordType, 11> kRecordTypes{{{
    {"site", QT_TRANSLATE_NOOP("sightline::Kinds", "Site")},
    {"source", QT_TRANSLATE_NOOP("sightline::Kinds", "Source")},
    {"capture", QT_TRANSLATE_NOOP("sightline::Kinds", "Capture")},
    {"claim", QT_TRANSLATE_NOOP("sightline::Kinds", "Claim")},
    {"scene", QT_TRANSLATE_NOOP("sightline::Kinds", "Imagery scene")},
    {"annotation", QT_TRANSLATE_NOOP("sightline::Kinds", "Annotation")},
    {"observation", QT_TRANSLATE_NOOP("sightline::Kinds", "Observation")},
    {"event", QT_TRANSLATE_NOOP("sightline::Kinds", "Event")},
    {"link", QT_TRANSLATE_NOOP("sightline::Kinds", "Link")},
    {"bookmark", QT_TRANSLATE_NOOP("sightline::Kinds", "Bookmark")},
    {"judgment", QT_TRANSLATE_NOOP("sightline::Kinds", "Judgment")},
}}};

constexpr KindTable<SiteKind, 8> kSiteKinds{{{
    {"port", QT_TRANSLATE_NOOP("sightline::Kinds", "Port")},
    {"rail_crossing", QT_TRANSLATE_NOOP("sightline::Kinds", "Rail crossing")},
    {"rail_yard", QT_TRANSLATE_NOOP("sightline::Kinds", "Rail yard")},
    {"depot", QT_TRANSLATE_NOOP("sightline::Kinds", "Depot")},
    {"factory", QT_TRANSLATE_NOOP("sightline::Kinds", "Factory")},
    {"airfield", QT_TRANSLATE_NOOP("sightline::Kinds", "Airfield")},
    {"border_crossing", QT_TRANSLATE_NOOP("sightline::Kinds", "Border crossing")},
    {"other", QT_TRANSLATE_NOOP("sightline::Kinds", "Other")},
}}};

constexpr KindTable<SourceKind, 6> kSourceKinds{{{
    {"report", QT_TRANSLATE_NOOP("sightline::Kinds", "Report")},
    {"news_article", QT_TRANSLATE_NOOP("sightline::Kinds", "News article")},
    {"official_statement", QT_TRANSLATE_NOOP("sightline::Kinds", "Official statement")},
    {"imagery_provider", QT_TRANSLATE_NOOP("sightline::Kinds", "Imagery provider")},
    {"social_media", QT_TRANSLATE_NOOP("sightline::Kinds", "Social media")},
    {"other", QT_TRANSLATE_NOOP("sightline::Kinds", "Other")},
}}};

constexpr KindTable<LinkRelation, 6> kRelations{{{
    {"corroborates", "corroborates"},
    {"contradicts", "contradicts"},
    {"supports", "supports"},
    {"depicts", "depicts"},
    {"refers_to", "refers to"},
    {"depends_on", "depends on"},
}}};

constexpr KindTable<ClaimStatus, 5> kStatuses{{{
    {"unreviewed", "Unreviewed"},
    {"accepted", "Accepted"},
    {"disputed", "Disputed"},
    {"rejected", "Rejected"},
    {"needs_review", "Needs review"},
}}};

} // namespace

QString toKey(RecordType v) { return kRecordTypes.key(v); }
QString toKey(SiteKind v) { return kSiteKinds.key(v); }
QString toKey(SourceKind v) { return kSourceKinds.key(v); }
QString toKey(LinkRelation v) { return kRelations.key(v); }
QString toKey(ClaimStatus v) { return kStatuses.key(v); }
QString toLabel(SiteKind v) { return kSiteKinds.label(v); }
QString toLabel(SourceKind v) { return kSourceKinds.label(v); }
QString toLabel(RecordType v) { return kRecordTypes.label(v); }

template <> std::optional<RecordType> fromKey<RecordType>(const QString &k) { return kRecordTypes.find(k); }
template <> std::optional<SiteKind> fromKey<SiteKind>(const QString &k) { return kSiteKinds.find(k); }
template <> std::optional<SourceKind> fromKey<SourceKind>(const QString &k) { return kSourceKinds.find(k); }
template <> std::optional<LinkRelation> fromKey<LinkRelation>(const QString &k) { return kRelations.find(k); }
template <> std::optional<ClaimStatus> fromKey<ClaimStatus>(const QString &k) { return kStatuses.find(k); }

template <> QStringList allKeys<RecordType>() { return kRecordTypes.keys(); }
template <> QStringList allKeys<SiteKind>() { return kSiteKinds.keys(); }
template <> QStringList allKeys<SourceKind>() { return kSourceKinds.keys(); }
template <> QStringList allKeys<LinkRelation>() { return kRelations.keys(); }
template <> QStringList allKeys<ClaimStatus>() { return kStatuses.keys(); }

} // namespace sightline
