#pragma once

#include <QString>

#include <functional>

namespace sightline::geo {

// Builds the overviews an image file lacks, as an external .ovr file beside it (GDAL's
// GDALBuildOverviews on the file opened read-only, so the image's own bytes and SHA-256 never
// change). Halves the size level by level until the smallest fits in 256 pixels. A build that is
// cancelled or fails leaves no .ovr behind, also when the cancel comes after GDAL's last step.
// No GUI; any one thread per file.
class OverviewBuilder
{
public:
    // Called with the fraction done, never lower than the call before, 0 first and 1 last on
    // success. Return false to cancel.
    using Progress = std::function<bool(double fraction)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;         // one line naming the file, when !ok and !cancelled
        int overviewCount = 0; // overviews the file has afterwards
        bool written = false;  // this build wrote the .ovr (ok, and the file had none before)
    };

    // Where the overviews of file go.
    static QString overviewPath(const QString &file);
    // How many overviews the file has now (internal or external); -1 when it cannot be read.
    static int overviewCount(const QString &file);
    // Whether the file would gain from overviews: larger than 256 pixels and without any.
    static bool needsOverviews(const QString &file);
    // Builds them ("AVERAGE" resampling, DEFLATE compressed). A file that already has overviews
    // is left as it is (ok, with its count).
    // A false from the progress, even for the final 1, cancels it.
    static Result build(const QString &file, const Progress &progress = {});
    // Removes the .ovr a build wrote for file (and GDAL's .aux.xml beside it), for a cancel that
    // came after the build had returned. Never while a build of that file runs.
    static void discard(const QString &file);
};

} // namespace sightline::geo
