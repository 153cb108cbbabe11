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
