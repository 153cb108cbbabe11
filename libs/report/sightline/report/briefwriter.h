#pragma once

#include "sightline/report/briefoptions.h"

#include "sightline/core/capture.h"
#include "sightline/core/scene.h"

#include <QList>

#include <QString>
#include <QStringList>
#include <functional>

namespace sightline {
class Project;
}

namespace sightline::report {

// What a written brief holds and shows.
struct BriefResult
{
    QString file; // absolute path written
    int pages = 0;
    qint64 bytes = 0;
    int figures = 0;
    int chipFigures = 0; // sites with before-and-after chips (one image each)
    QList<ImageryScene> scenes; // imagery the figures show
    QList<Capture> captures;    // captures the brief identifies (sources appendix)
    QStringList warnings;       // layers that could not be drawn, and such
    double mapMs = 0;           // time spent drawing map figures
    double totalMs = 0;
};

// Makes a briefing pack (PDF) from a project: gathers the content (BriefContent), draws each
// site's map, lays the standard sections out (measuring twice so that the table of contents
// knows its page numbers, then drawing), lets qpdf add the outline, the contents' links and
// the attached evidence, and writes the file through a temporary file renamed into place: the
// target is either the whole brief or untouched.
//
// Throws BriefError (a site that does not exist, a file that cannot be written) and StoreError
// (a project that cannot be read). The thread that owns the project; the project is only read.
class BriefWriter
{
  public:
    static constexpr const char *kAttachmentName = "brief-evidence.json";

    // progress, when given, is called with the steps done and the steps in all (a map figure a
    // site, then the three passes over the pages); returning false cancels (BriefError of kind
    // Cancelled, nothing written).
    using Progress = std::function<bool(int done, int total)>;
    static BriefResult write(const Project &project, const BriefOptions &options, const QString &outputFile,
                             const Progress &progress = {});
};

// Logs every capture and scene the brief shows as "viewed" in the project's chain of custody,
// naming the export. Throws StoreError when the project cannot be written.
int logShownInBrief(Project &project, const BriefResult &result);

} // namespace sightline::report
