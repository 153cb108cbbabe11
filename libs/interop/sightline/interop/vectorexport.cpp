#include "sightline/interop/vectorexport.h"

#include "sightline/core/englishwords.h"

#include "sightline/geo/vectorwriter.h"
#include "sightline/interop/qgisproject.h"

#include <QHash>

namespace sightline {
namespace {

using geo::VectorField;
using geo::VectorLayerOut;
using geo::VectorRow;

// The columns every layer has, in this order.
enum Column
{
    Id,
    RecordTypeCol,
    Name,
    Kind,
    Description,
    Time,
    Timestamp,
    Begin,
    End,
    Sites,
    SourceCol,
    Grade,
    QuantityCol,
    ObjectKind,
    MarkingCol,
    Licence,
    ColumnCount
};

QList<VectorField> columns()
{
    using T = VectorField::Type;
    return {{QStringLiteral("id"), T::Text},
            {QStringLiteral("record_type"), T::Text},
            {QStringLiteral("name"), T::Text},
            {QStringLiteral("kind"), T::Text},
            {QStringLiteral("description"), T::Text},
            {QStringLiteral("time"), T::Text},
            {QStringLiteral("timestamp"), T::DateTime},
            {QStringLiteral("begin"), T::DateTime},
            {QStringLiteral("end"), T::DateTime},
            {QStringLiteral("sites"), T::Text},
            {QStringLiteral("source"), T::Text},
            {QStringLiteral("grade"), T::Text},
            {QStringLiteral("quantity"), T::Text},
            {QStringLiteral("object_kind"), T::Text},
            {QStringLiteral("marking"), T::Text},
            {QStringLiteral("licence"), T::Text}};
}

class Builder
{
public:
    explicit Builder(const ExportSet &set) : m_set(set)
    {
        for (const Site &s : set.sites)
            m_siteNames.insert(s.meta.id, s.name);
        for (const Source &s : set.sources)
            m_sourceNames.insert(s.meta.id, s.title.isEmpty() ? s.publisher : s.title);
        m_marking = set.marking ? markingText(*set.marking) : QString();
    }

    VectorRow row(const RecordMeta &meta, RecordType type, const Geometry &g, const QString &name,
                  const TimeSpan &time) const
    {
        VectorRow r;
        r.geometry = g;
        r.values.resize(ColumnCount);
        r.values[Id] = meta.id.toString(QUuid::WithoutBraces);
        r.values[RecordTypeCol] = toKey(type);
        r.values[Name] = name;
        if (!time.isUnknown()) {
            r.values[Time] = time.toText();
            const auto p = time.precision();
            if (time.kind() == TimeSpan::Kind::Instant &&
                (p == TimeSpan::Precision::Minute || p == TimeSpan::Precision::Second))
                r.values[Timestamp] = time.earliest();
            else {
                if (!time.earliest().isNull()) r.values[Begin] = time.earliest();
                if (!time.latest().isNull()) r.values[End] = time.latest();
            }
        }
        if (!m_marking.isEmpty()) r.values[MarkingCol] = m_marking;
        return r;
    }

    QString siteNames(const QList<QUuid> &ids) const
    {
        QStringList names;
        for (const QUuid &id : ids)
            if (m_siteNames.contains(id)) names << m_siteNames.value(id);
        return names.join(QStringLiteral("; "));
    }

    QList<VectorLayerOut> layers() const;

private:
    const ExportSet &m_set;
    QHash<QUuid, QString> m_siteNames;
    QHash<QUuid, QString> m_sourceNames;
    QString m_marking;
};

QList<VectorLayerOut> Builder::layers() const
{
    const QString note = m_set.handlingNote();
    auto layer = [&](const char *name, Geometry::Type type) {
        VectorLayerOut l;
        l.name = QString::fromLatin1(name);
        l.description = note;
        l.geometryType = type;
        l.fields = columns();
        return l;
    };
    VectorLayerOut sites = layer("sites", Geometry::Type::Point);
    VectorLayerOut aois = layer("areas_of_interest", Geometry::Type::Polygon);
    for (const Site &s : m_set.sites) {
        VectorRow r = row(s.meta, RecordType::Site, Geometry::point(s.location), s.name, {});
        r.values[Kind] = toKey(s.kind);
        r.values[Description] = s.notes;
        r.style = QStringLiteral("SYMBOL(id:\"ogr-sym-3\",c:%1FF,s:1.2);LABEL(t:\"%2\")")
                      .arg(siteKindColour(s.kind), QString(s.name).replace(u'"', u'\''));
        sites.rows << r;
        if (!s.aoi.isEmpty()) {
            VectorRow a = row(s.meta, RecordType::Site, s.aoi, s.name, {});
            a.values[RecordTypeCol] = QStringLiteral("area_of_interest");
            a.values[Kind] = toKey(s.kind);
            a.values[Sites] = s.name;
            a.style = QStringLiteral("PEN(c:%1FF,w:2px);BRUSH(fc:%140)").arg(siteKindColour(s.kind));
            aois.rows << a;
        }
    }
    VectorLayerOut claims = layer("claims", Geometry::Type::Point); // a claim's own place is a point
    for (const Claim &c : m_set.claims) {
        Geometry where = c.location;
        if (where.isEmpty()) continue; // a claim that names no place of its own is drawn at its sites
        VectorRow r = row(c.meta, RecordType::Claim, where, c.quote.left(120), c.time);
        r.values[Kind] = toKey(c.status);
        r.values[Description] = c.quote;
        r.values[Sites] = siteNames(c.siteIds);
        r.values[SourceCol] = m_sourceNames.value(c.sourceId);
        const auto source = std::find_if(m_set.sources.cbegin(), m_set.sources.cend(),
                                         [&](const Source &s) { return s.meta.id == c.sourceId; });
        if (source != m_set.sources.cend())
            r.values[Grade] = m_set.scheme->combined(source->reliability, c.credibility);
        if (!c.quantity.isEmpty()) {
            r.values[QuantityCol] = c.quantity.toDisplayString();
            r.values[ObjectKind] = c.quantity.objectKind;
        }
        claims.rows << r;
    }
    VectorLayerOut annotations = layer("annotations", Geometry::Type::None);
    for (const Annotation &a : m_set.annotations) {
        VectorRow r = row(a.meta, RecordType::Annotation, a.geometry,
                          a.label.isEmpty() ? a.objectKind : a.label, a.time);
        r.values[Kind] = a.objectKind;
        r.values[ObjectKind] = a.objectKind;
        r.values[Description] = a.notes;
        r.values[Sites] = siteNames({a.siteId});
        annotations.rows << r;
    }
    VectorLayerOut footprints = layer("footprints", Geometry::Type::Polygon);
    for (const ImageryScene &s : m_set.scenes) {
        if (s.footprint.isEmpty()) continue;
        VectorRow r = row(s.meta, RecordType::Scene, s.footprint, sceneLabel(s), s.acquired);
        r.values[Kind] = s.sensor;
        r.values[Description] = s.notes;
        r.values[SourceCol] = s.provider;
        r.values[Licence] = s.licence;
        r.style = QStringLiteral("PEN(c:#FFD400FF,w:1px);BRUSH(fc:#FFD40020)");
        footprints.rows << r;
    }
    VectorLayerOut events = layer("events", Geometry::Type::Point);
    for (const Event &e : m_set.events) {
        if (e.location.isEmpty()) continue;
        VectorRow r = row(e.meta, RecordType::Event, e.location, e.title, e.time);
        r.values[Description] = e.notes;
        r.values[Sites] = siteNames(e.siteIds);
        events.rows << r;
    }
    return {sites, aois, claims, annotations, footprints, events};
}

} // namespace

std::optional<VectorFormat> vectorFormatFromKey(const QString &key)
{
    static const QHash<QString, VectorFormat> formats{{QStringLiteral("geojson"), VectorFormat::GeoJson},
                                                      {QStringLiteral("kml"), VectorFormat::Kml},
                                                      {QStringLiteral("kmz"), VectorFormat::Kmz},
                                                      {QStringLiteral("csv"), VectorFormat::Csv},
                                                      {QStringLiteral("gpkg"), VectorFormat::GeoPackage}};
    const auto it = formats.constFind(key.toLower());
    return it == formats.cend() ? std::nullopt : std::optional(*it);
}

bool exportVector(const ExportSet &set, const QString &file, VectorFormat format,
                  VectorExportSummary *summary, QString *error)
{
    const EnglishWords english; // the same file whatever language the window speaks
    QList<VectorLayerOut> layers = Builder(set).layers();
    geo::VectorWriteSpec spec;
    const bool oneLayer = format == VectorFormat::GeoJson || format == VectorFormat::Csv;
    switch (format) {
    case VectorFormat::GeoJson:
        spec.driver = QStringLiteral("GeoJSON");
        spec.layerOptions << QStringLiteral("RFC7946=YES") << QStringLiteral("WRITE_NAME=YES");
        break;
    case VectorFormat::Kml:
    case VectorFormat::Kmz:
        spec.driver = QStringLiteral("LIBKML");
        spec.datasetOptions << QStringLiteral("NAME=") + set.title
                            << QStringLiteral("DESCRIPTION=") + set.handlingNote();
        break;
    case VectorFormat::Csv:
        spec.driver = QStringLiteral("CSV");
        spec.layerOptions << QStringLiteral("GEOMETRY=AS_WKT") << QStringLiteral("CREATE_CSVT=NO");
        break;
    case VectorFormat::GeoPackage:
        spec.driver = QStringLiteral("GPKG");
        break;
    }
    if (summary)
        for (const VectorLayerOut &l : layers)
            summary->features[l.name] = static_cast<int>(l.rows.size());
    if (oneLayer) {
        VectorLayerOut all = layers.first();
        all.name = QStringLiteral("sightline");
        all.geometryType = Geometry::Type::None;
        all.rows.clear();
        if (format == VectorFormat::Csv)
            all.fields << VectorField{QStringLiteral("lon"), VectorField::Type::Real}
                       << VectorField{QStringLiteral("lat"), VectorField::Type::Real};
        for (const VectorLayerOut &l : std::as_const(layers))
            for (VectorRow r : l.rows) {
                if (format == VectorFormat::Csv) {
                    const GeoPoint p = r.geometry.firstPoint();
                    r.values << p.lon << p.lat;
                }
                all.rows << r;
            }
        layers = {all};
    }
    return geo::writeVectorFile(file, spec, layers, error);
}

} // namespace sightline
