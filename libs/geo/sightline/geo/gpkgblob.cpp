#include "sightline/geo/gpkgblob.h"

#include <ogr_geometry.h>

#include <cstring>
#include <memory>

namespace sightline::geo {
namespace {

constexpr int kHeaderSize = 8;
constexpr int kEnvelopeXYSize = 32;

std::unique_ptr<OGRGeometry> toOgr(const Geometry &g)
{
    auto ring = [](const QList<GeoPoint> &pts) {
        auto r = std::make_unique<OGRLinearRing>();
        r->setNumPoints(static_cast<int>(pts.size()), FALSE);
        for (int i = 0; i < pts.size(); ++i)
            r->setPoint(i, pts[i].lon, pts[i].lat);
        return r;
    };
    switch (g.type) {
    case Geometry::Type::Point: return std::make_unique<OGRPoint>(g.firstPoint().lon, g.firstPoint().lat);
    case Geometry::Type::LineString: {
        auto line = std::make_unique<OGRLineString>();
        const auto &pts = g.parts.first();
        line->setNumPoints(static_cast<int>(pts.size()), FALSE);
        for (int i = 0; i < pts.size(); ++i)
            line->setPoint(i, pts[i].lon, pts[i].lat);
        return line;
    }
    case Geometry::Type::Polygon: {
        auto poly = std::make_unique<OGRPolygon>();
        for (const auto &part : g.parts)
            poly->addRingDirectly(ring(part).release());
        return poly;
    }
    case Geometry::Type::None: break;
    }
    return nullptr;
}

QList<GeoPoint> pointsOf(const OGRSimpleCurve &c)
{
    QList<GeoPoint> pts;
    pts.reserve(c.getNumPoints());
    for (int i = 0; i < c.getNumPoints(); ++i)
        pts.append({c.getX(i), c.getY(i)});
    return pts;
}

std::optional<Geometry> fromOgr(const OGRGeometry &g)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
        const auto &p = *g.toPoint();
        return Geometry::point(p.getX(), p.getY());
    }
    case wkbLineString: return Geometry::lineString(pointsOf(*g.toLineString()));
    case wkbPolygon: {
        Geometry out{Geometry::Type::Polygon, {}};
        for (const auto *ring : *g.toPolygon())
            out.parts.append(pointsOf(*ring));
        return out;
    }
    default: return std::nullopt; // collections are not record geometries
    }
}

struct Header
{
    int wkbOffset = 0;
    bool empty = false;
    bool hasEnvelope = false;
    bool littleEndian = true;
};

std::optional<Header> readHeader(const unsigned char *data, int size)
{
    if (!data || size < kHeaderSize || data[0] != 'G' || data[1] != 'P')
        return std::nullopt;
    const unsigned char flags = data[3];
    if (flags & 0x20) // extended geometry types are not ours
        return std::nullopt;
    static constexpr int envelopeBytes[] = {0, 32, 48, 48, 64};
    const int indicator = (flags >> 1) & 0x07;
    if (indicator > 4)
        return std::nullopt;
    Header h;
    h.littleEndian = flags & 0x01;
    h.empty = flags & 0x10;
    h.hasEnvelope = indicator != 0;
    h.wkbOffset = kHeaderSize + envelopeBytes[indicator];
    if (size < h.wkbOffset)
        return std::nullopt;
    return h;
}

} // namespace

QByteArray encodeGpkgGeometry(const Geometry &g, int srsId)
{
    if (g.isEmpty())
        return {};
    const auto ogr = toOgr(g);
    if (!ogr)
        return {};
    OGREnvelope env;
    ogr->getEnvelope(&env);
    const int wkbSize = static_cast<int>(ogr->WkbSize());
    QByteArray out(kHeaderSize + kEnvelopeXYSize + wkbSize, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    p[0] = 'G';
    p[1] = 'P';
    p[2] = 0;          // version 1
    p[3] = 0x01 | 0x02; // little endian, envelope [minx, maxx, miny, maxy]
    const std::int32_t srs = srsId;
    std::memcpy(p + 4, &srs, 4); // hosts we build for are little endian
    const double envelope[4] = {env.MinX, env.MaxX, env.MinY, env.MaxY};
    std::memcpy(p + kHeaderSize, envelope, sizeof envelope);
    ogr->exportToWkb(wkbNDR, p + kHeaderSize + kEnvelopeXYSize, wkbVariantIso);
    return out;
}

std::optional<Geometry> decodeGpkgGeometry(const QByteArray &blob)
{
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    const auto header = readHeader(data, static_cast<int>(blob.size()));
    if (!header)
        return std::nullopt;
    OGRGeometry *raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(data + header->wkbOffset, nullptr, &raw,
                                          blob.size() - header->wkbOffset) != OGRERR_NONE ||
        !raw)
        return std::nullopt;
    const std::unique_ptr<OGRGeometry> g(raw);
    if (g->IsEmpty())
        return Geometry{};
    return fromOgr(*g);
}

std::optional<Envelope> gpkgEnvelope(const unsigned char *data, int size)
{
    const auto header = readHeader(data, size);
    if (!header)
        return std::nullopt;
    if (header->empty)
        return Envelope{0, 0, 0, 0, true};
    if (header->hasEnvelope && header->littleEndian) {
        double e[4];
        std::memcpy(e, data + kHeaderSize, sizeof e);
        return Envelope{e[0], e[1], e[2], e[3], false};
    }
    OGRGeometry *raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(data + header->wkbOffset, nullptr, &raw, size - header->wkbOffset) !=
            OGRERR_NONE ||
        !raw)
        return std::nullopt;
    const std::unique_ptr<OGRGeometry> g(raw);
    if (g->IsEmpty())
        return Envelope{0, 0, 0, 0, true};
    OGREnvelope env;
    g->getEnvelope(&env);
    return Envelope{env.MinX, env.MaxX, env.MinY, env.MaxY, false};
}

} // namespace sightline::geo
