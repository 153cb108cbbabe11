#include "sightline/geo/overviewbuilder.h"

#include "sightline/geo/gdalsession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

#include <algorithm>
#include <vector>

namespace sightline::geo {

namespace {

constexpr int kSmallest = 256; // pixels: the coarsest overview fits in this

struct ProgressState
{
    const OverviewBuilder::Progress *progress;
    double last = 0.0;
    bool cancelled = false;
};

int CPL_STDCALL onProgress(double fraction, const char *, void *data)
{
    auto *state = static_cast<ProgressState *>(data);
    if (state->cancelled)
        return FALSE; // some of GDAL's steps go on asking after a "stop"
    // GDAL may report a step twice or slightly backwards between bands; callers see it rise.
    state->last = std::clamp(std::max(state->last, fraction), 0.0, 1.0);
    if (*state->progress && !(*state->progress)(state->last)) {
        state->cancelled = true;
        return FALSE;
    }
    return TRUE;
}

GDALDatasetH openReadOnly(const QString &file)
{
    ensureGdal();
    return GDALOpenEx(file.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
}

int countOf(GDALDatasetH ds)
{
    return GDALGetRasterCount(ds) > 0 ? GDALGetOverviewCount(GDALGetRasterBand(ds, 1)) : 0;
}

QString firstLine(const char *text)
{
    return QString::fromUtf8(text).section(u'\n', 0, 0);
}

} // namespace

QString OverviewBuilder::overviewPath(const QString &file)
{
    return file + QStringLiteral(".ovr");
}

int OverviewBuilder::overviewCount(const QString &file)
{
    GDALDatasetH ds = openReadOnly(file);
    if (!ds)
        return -1;
    const int n = countOf(ds);
    GDALClose(ds);
    return n;
}

bool OverviewBuilder::needsOverviews(const QString &file)
{
    GDALDatasetH ds = openReadOnly(file);
    if (!ds)
        return false;
    const bool needs = countOf(ds) == 0 && std::max(GDALGetRasterXSize(ds), GDALGetRasterYSize(ds)) > kSmallest;
    GDALClose(ds);
    return needs;
}

OverviewBuilder::Result OverviewBuilder::build(const QString &file, const Progress &progress)
{
    Result result;
    auto fail = [&](const QString &why) {
        result.error = file + QStringLiteral(": ") + why;
        return result;
    };
    CPLErrorReset();
    GDALDatasetH ds = openReadOnly(file);
    if (!ds)
        return fail(QStringLiteral("cannot be read as an image (%1)").arg(firstLine(CPLGetLastErrorMsg())));
    auto closer = qScopeGuard([&ds] {
        if (ds)
            GDALClose(ds);
    });
    if (const int existing = countOf(ds); existing > 0) {
        result.ok = true;
        result.overviewCount = existing;
        return result;
    }
    std::vector<int> factors;
    for (int f = 2, size = std::max(GDALGetRasterXSize(ds), GDALGetRasterYSize(ds)); size / (f / 2) > kSmallest; f *= 2)
        factors.push_back(f);
    if (factors.empty()) {
        result.ok = true; // small enough to draw whole
        return result;
    }
    const QString ovr = overviewPath(file);
    const QFileInfo folder(QFileInfo(file).absolutePath());
    if (!folder.isWritable())
        return fail(QStringLiteral("cannot have overviews: its folder %1 is not writable").arg(folder.absoluteFilePath()));
    if (QFileInfo(ovr).isDir())
        return fail(QStringLiteral("cannot have overviews: %1 is a folder").arg(ovr));

    ProgressState state{&progress};
    onProgress(0.0, nullptr, &state);
    if (state.cancelled) {
        result.cancelled = true;
        return result;
    }
    // Thread-local, so that other threads reading or building at the same time are unaffected.
    CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", "DEFLATE");
    CPLSetThreadLocalConfigOption("BIGTIFF_OVERVIEW", "IF_SAFER");
    CPLErrorReset();
    const CPLErr err = GDALBuildOverviews(ds, "AVERAGE", static_cast<int>(factors.size()), factors.data(), 0, nullptr,
                                         onProgress, &state);
    CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", nullptr);
    CPLSetThreadLocalConfigOption("BIGTIFF_OVERVIEW", nullptr);
    const QString gdalMessage = firstLine(CPLGetLastErrorMsg());
    GDALClose(ds); // writes and closes the .ovr
    ds = nullptr;
    if (err != CE_None || state.cancelled) {
        // Half-written overviews would be read as real ones: remove them.
        discard(file);
        if (state.cancelled) {
            result.cancelled = true;
            return result;
        }
        return fail(QStringLiteral("cannot have overviews: %1 cannot be written (%2)").arg(ovr, gdalMessage));
    }
    result.overviewCount = overviewCount(file);
    if (result.overviewCount <= 0) {
        discard(file);
        return fail(QStringLiteral("cannot have overviews: GDAL wrote none (%1)").arg(gdalMessage));
    }
    // A cancel that came after GDAL's last step still wins: the caller asked for no .ovr, and
    // GDAL has written it under its final name.
    if (progress && !progress(1.0)) {
        discard(file);
        result.overviewCount = 0;
        result.cancelled = true;
        return result;
    }
    result.ok = true;
    result.written = true;
    return result;
}

void OverviewBuilder::discard(const QString &file)
{
    const QString ovr = overviewPath(file);
    if (QFileInfo(ovr).isFile()) // a folder in its place is not ours to remove
        QFile::remove(ovr);
    QFile::remove(ovr + QStringLiteral(".aux.xml"));
}

} // namespace sightline::geo
