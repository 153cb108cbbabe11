#include "sightline/render/vectorbasemaplayer.h"

#include "sightline/geo/vectorfile.h"
#include "sightline/render/labels.h"
#include "sightline/render/preparedshapes.h"

#include <QRegularExpression>

#include <array>

namespace sightline::render {

namespace {

using Class = VectorBasemapLayer::Class;
constexpr int kClasses = 8;

const QStringList &wantedAttributes()
{
    static const QStringList names{QStringLiteral("name"),    QStringLiteral("highway"),
                                   QStringLiteral("railway"), QStringLiteral("waterway"),
                                   QStringLiteral("natural"), QStringLiteral("building"),
                                   QStringLiteral("place"),   QStringLiteral("landuse"),
                                   QStringLiteral("water"),   QStringLiteral("other_tags")};
    return names;
}

// The OSM driver keeps tags it has no column for in other_tags: "key"=>"value","key2"=>"value2".
QVariantMap withOtherTags(const QVariantMap &attributes)
{
    QVariantMap out = attributes;
    const QString other = attributes.value(QStringLiteral("other_tags")).toString();
    if (other.isEmpty()) return out;
    static const QRegularExpression pair(QStringLiteral(R"re("((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)")re"));
    for (auto it = pair.globalMatch(other); it.hasNext();) {
        const auto m = it.next();
        if (!out.contains(m.captured(1))) out.insert(m.captured(1), m.captured(2));
    }
    return out;
}

struct Loaded
{
    // Per class: shapes (lon/lat) of areas and of lines, and points (places).
    std::array<QList<QPair<int, QList<QPolygonF>>>, kClasses> areas, lines;
    QList<QPair<int, QPointF>> places;
    QStringList placeNames;
    QList<int> placeRanks; // higher: more important (city over village)
    QString error;
};

Loaded load(const QString &file)
{
    Loaded out;
    QString why;
    const QStringList layers = geo::vectorLayerNames(file, &why);
    if (layers.isEmpty()) {
        out.error = why;
        return out;
    }
    int item = 0;
    for (const QString &layer : layers) {
        if (layer == QLatin1String("other_relations")) // route relations and the like: nothing to draw
            continue;
        geo::VectorLayerData data;
        if (!geo::readVectorLayer(file, layer, wantedAttributes(), &data, &why)) {
            out.error = why;
            return out;
        }
        for (const geo::VectorFeature &f : std::as_const(data.features)) {
            const QVariantMap tags = withOtherTags(f.attributes);
            const Class c = VectorBasemapLayer::classify(tags);
            const int k = static_cast<int>(c);
            switch (f.kind) {
            case geo::VectorFeature::Kind::Polygon:
                if (c == Class::Water || c == Class::Building || c == Class::Other)
                    out.areas[k].append({item++, f.parts});
                else
                    out.lines[k].append({item++, f.parts}); // a closed way of rail or road: its outline
                break;
            case geo::VectorFeature::Kind::Line:
                out.lines[k].append({item++, f.parts});
                break;
            case geo::VectorFeature::Kind::Point: {
                const QString name = tags.value(QStringLiteral("name")).toString();
                if (c != Class::Place || name.isEmpty() || f.parts.isEmpty() || f.parts.first().isEmpty())
                    break;
                const QString place = tags.value(QStringLiteral("place")).toString();
                const int rank = place == QLatin1String("city")                                          ? 3
                                 : place == QLatin1String("town")                                        ? 2
                                 : place == QLatin1String("village") || place == QLatin1String("suburb") ? 1
                                                                                                         : 0;
                out.places.append({static_cast<int>(out.placeNames.size()), f.parts.first().first()});
                out.placeNames << name;
                out.placeRanks << rank;
                break;
            }
            }
        }
    }
    return out;
}

struct Style
{
    QColor pen;
    double width; // pixels at 96 dpi
    QColor fill;
    double maxMetersPerPixel; // drawn only when zoomed in this far
};

// Pale and thin, so that site symbols, areas of interest and footprints stay the strongest marks.
Style styleOf(Class c)
{
    switch (c) {
    case Class::Water:
        return {QColor(0x8f, 0xb8, 0xd0), 1.0, QColor(0xc6, 0xdc, 0xe8), 400};
    case Class::Coastline:
        return {QColor(0x6f, 0x9f, 0xb8), 1.2, Qt::transparent, 2000};
    case Class::Rail:
        return {QColor(0x70, 0x70, 0x78), 1.4, Qt::transparent, 200};
    case Class::MajorRoad:
        return {QColor(0xd8, 0xb0, 0x70), 1.8, Qt::transparent, 300};
    case Class::MinorRoad:
        return {QColor(0xc8, 0xc2, 0xb8), 0.9, Qt::transparent, 25};
    case Class::Building:
        return {QColor(0xc4, 0xb8, 0xad), 0.5, QColor(0xe2, 0xdb, 0xd3), 4};
    case Class::Place:
        return {Qt::transparent, 0, Qt::transparent, 0};
    case Class::Other:
        return {QColor(0xd6, 0xd3, 0xcc), 0.6, Qt::transparent, 10};
    }
    return {};
}

class PreparedVectorBasemap : public PreparedLayer
{
  public:
    std::shared_ptr<const PreparedLayer> under;
    std::array<ShapeIndex, kClasses> areas, lines;
    ShapeIndex places;
    QStringList placeNames;
    QList<int> placeRanks;

    bool renderTile(QPainter &p, const TileContext &tile) const override
    {
        bool drew = under && under->renderTile(p, tile);
        const double k = tile.symbolScale;
        const MapExtent query = tile.tileExtent.grownBy(4 * tile.mapUnitsPerPixel);
        // Bottom first: water, buildings, then lines from faint to strong.
        for (Class c : {Class::Water, Class::Other, Class::Building}) {
            const Style s = styleOf(c);
            if (tile.metersPerPixel > s.maxMetersPerPixel || tile.cancelled()) continue;
            p.setPen(QPen(s.pen, s.width * k));
            p.setBrush(s.fill);
            areas[static_cast<int>(c)].query(query, [&](const ShapeIndex::Shape &shape) {
                ShapeIndex::drawArea(p, shape, tile);
                drew = true;
            });
        }
        p.setBrush(Qt::NoBrush);
        for (Class c : {Class::Other, Class::Water, Class::Coastline, Class::MinorRoad, Class::MajorRoad,
                        Class::Rail}) {
            const Style s = styleOf(c);
            if (tile.metersPerPixel > s.maxMetersPerPixel || tile.cancelled()) continue;
            // A river drawn as a line still reads as water: wider than a road, in the water's colour.
            QPen pen(c == Class::Water ? QColor(0x9c, 0xc3, 0xd8) : s.pen,
                     (c == Class::Water ? 3.0 : s.width) * k);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            p.setPen(pen);
            lines[static_cast<int>(c)].query(query, [&](const ShapeIndex::Shape &shape) {
                p.drawPath(ShapeIndex::pixelPath(shape, tile, false));
                drew = true;
            });
            if (c == Class::Rail && tile.metersPerPixel < 20) { // sleepers: rail reads apart from roads
                QPen ties(s.pen, 4.0 * k);
                ties.setDashPattern({0.4, 2.5});
                ties.setCapStyle(Qt::FlatCap);
                p.setPen(ties);
                lines[static_cast<int>(c)].query(query, [&](const ShapeIndex::Shape &shape) {
                    p.drawPath(ShapeIndex::pixelPath(shape, tile, false));
                });
            }
        }
        return drew;
    }

    void addLabels(LabelPlacer &labels, const MapSettings &settings, double metersPerPixel) const override
    {
        if (under) under->addLabels(labels, settings, metersPerPixel);
        if (metersPerPixel > 200) return;
        const MapExtent view = settings.extent();
        places.query(view, [&](const ShapeIndex::Shape &s) {
            const int rank = placeRanks.value(s.item);
            if (metersPerPixel > 40 && rank < 2) // villages only when zoomed in
                return;
            // Below every site label (priority 0 and up): a place name gives way to evidence.
            labels.add(placeNames.value(s.item), settings.toPixel(s.point), 0, -60 + 10 * rank);
        });
    }
};

} // namespace

VectorBasemapLayer::Class VectorBasemapLayer::classify(const QVariantMap &a)
{
    auto tag = [&](const char *key) { return a.value(QLatin1String(key)).toString(); };
    const QString natural = tag("natural"), waterway = tag("waterway"), railway = tag("railway"),
                  highway = tag("highway");
    if (natural == QLatin1String("coastline")) return Class::Coastline;
    if (natural == QLatin1String("water") || natural == QLatin1String("bay") || !tag("water").isEmpty() ||
        waterway == QLatin1String("riverbank") || tag("landuse") == QLatin1String("reservoir") ||
        waterway == QLatin1String("river") || waterway == QLatin1String("stream") ||
        waterway == QLatin1String("canal"))
        return Class::Water;
    static const QStringList rails{QStringLiteral("rail"),       QStringLiteral("narrow_gauge"),
                                   QStringLiteral("light_rail"), QStringLiteral("subway"),
                                   QStringLiteral("tram"),       QStringLiteral("preserved"),
                                   QStringLiteral("disused")};
    if (rails.contains(railway)) return Class::Rail;
    static const QStringList major{QStringLiteral("motorway"),      QStringLiteral("trunk"),
                                   QStringLiteral("primary"),       QStringLiteral("secondary"),
                                   QStringLiteral("motorway_link"), QStringLiteral("trunk_link"),
                                   QStringLiteral("primary_link"),  QStringLiteral("secondary_link")};
    if (major.contains(highway)) return Class::MajorRoad;
    if (!highway.isEmpty()) return Class::MinorRoad;
    if (const QString b = tag("building"); !b.isEmpty() && b != QLatin1String("no")) return Class::Building;
    if (!tag("place").isEmpty()) return Class::Place;
    return Class::Other;
}

VectorBasemapLayer::VectorBasemapLayer(const QString &file, const QString &sourceName,
                                       const QString &attribution, std::shared_ptr<const MapLayer> under)
    : MapLayer(QStringLiteral("basemap"), sourceName), m_file(file), m_attribution(attribution),
      m_under(std::move(under))
{
}

QString VectorBasemapLayer::problem() const
{
    QMutexLocker lock(&m_problemMutex);
    return m_problem;
}

std::shared_ptr<const PreparedLayer> VectorBasemapLayer::prepare(const QString &crs, QString *error) const
{
    auto prepared = std::make_shared<PreparedVectorBasemap>();
    if (m_under) {
        QString whyUnder;
        prepared->under = m_under->prepared(crs, &whyUnder);
    }
    const Loaded data = load(m_file);
    if (!data.error.isEmpty()) {
        QMutexLocker lock(&m_problemMutex);
        m_problem = data.error;
        return prepared; // Natural Earth alone
    }
    for (int c = 0; c < kClasses; ++c) {
        if (!prepared->areas[c].build(crs, data.areas[c], {}, true, error) ||
            !prepared->lines[c].build(crs, data.lines[c], {}, false, error))
            return nullptr;
    }
    if (!prepared->places.build(crs, {}, data.places, false, error)) return nullptr;
    prepared->placeNames = data.placeNames;
    prepared->placeRanks = data.placeRanks;
    return prepared;
}

} // namespace sightline::render
