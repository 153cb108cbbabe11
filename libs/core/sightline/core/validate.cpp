#include "sightline/core/validate.h"

#include <QRegularExpression>

#include <cmath>

namespace sightline {
namespace {

void need(QStringList &out, bool ok, const QString &message)
{
    if (!ok)
        out << message;
}

void geometry(QStringList &out, const Geometry &g, const QString &what, Geometry::Type expected)
{
    if (g.isEmpty() && g.type == Geometry::Type::None)
        return;
    if (const QString p = g.problem(); !p.isEmpty())
        out << what + QStringLiteral(": ") + p;
    else if (expected != Geometry::Type::None && g.type != expected)
        out << what + QStringLiteral(" has the wrong geometry type");
}

} // namespace

QStringList problemsOf(const Site &r)
{
    QStringList out;
    need(out, !r.name.trimmed().isEmpty(), QStringLiteral("a site needs a name"));
    need(out, r.location.isValid(), QStringLiteral("site location is outside longitude/latitude range"));
    static const QRegularExpression isoCountry(QStringLiteral("^[A-Z]{2}\\z"));
    need(out, r.country.isEmpty() || isoCountry.match(r.country).hasMatch(),
         QStringLiteral("country \"%1\" is not an ISO 3166-1 alpha-2 code").arg(r.country));
    geometry(out, r.aoi, QStringLiteral("area of interest"), Geometry::Type::Polygon);
    return out;
}

QStringList problemsOf(const Source &r)
{
    QStringList out;
    need(out, !r.title.trimmed().isEmpty() || !r.publisher.trimmed().isEmpty(),
         QStringLiteral("a source needs a title or a publisher"));
    return out;
}

QStringList problemsOf(const Capture &r)
{
    QStringList out;
    need(out, !r.sourceId.isNull(), QStringLiteral("a capture belongs to a source"));
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}\\z"));
    need(out, sha256Hex.match(QString::fromLatin1(r.sha256)).hasMatch(),
         QStringLiteral("a capture needs its SHA-256 as 64 lowercase hex digits"));
    need(out, r.sizeBytes >= 0, QStringLiteral("capture size cannot be negative"));
    return out;
}

QStringList problemsOf(const Claim &r)
{
    QStringList out;
    need(out, !r.sourceId.isNull(), QStringLiteral("a claim needs a source"));
    need(out, !r.quote.trimmed().isEmpty(), QStringLiteral("a claim needs its verbatim quote"));
    if (const QString p = r.quantity.problem(); !p.isEmpty())
        out << QStringLiteral("quantity: ") + p;
    geometry(out, r.location, QStringLiteral("claim location"), Geometry::Type::Point);
    return out;
}

QStringList problemsOf(const ImageryScene &r)
{
    QStringList out;
    need(out, !r.filePath.isEmpty() || r.embedded, QStringLiteral("a scene needs its file"));
    geometry(out, r.footprint, QStringLiteral("footprint"), Geometry::Type::Polygon);
    out += r.display.problems();
    return out;
}

QStringList problemsOf(const Annotation &r)
{
    QStringList out;
    need(out, !r.geometry.isEmpty(), QStringLiteral("an annotation needs a geometry"));
    geometry(out, r.geometry, QStringLiteral("annotation"), Geometry::Type::None);
    return out;
}

QStringList problemsOf(const Observation &r)
{
    QStringList out;
    need(out, !r.siteId.isNull(), QStringLiteral("an observation is made at a site"));
    need(out, !r.count.isEmpty(), QStringLiteral("an observation needs a count"));
    if (const QString p = r.count.problem(); !p.isEmpty())
        out << QStringLiteral("count: ") + p;
    return out;
}

QStringList problemsOf(const Event &r)
{
    QStringList out;
    need(out, !r.title.trimmed().isEmpty(), QStringLiteral("an event needs a title"));
    geometry(out, r.location, QStringLiteral("event location"), Geometry::Type::Point);
    return out;
}

QStringList problemsOf(const Link &r)
{
    QStringList out;
    need(out, !r.from.id.isNull() && !r.to.id.isNull(), QStringLiteral("a link joins two records"));
    need(out, !(r.from == r.to), QStringLiteral("a record cannot be linked to itself"));
    return out;
}

QStringList problemsOf(const Bookmark &r)
{
    QStringList out;
    need(out, !r.name.trimmed().isEmpty(), QStringLiteral("a bookmark needs a name"));
    need(out, !r.crs.trimmed().isEmpty(), QStringLiteral("a bookmark needs the CRS of its view"));
    need(out, std::isfinite(r.centerX) && std::isfinite(r.centerY), QStringLiteral("bookmark centre must be a finite coordinate"));
    need(out, std::isfinite(r.mapUnitsPerPixel) && r.mapUnitsPerPixel > 0,
         QStringLiteral("bookmark resolution must be a positive number of map units per pixel"));
    return out;
}

QStringList problemsOf(const Judgment &r)
{
    QStringList out;
    need(out, !r.statement.trimmed().isEmpty(), QStringLiteral("a judgment needs a statement"));
    need(out, !r.author.trimmed().isEmpty(), QStringLiteral("a judgment needs the analyst who makes it"));
    return out;
}

} // namespace sightline
