#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sightline {

// Every kind of record a project holds. The keys (toKey) are what the project file stores.
// New types go at the end, so that the values of the existing ones never change.
enum class RecordType { Site, Source, Capture, Claim, Scene, Annotation, Observation, Event, Link, Bookmark,
                        Judgment };

enum class SiteKind { Port, RailCrossing, RailYard, Depot, Factory, Airfield, BorderCrossing, Other };

enum class SourceKind { Report, NewsArticle, OfficialStatement, ImageryProvider, SocialMedia, Other };

enum class LinkRelation { Corroborates, Contradicts, Supports, Depicts, RefersTo, DependsOn };

enum class ClaimStatus { Unreviewed, Accepted, Disputed, Rejected, NeedsReview };

// Stable storage keys ("rail_crossing") and readable labels ("Rail crossing"). fromKey returns
// nothing for an unknown key, so that callers can name the bad value in their message.
QString toKey(RecordType v);
QString toKey(SiteKind v);
QString toKey(SourceKind v);
QString toKey(LinkRelation v);
QString toKey(ClaimStatus v);
QString toLabel(SiteKind v);
QString toLabel(SourceKind v);
QString toLabel(RecordType v);

template <typename Enum> std::optional<Enum> fromKey(const QString &key);
template <> std::optional<RecordType> fromKey<RecordType>(const QString &key);
template <> std::optional<SiteKind> fromKey<SiteKind>(const QString &key);
template <> std::optional<SourceKind> fromKey<SourceKind>(const QString &key);
template <> std::optional<LinkRelation> fromKey<LinkRelation>(const QString &key);
template <> std::optional<ClaimStatus> fromKey<ClaimStatus>(const QString &key);

// All keys of an enum, in declaration order (for messages and pick lists).
template <typename Enum> QStringList allKeys();
template <> QStringList allKeys<RecordType>();
template <> QStringList allKeys<SiteKind>();
template <> QStringList allKeys<SourceKind>();
template <> QStringList allKeys<LinkRelation>();
template <> QStringList allKeys<ClaimStatus>();

} // namespace sightline
