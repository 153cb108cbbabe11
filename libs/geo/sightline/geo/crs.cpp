#include "sightline/geo/crs.h"

#include "sightline/geo/gdalsession.h"

#include <ogr_spatialref.h>

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

} // namespace sightline::geo

#include <proj.h>

#include <cmath>

namespace sightline::geo {

std::optional<CrsInfo> crsInfo(const QString &id, QString *error)
{
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
        const PJ_TYPE type = proj_get_type(crs);
        info.geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
        double west = 0, south = 0, east = 0, north = 0;
        if (proj_get_area_of_use(ctx, crs, &west, &south, &east, &north, nullptr) && west > -1000) {
            // An area across the antimeridian (west > east) is kept as all longitudes.
            info.areaOfUse = west <= east ? GeoBounds{west, south, east, north} : GeoBounds{-180, south, 180, north};
        }
        out = info;
    }
    if (crs)
        proj_destroy(crs);
    proj_context_destroy(ctx);
    return out;
}

QString utmZoneCrs(const GeoPoint &p)
{
    int zone = static_cast<int>(std::floor((p.lon + 180.0) / 6.0)) + 1;
    zone = std::clamp(zone, 1, 60);
    // The exceptions of the UTM grid: south-west Norway, and Svalbard.
    if (p.lat >= 56 && p.lat < 64 && p.lon >= 3 && p.lon < 12)
        zone = 32;
    if (p.lat >= 72 && p.lat < 84) {
        if (p.lon >= 0 && p.lon < 9)
            zone = 31;
        else if (p.lon >= 9 && p.lon < 21)
            zone = 33;
        else if (p.lon >= 21 && p.lon < 33)
            zone = 35;
        else if (p.lon >= 33 && p.lon < 42)
            zone = 37;
    }
    return QStringLiteral("EPSG:%1").arg((p.lat >= 0 ? 32600 : 32700) + zone);
}

} // namespace sightline::geo
