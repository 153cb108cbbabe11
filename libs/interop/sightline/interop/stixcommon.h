#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/gradingscheme.h"
#include "sightline/core/judgment.h"
#include "sightline/core/marking.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

// What the STIX 2.1 writer and reader share: identities, timestamps, the TLP 2.0 marking
// definitions and the mapping between grades and STIX confidence. Any thread.
namespace sightline::stix {

// "location--<UUIDv5 of the record's UUID>": the same record gives the same id in every export.
QString idFor(const QString &type, const QUuid &recordId);
// An id named by text rather than a record (an identity by its name, a bundle by its project).
QString idForName(const QString &type, const QString &name);
// The UUID part of a STIX id, null when the id is malformed.
QUuid uuidOf(const QString &stixId);
// The type part of a STIX id ("location"), empty when the id is malformed.
QString typeOf(const QString &stixId);

// "2023-10-05T14:30:00.000Z": RFC 3339 in UTC with milliseconds, as STIX asks.
QString timestamp(const QDateTime &utc);
QDateTime parseTimestamp(const QString &text);

// The TLP 2.0 marking-definition object of the OASIS TLP 2.0 extension, and its fixed id.
QString markingId(Marking m);
QJsonObject markingDefinition(Marking m);
std::optional<Marking> markingForId(const QString &id);
// Ids of STIX 2.1's own TLP 1.0 definitions (TLP:WHITE ...), which a bundle may name unset.
bool isStandardMarkingId(const QString &id);

// STIX confidence (0-100) for a grade, after the specification's Admiralty scale (1 confirmed 90,
// 2 probably true 70, 3 possibly true 50, 4 doubtful 30, 5 improbable 10) and the same steps for
// UK 5x5x5 (1 known true 90, 2 known to the source 70, 3 corroborated 50, 5 suspected false 10).
// Nothing for a grade that cannot be judged.
std::optional<int> confidence(const GradingScheme &scheme, Credibility c);
std::optional<int> confidence(const GradingScheme &scheme, Reliability r);
// The grade nearest a confidence, for bundles from other tools.
Credibility credibilityFor(const GradingScheme &scheme, int confidence);
// A judgment's confidence (ICD 203) on STIX's Low/Med/High scale: 15, 50, 85.
int confidence(Confidence c);
Confidence judgmentConfidenceFor(int confidence);
// A likelihood as an opinion: almost no chance and very unlikely "strongly-disagree", unlikely
// "disagree", roughly even "neutral", likely "agree", very likely and almost certain
// "strongly-agree"; and back (to the middle words).
QString opinionFor(Likelihood l);
std::optional<Likelihood> likelihoodForOpinion(const QString &opinion);

// The link relation as a STIX relationship_type ("refers-to") and back.
QString relationshipType(LinkRelation r);
std::optional<LinkRelation> relationFor(const QString &relationshipType);

// A geometry as GeoJSON ({"type": "Point", "coordinates": [lon, lat]}), for Sightline's own
// properties; and back, nothing for anything else.
QJsonObject geometryJson(const Geometry &g);
std::optional<Geometry> geometryFromJson(const QJsonValue &v);

} // namespace sightline::stix
