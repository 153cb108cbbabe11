#include "sightline/geo/gdalsession.h"

#include <QFileInfo>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <mutex>

namespace sightline::geo {

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
        // The map keeps decoded imagery in its own caches; GDAL's block cache (5 % of the
        // memory by default) only needs to hold what is being read. A smaller cap keeps memory
        // bounded and recycled rather than growing page by page. GDAL_CACHEMAX still decides.
        if (!CPLGetConfigOption("GDAL_CACHEMAX", nullptr))
            GDALSetCacheMax64(64LL * 1024 * 1024);
        // Sightline runs no SQL through OGR, so SpatiaLite's few hundred SQL functions need not be
        // registered on every GeoPackage GDAL opens (milliseconds an open, and less code a hostile
        // file can reach). GeoPackage's own functions are GDAL's and stay.
        if (!CPLGetConfigOption("SPATIALITE_LOAD", nullptr))
            CPLSetConfigOption("SPATIALITE_LOAD", "NO");
    });
}

void DatasetCloser::operator()(void *ds) const
{
    GDALClose(ds);
}

QString unreadableFileReason(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return QStringLiteral("no such file");
    if (!fi.isFile())
        return QStringLiteral("is not a file");
    if (!fi.isReadable())
        return QStringLiteral("cannot be read (permission denied)");
    if (fi.size() == 0)
        return QStringLiteral("is empty");
    return {};
}

QString gdalMessage()
{
    const QString m = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return m.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.section(u'\n', 0, 0));
}

} // namespace sightline::geo
