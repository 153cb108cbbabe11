#include "sightline/geo/crs.h"

#include "sightline/geo/gdalsession.h"
#include "sightline/geo/processmemo.h"

#include <ogr_spatialref.h>
#include <proj.h>

#include <algorithm>
#include <cmath>

namespace sightline::geo {

QString wktForEpsg(int code)
{
    ensureGdal();
    OGRSpatialReference srs;
    if (srs.importFromEPSG(code) != OGRERR_NONE)
        return {};
    char *wkt = nullptr;
    srs.exportToWkt(&wkt);
    const QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

QString nameForEpsg(int code)
{
    ensureGdal();
    OGRSpatialReference srs;
    if (srs.importFromEPSG(code) != OGRERR_NONE)
        return {};
    return QString::fromUtf8(srs.GetName());
}

namespace {

std::optional<CrsInfo> lookUpCrs(const QString &id, QString *error)
{
    // A context of its own: callable from any thread.
    PJ_CONTEXT *ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    PJ *crs = proj_create(ctx, id.toUtf8().constData());
    std::optional<CrsInfo> out;
    if (!crs || !proj_is_crs(crs)) {
        if (error)
            *error = QStringLiteral("unknown CRS \"%1\"").arg(id);
    } else {
        CrsInfo info;
        info.id = id;
        info.name = QString::fromUtf8(proj_get_name(crs));
        PJ_TYPE type = proj_get_type(crs);
        if (type == PJ_TYPE_BOUND_CRS) { // "+towgs84=..." definitions wrap the real CRS
            PJ *base = proj_get_source_crs(ctx, crs);
            type = base ? proj_get_type(base) : PJ_TYPE_UNKNOWN;
            if (base)
                proj_destroy(base);
        }
        info.geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
        double west = 0, south = 0, east = 0, north = 0;
        if (proj_get_area_of_use(ctx, crs, &west, &south, &east, &north, nullptr) && west > -1000) {
            // GeoBounds cannot cross the antimeridian: an area that does (west > east, as PROJ
            // reports e.g. EPSG:3832) becomes all longitudes, which over-states but never hides.
            info.areaOfUse = west <= east ? GeoBounds{west, south, east, north} : GeoBounds{-180, south, 180, north};
        }
        out = info;
    }
    if (crs)
        proj_destroy(crs);
    proj_context_destroy(ctx);
    return out;
}

} // namespace

std::optional<CrsInfo> crsInfo(const QString &id, QString *error)
{
    // The same answer every time, from PROJ's database: looked up once a process for each CRS.
    struct Known
    {
        std::optional<CrsInfo> info;
        QString error;
    };
    static ProcessMemo<QString, Known> known;
    std::optional<Known> k = known.find(id);
    if (!k) {
        k.emplace();
        k->info = lookUpCrs(id, &k->error);
        known.keep(id, *k);
    }
    if (!k->info && error)
        *error = k->error;
    return k->info;
}

QString utmZoneCrs(const GeoPoint &p)
{
    // Wrap longitudes beyond ±180 (and make NaN harmless) before the float-to-int cast.
    double lon = std::isfinite(p.lon) ? p.lon : 0.0;
    if (lon < -180.0 || lon > 180.0)
        lon -= 360.0 * std::floor((lon + 180.0) / 360.0);
    int zone = std::clamp(static_cast<int>(std::floor((lon + 180.0) / 6.0)) + 1, 1, 60);
    // The exceptions of the UTM grid: south-west Norway, and Svalbard.
    if (p.lat >= 56 && p.lat < 64 && lon >= 3 && lon < 12)
        zone = 32;
    if (p.lat >= 72 && p.lat < 84) {
        if (lon >= 0 && lon < 9)
            zone = 31;
        else if (lon >= 9 && lon < 21)
            zone = 33;
        else if (lon >= 21 && lon < 33)
            zone = 35;
        else if (lon >= 33 && lon < 42)
            zone = 37;
    }
    return QStringLiteral("EPSG:%1").arg((p.lat >= 0 ? 32600 : 32700) + zone);
}

} // namespace sightline::geo
