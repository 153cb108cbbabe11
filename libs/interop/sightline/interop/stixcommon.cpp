#include "sightline/interop/stixcommon.h"

#include <QHash>
#include <QJsonArray>

namespace sightline::stix {
namespace {

// Namespace of every UUIDv5 Sightline gives a STIX object.
const QUuid kStixNamespace(QStringLiteral("{3b0f2d6e-5c1a-5e7b-9d4f-8a2c6e1b7f30}"));
const char *const kTlpExtension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

} // namespace

QString idFor(const QString &type, const QUuid &recordId)
{
    return type + QStringLiteral("--") +
           QUuid::createUuidV5(kStixNamespace, type + u':' + recordId.toString(QUuid::WithoutBraces))
               .toString(QUuid::WithoutBraces);
}

QString idForName(const QString &type, const QString &name)
{
    return type + QStringLiteral("--") +
           QUuid::createUuidV5(kStixNamespace, type + QStringLiteral(":name:") + name)
               .toString(QUuid::WithoutBraces);
}

QUuid uuidOf(const QString &stixId)
{
    const qsizetype at = stixId.indexOf(QLatin1String("--"));
    if (at <= 0 || stixId.size() - at - 2 != 36) return {};
    return QUuid::fromString(QStringView(stixId).mid(at + 2));
}

QString typeOf(const QString &stixId)
{
    const qsizetype at = stixId.indexOf(QLatin1String("--"));
    return at > 0 && !uuidOf(stixId).isNull() ? stixId.left(at) : QString();
}

QString timestamp(const QDateTime &utc)
{
    // Written by hand from the parts: QDateTime::toString with a format is slow, and a bundle
    // holds two or three of these per object.
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    const QDate d = t.date();
    const QTime h = t.time();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(), h.hour(),
                             h.minute(), h.second(), h.msec());
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString markingId(Marking m)
{
    switch (m) {
    case Marking::Clear:
        return QStringLiteral("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487");
    case Marking::Green:
        return QStringLiteral("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb");
    case Marking::Amber:
        return QStringLiteral("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");
    case Marking::AmberStrict:
        return QStringLiteral("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");
    case Marking::Red:
        return QStringLiteral("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
    }
    return {};
}

QJsonObject markingDefinition(Marking m)
{
    const QString text = markingText(m); // "TLP:AMBER+STRICT"
    QJsonObject ext{{QStringLiteral("extension_type"), QStringLiteral("property-extension")},
                    {QStringLiteral("tlp_2_0"), text.mid(4).toLower()}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("marking-definition")},
                       {QStringLiteral("spec_version"), QStringLiteral("2.1")},
                       {QStringLiteral("id"), markingId(m)},
                       {QStringLiteral("created"), QStringLiteral("2022-10-01T00:00:00.000Z")},
                       {QStringLiteral("name"), text},
                       {QStringLiteral("extensions"), QJsonObject{{QLatin1String(kTlpExtension), ext}}}};
}

std::optional<Marking> markingForId(const QString &id)
{
    for (Marking m : {Marking::Clear, Marking::Green, Marking::Amber, Marking::AmberStrict, Marking::Red})
        if (markingId(m) == id) return m;
    // STIX 2.1's own TLP 1.0 definitions: WHITE is CLEAR in TLP 2.0.
    static const QHash<QString, Marking> v1{
        {QStringLiteral("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"), Marking::Clear},
        {QStringLiteral("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"), Marking::Green},
        {QStringLiteral("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"), Marking::Amber},
        {QStringLiteral("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"), Marking::Red}};
    const auto it = v1.constFind(id);
    return it == v1.cend() ? std::nullopt : std::optional(*it);
}

bool isStandardMarkingId(const QString &id)
{
    return markingForId(id).has_value();
}

std::optional<int> confidence(const GradingScheme &scheme, Credibility c)
{
    if (c == scheme.credibilityUnjudged() || !scheme.allows(c)) return std::nullopt;
    static const int steps[] = {90, 70, 50, 30, 10};
    // UK 5x5x5 has no "doubtful": its 5 (suspected false) is Admiralty's 5 (improbable).
    return steps[c.value() - 1];
}

std::optional<int> confidence(const GradingScheme &scheme, Reliability r)
{
    if (r == scheme.unjudged() || !scheme.allows(r)) return std::nullopt;
    if (r == scheme.discredited()) return 10;
    static const int steps[] = {90, 70, 50, 30, 10};
    return steps[static_cast<int>(r)];
}

Credibility credibilityFor(const GradingScheme &scheme, int value)
{
    std::optional<Credibility> best;
    int bestDistance = 1000;
    for (int v : scheme.credibilities()) {
        const auto c = Credibility::fromInt(v);
        if (!c) continue;
        const auto conf = confidence(scheme, *c);
        if (conf && std::abs(*conf - value) < bestDistance) {
            bestDistance = std::abs(*conf - value);
            best = c;
        }
    }
    return best.value_or(scheme.credibilityUnjudged());
}

int confidence(Confidence c)
{
    switch (c) {
    case Confidence::Low:
        return 15;
    case Confidence::Moderate:
        return 50;
    case Confidence::High:
        return 85;
    }
    return 50;
}

Confidence judgmentConfidenceFor(int value)
{
    return value < 30 ? Confidence::Low : value < 70 ? Confidence::Moderate : Confidence::High;
}

QString opinionFor(Likelihood l)
{
    switch (l) {
    case Likelihood::AlmostNoChance:
    case Likelihood::VeryUnlikely:
        return QStringLiteral("strongly-disagree");
    case Likelihood::Unlikely:
        return QStringLiteral("disagree");
    case Likelihood::RoughlyEven:
        return QStringLiteral("neutral");
    case Likelihood::Likely:
        return QStringLiteral("agree");
    case Likelihood::VeryLikely:
    case Likelihood::AlmostCertain:
        return QStringLiteral("strongly-agree");
    }
    return QStringLiteral("neutral");
}

std::optional<Likelihood> likelihoodForOpinion(const QString &opinion)
{
    static const QHash<QString, Likelihood> map{
        {QStringLiteral("strongly-disagree"), Likelihood::VeryUnlikely},
        {QStringLiteral("disagree"), Likelihood::Unlikely},
        {QStringLiteral("neutral"), Likelihood::RoughlyEven},
        {QStringLiteral("agree"), Likelihood::Likely},
        {QStringLiteral("strongly-agree"), Likelihood::VeryLikely}};
    const auto it = map.constFind(opinion);
    return it == map.cend() ? std::nullopt : std::optional(*it);
}

QString relationshipType(LinkRelation r)
{
    return toKey(r).replace(u'_', u'-');
}

std::optional<LinkRelation> relationFor(const QString &relationshipType)
{
    return fromKey<LinkRelation>(QString(relationshipType).replace(u'-', u'_'));
}

QJsonObject geometryJson(const Geometry &g)
{
    auto ring = [](const QList<GeoPoint> &points) {
        QJsonArray a;
        for (const GeoPoint &p : points)
            a.append(QJsonArray{p.lon, p.lat});
        return a;
    };
    switch (g.type) {
    case Geometry::Type::Point: {
        const GeoPoint p = g.firstPoint();
        return {{QStringLiteral("type"), QStringLiteral("Point")},
                {QStringLiteral("coordinates"), QJsonArray{p.lon, p.lat}}};
    }
    case Geometry::Type::LineString:
        return {{QStringLiteral("type"), QStringLiteral("LineString")},
                {QStringLiteral("coordinates"), ring(g.parts.value(0))}};
    case Geometry::Type::Polygon: {
        QJsonArray rings;
        for (const auto &r : g.parts)
            rings.append(ring(r));
        return {{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), rings}};
    }
    case Geometry::Type::None:
        break;
    }
    return {};
}

std::optional<Geometry> geometryFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    const QJsonValue coords = o.value(QLatin1String("coordinates"));
    auto point = [](const QJsonValue &p) -> std::optional<GeoPoint> {
        const QJsonArray a = p.toArray();
        if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble()) return std::nullopt;
        return GeoPoint{a.at(0).toDouble(), a.at(1).toDouble()};
    };
    auto line = [&](const QJsonValue &l) -> std::optional<QList<GeoPoint>> {
        QList<GeoPoint> out;
        for (const QJsonValue &p : l.toArray()) {
            const auto gp = point(p);
            if (!gp) return std::nullopt;
            out << *gp;
        }
        return out;
    };
    Geometry g;
    if (type == QLatin1String("Point")) {
        const auto p = point(coords);
        if (!p) return std::nullopt;
        g = Geometry::point(*p);
    } else if (type == QLatin1String("LineString")) {
        const auto l = line(coords);
        if (!l) return std::nullopt;
        g = Geometry::lineString(*l);
    } else if (type == QLatin1String("Polygon")) {
        g.type = Geometry::Type::Polygon;
        for (const QJsonValue &r : coords.toArray()) {
            const auto l = line(r);
            if (!l) return std::nullopt;
            g.parts << *l;
        }
    } else {
        return std::nullopt;
    }
    if (g.isEmpty() || !g.problem().isEmpty()) return std::nullopt;
    return g;
}

} // namespace sightline::stix
