#include "sightline/interop/vectorimport.h"

#include "sightline/geo/vectorfile.h"
#include "sightline/geo/xmlcheck.h"
#include "sightline/interop/importerror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>

namespace sightline {
namespace {

const QUuid kVectorNamespace(QStringLiteral("{9c4e51d2-7a0b-5f3e-8c61-2b9d4e7a1f05}"));

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

class GeoJsonCheck
{
public:
    QString problem;

    bool fail(const QString &where, const QString &what)
    {
        if (problem.isEmpty()) problem = where + QStringLiteral(": ") + what;
        return false;
    }

    bool position(const QJsonValue &v, const QString &where)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() < 2 || a.size() > 3)
            return fail(where,
                        QStringLiteral("a position must be [longitude, latitude] (and an optional height)"));
        for (const QJsonValue &n : a)
            if (!n.isDouble() || !std::isfinite(n.toDouble()))
                return fail(where, QStringLiteral("a coordinate is not a number"));
        return true;
    }

    bool positions(const QJsonValue &v, const QString &where, int minimum, bool ring)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() < minimum)
            return fail(where, QStringLiteral("needs at least %1 positions").arg(minimum));
        for (const QJsonValue &p : a)
            if (!position(p, where)) return false;
        if (ring && a.first() != a.last())
            return fail(where, QStringLiteral("a polygon ring must end where it starts"));
        return true;
    }

    bool list(const QJsonValue &v, const QString &where, const std::function<bool(const QJsonValue &)> &each)
    {
        if (!v.isArray()) return fail(where, QStringLiteral("\"coordinates\" must be a list"));
        for (const QJsonValue &item : v.toArray())
            if (!each(item)) return false;
        return true;
    }

    bool bbox(const QJsonObject &o, const QString &where)
    {
        if (!o.contains(key("bbox"))) return true;
        const QJsonArray b = o.value(key("bbox")).toArray();
        if (!o.value(key("bbox")).isArray() || (b.size() != 4 && b.size() != 6))
            return fail(where, QStringLiteral("\"bbox\" must be a list of 4 or 6 numbers"));
        for (const QJsonValue &n : b)
            if (!n.isDouble())
                return fail(where, QStringLiteral("\"bbox\" must be a list of 4 or 6 numbers"));
        return true;
    }

    bool geometry(const QJsonValue &v, const QString &where, int depth)
    {
        if (v.isNull()) return true;
        if (!v.isObject()) return fail(where, QStringLiteral("a geometry must be an object or null"));
        const QJsonObject o = v.toObject();
        const QString type = o.value(key("type")).toString();
        const QJsonValue c = o.value(key("coordinates"));
        if (!bbox(o, where)) return false;
        if (type == QLatin1String("GeometryCollection")) {
            if (depth > 0) return fail(where, QStringLiteral("geometry collections must not be nested"));
            if (!o.value(key("geometries")).isArray())
                return fail(where, QStringLiteral("a GeometryCollection needs \"geometries\""));
            for (const QJsonValue &g : o.value(key("geometries")).toArray())
                if (g.isNull() || !geometry(g, where, depth + 1))
                    return g.isNull()
                               ? fail(where, QStringLiteral("a member of a GeometryCollection is null"))
                               : false;
            return true;
        }
        if (type == QLatin1String("Point")) return position(c, where);
        if (type == QLatin1String("MultiPoint"))
            return list(c, where, [&](const QJsonValue &p) { return position(p, where); });
        if (type == QLatin1String("LineString")) return positions(c, where, 2, false);
        if (type == QLatin1String("MultiLineString"))
            return list(c, where, [&](const QJsonValue &l) { return positions(l, where, 2, false); });
        if (type == QLatin1String("Polygon"))
            return list(c, where, [&](const QJsonValue &r) { return positions(r, where, 4, true); });
        if (type == QLatin1String("MultiPolygon"))
            return list(c, where, [&](const QJsonValue &p) {
                return list(p, where, [&](const QJsonValue &r) { return positions(r, where, 4, true); });
            });
        return fail(where, QStringLiteral("\"%1\" is not a GeoJSON geometry type").arg(type.left(40)));
    }

    bool feature(const QJsonValue &v, const QString &where)
    {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || o.value(key("type")).toString() != QLatin1String("Feature"))
            return fail(where, QStringLiteral("is not a Feature"));
        if (!o.contains(key("geometry")))
            return fail(where, QStringLiteral("has no \"geometry\" (null where there is none)"));
        if (!o.contains(key("properties")) ||
            !(o.value(key("properties")).isObject() || o.value(key("properties")).isNull()))
            return fail(where, QStringLiteral("\"properties\" must be an object or null"));
        if (o.contains(key("id")) && !o.value(key("id")).isString() && !o.value(key("id")).isDouble())
            return fail(where, QStringLiteral("\"id\" must be a string or a number"));
        return bbox(o, where) && geometry(o.value(key("geometry")), where, 0);
    }
};

struct Row
{
    QString layer;
    int index = 0;
    geo::VectorFeature feature;
};

class VectorReader
{
public:
    VectorReader(Project &project, const QString &file, const ExchangeImportOptions &options)
        : m_project(project), m_file(file), m_options(options)
    {
    }
    ExchangeImportReport run();

private:
    [[noreturn]] void fail(const QString &problem) const { throw ImportError(m_file, problem); }
    QString attribute(const geo::VectorFeature &f, std::initializer_list<const char *> names) const;
    QUuid idFor(const Row &row) const;
    QUuid fileSource();
    template <typename T> void store(T &record, RecordType type, const Row &row);

    Project &m_project;
    QString m_file;
    ExchangeImportOptions m_options;
    QByteArray m_fileHash;
    QUuid m_fileSource;
    ExchangeImportReport m_report;
};

QString VectorReader::attribute(const geo::VectorFeature &f, std::initializer_list<const char *> names) const
{
    for (const char *n : names)
        for (auto it = f.attributes.cbegin(); it != f.attributes.cend(); ++it)
            if (it.key().compare(QLatin1String(n), Qt::CaseInsensitive) == 0 &&
                !it.value().toString().isEmpty())
                return it.value().toString();
    return {};
}

QUuid VectorReader::idFor(const Row &row) const
{
    const QUuid own = QUuid::fromString(attribute(row.feature, {"id", "uuid"}));
    if (!own.isNull()) return own;
    return QUuid::createUuidV5(kVectorNamespace, QString::fromLatin1(m_fileHash) + u'/' + row.layer + u'/' +
                                                     QString::number(row.index));
}

QUuid VectorReader::fileSource()
{
    if (!m_options.sourceId.isNull()) return m_options.sourceId;
    if (m_fileSource.isNull()) {
        Source s;
        s.meta.id = QUuid::createUuidV5(kVectorNamespace,
                                        QString::fromLatin1(m_fileHash) + QStringLiteral("/source"));
        s.title = QFileInfo(m_file).fileName();
        s.publisher = m_report.format + QStringLiteral(" file");
        s.kind = SourceKind::Other;
        s.reliability = m_project.gradingScheme().unjudged();
        s.notes = QStringLiteral("Imported from %1 (SHA-256 %2).")
                      .arg(QFileInfo(m_file).fileName(), QString::fromLatin1(m_fileHash));
        m_fileSource = s.meta.id;
        if (!m_project.exists(RecordType::Source, s.meta.id)) {
            m_project.save(s);
            ++m_report.imported[RecordType::Source];
            m_report.added << RecordRef{RecordType::Source, s.meta.id};
        }
    }
    return m_fileSource;
}

template <typename T> void VectorReader::store(T &record, RecordType type, const Row &row)
{
    if (m_project.exists(type, record.meta.id)) {
        ++m_report.alreadyPresent;
        return;
    }
    try {
        m_project.save(record);
    } catch (const StoreError &e) {
        fail(QStringLiteral("feature %1 of layer \"%2\" cannot be stored: %3")
                 .arg(row.index + 1)
                 .arg(row.layer, e.problem()));
    }
    ++m_report.imported[type];
    m_report.added << RecordRef{type, record.meta.id};
}

Geometry toGeometry(const geo::VectorFeature &f)
{
    QList<GeoPoint> points;
    for (const QPointF &p : f.parts.value(0))
        points << GeoPoint{p.x(), p.y()};
    switch (f.kind) {
    case geo::VectorFeature::Kind::Point:
        return Geometry::point(points.value(0));
    case geo::VectorFeature::Kind::Line:
        return Geometry::lineString(points);
    case geo::VectorFeature::Kind::Polygon:
        return Geometry::polygon(points);
    }
    return {};
}

ExchangeImportReport VectorReader::run()
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly)) fail(QStringLiteral("cannot be read: ") + f.errorString());
    const QByteArray head = f.peek(4096);
    const QString suffix = QFileInfo(m_file).suffix().toLower();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    m_fileHash = hash.result().toHex();
    f.close();

    if (suffix == QLatin1String("kml") || suffix == QLatin1String("kmz") || head.startsWith("PK") ||
        head.contains("<kml")) {
        m_report.format = suffix == QLatin1String("kmz") || head.startsWith("PK") ? QStringLiteral("KMZ")
                                                                                  : QStringLiteral("KML");
        if (const QString p = geo::kmlProblem(m_file); !p.isEmpty()) fail(p);
    } else if (suffix == QLatin1String("csv")) {
        m_report.format = QStringLiteral("CSV");
    } else {
        m_report.format = QStringLiteral("GeoJSON");
        QFile json(m_file);
        if (json.size() > 512LL * 1024 * 1024)
            fail(QStringLiteral("is too large to import (more than 512 MiB)"));
        json.open(QIODevice::ReadOnly);
        if (const QString p = geoJsonProblem(json.readAll()); !p.isEmpty()) fail(p);
    }

    // Only the driver of the format found may open the file: another (VRT, a service
    // description) could follow links to other files or reach the network.
    const QStringList drivers = m_report.format == QLatin1String("CSV")     ? QStringList{QStringLiteral("CSV")}
                                : m_report.format == QLatin1String("GeoJSON") ? QStringList{QStringLiteral("GeoJSON")}
                                : m_report.format == QLatin1String("KMZ")     ? QStringList{QStringLiteral("LIBKML")}
                                                                              : QStringList{QStringLiteral("LIBKML"),
                                                                                            QStringLiteral("KML")};
    QString why;
    const QStringList layers = geo::vectorLayerNames(m_file, &why, drivers);
    if (layers.isEmpty())
        throw ImportError(m_file, why.startsWith(m_file) ? why.mid(m_file.size() + 2) : why);
    QList<Row> rows;
    for (const QString &layer : layers) {
        geo::VectorLayerData data;
        if (!geo::readVectorLayer(m_file, layer, {}, &data, &why, drivers))
            throw ImportError(m_file, why.startsWith(m_file) ? why.mid(m_file.size() + 2) : why);
        if (data.skipped > 0) {
            if (m_report.format == QLatin1String("CSV"))
                fail(QStringLiteral("%1 row(s) have no usable longitude/latitude or WKT").arg(data.skipped));
            m_report.warnings << QStringLiteral("layer \"%1\": %2 feature(s) without a geometry left out")
                                     .arg(layer)
                                     .arg(data.skipped);
        }
        for (int i = 0; i < data.features.size(); ++i)
            rows << Row{layer, i, data.features[i]};
    }
    if (rows.isEmpty()) fail(QStringLiteral("holds no features with a geometry"));

    Project::Batch batch(m_project);
    // Areas of interest Sightline wrote beside their sites join them again.
    QHash<QUuid, Geometry> aois;
    for (const Row &r : std::as_const(rows))
        if (attribute(r.feature, {"record_type"}) == QLatin1String("area_of_interest"))
            aois.insert(idFor(r), toGeometry(r.feature));
    int otherKinds = 0;
    QList<const Row *> claims;
    for (const Row &r : std::as_const(rows)) {
        const QString type = attribute(r.feature, {"record_type"});
        if (type == QLatin1String("area_of_interest")) continue;
        if (type == QLatin1String("claim") || !attribute(r.feature, {"quote"}).isEmpty()) {
            claims << &r;
            continue;
        }
        if ((!type.isEmpty() && type != QLatin1String("site")) ||
            r.feature.kind == geo::VectorFeature::Kind::Line) {
            ++otherKinds;
            continue;
        }
        Site s;
        s.meta.id = idFor(r);
        s.name = attribute(r.feature, {"name", "title", "label"});
        if (s.name.isEmpty()) s.name = QStringLiteral("%1 feature %2").arg(r.layer).arg(r.index + 1);
        s.kind = fromKey<SiteKind>(attribute(r.feature, {"kind"})).value_or(SiteKind::Other);
        s.country = attribute(r.feature, {"country"}).left(2).toUpper();
        s.notes = attribute(r.feature, {"description", "notes"});
        if (r.feature.kind == geo::VectorFeature::Kind::Polygon) {
            s.aoi = toGeometry(r.feature);
            s.location = {r.feature.bounds.center().x(), r.feature.bounds.center().y()};
        } else {
            s.location = {r.feature.parts.value(0).value(0).x(), r.feature.parts.value(0).value(0).y()};
        }
        if (aois.contains(s.meta.id)) s.aoi = aois.value(s.meta.id);
        store(s, RecordType::Site, r);
    }
    for (const Row *r : std::as_const(claims)) {
        Claim c;
        c.meta.id = idFor(*r);
        c.quote = attribute(r->feature, {"quote", "description", "name"});
        if (c.quote.isEmpty())
            fail(QStringLiteral("feature %1 of layer \"%2\" is a claim without a quote")
                     .arg(r->index + 1)
                     .arg(r->layer));
        c.sourceId = fileSource();
        c.location = toGeometry(r->feature);
        c.credibility = m_project.gradingScheme().credibilityUnjudged();
        if (const QString t = attribute(r->feature, {"time"}); !t.isEmpty()) {
            QString bad;
            const auto span = TimeSpan::parse(t, &bad);
            if (!span)
                fail(QStringLiteral("feature %1 of layer \"%2\": time \"%3\": %4")
                         .arg(r->index + 1)
                         .arg(r->layer, t.left(60), bad));
            c.time = *span;
        }
        store(c, RecordType::Claim, *r);
    }
    if (otherKinds > 0)
        m_report.notUnderstood << QStringLiteral(
                                      "%1 feature(s) that are neither sites nor claims (lines, annotations, "
                                      "footprints, events) left out")
                                      .arg(otherKinds);
    batch.commit();
    return m_report;
}

} // namespace

QString geoJsonProblem(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return QStringLiteral("is not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString());
    if (!doc.isObject()) return QStringLiteral("is not GeoJSON (expected a JSON object)");
    const QJsonObject root = doc.object();
    const QString type = root.value(key("type")).toString();
    GeoJsonCheck check;
    if (type == QLatin1String("FeatureCollection")) {
        if (!root.value(key("features")).isArray())
            return QStringLiteral("a FeatureCollection needs a \"features\" list");
        check.bbox(root, QStringLiteral("the collection"));
        int i = 0;
        for (const QJsonValue &f : root.value(key("features")).toArray())
            if (!check.feature(f, QStringLiteral("feature %1").arg(++i))) break;
    } else if (type == QLatin1String("Feature")) {
        check.feature(root, QStringLiteral("the feature"));
    } else {
        check.geometry(root, QStringLiteral("the geometry"), 0);
    }
    return check.problem;
}

ExchangeImportReport importVector(Project &project, const QString &file, const ExchangeImportOptions &options)
{
    return VectorReader(project, file, options).run();
}

} // namespace sightline
