#include "sightline/geo/versions.h"

#include <GeographicLib/Config.h>
#include <gdal.h>
#include <proj.h>

namespace sightline::geo {

QList<LibraryVersion> geoLibraryVersions()
{
    const PJ_INFO proj = proj_info();
    return {{QStringLiteral("GDAL"), QString::fromUtf8(GDALVersionInfo("RELEASE_NAME")), QStringLiteral("MIT")},
            {QStringLiteral("PROJ"), QString::fromUtf8(proj.version), QStringLiteral("MIT")},
            {QStringLiteral("GeographicLib"), QStringLiteral(GEOGRAPHICLIB_VERSION_STRING), QStringLiteral("MIT")}};
}

} // namespace sightline::geo
