#pragma once

#include "sightline/core/marking.h"
#include "sightline/core/timespan.h"
#include "sightline/geo/tileservice.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sightline::report {

// What a brief covers and how it is laid out: the same choices for the command line and the
// window. Plain values; any thread.
struct BriefOptions
{
    enum class Template
    {
        Default,
        Compact
    }; // compact: smaller type, sites run on without page breaks
    enum class PageSize
    {
        A4,
        Letter
    };

    QStringList siteNames;          // names or aliases; empty: every site of the project
    TimeWindow window;              // claims and imagery shown; open: everything
    std::optional<Marking> marking; // overrides the project's marking
    Template layout = Template::Default;
    PageSize page = PageSize::A4;
    QString title;       // empty: the project's title
    QString author;      // empty: the user's name
    QString bottomLine;  // an optional bottom line up front, on the cover
    QString basemapPath; // Natural Earth world_map.gpkg; empty: the default
    // How the project's chosen basemap (a tile service) is reached: disk cache, network switch.
    geo::TileServiceSettings tiles;
    int mapDpi = 200;    // map figures' resolution
    // The end of the baseline of each site's count series ("2023-10-04"): the values up to then
    // make it, newer ones above its maximum are flagged. Unset: each series' baseline ends the day
    // before its newest value begins, so that the newest value is set against all earlier ones.
    std::optional<TimeSpan> baselineTo;
    // The case's timeline as a figure of its own (present::TimelinePainter, as the window draws it).
    bool timeline = true;
    // Imagery whose licence terms keep it from republication (no republication, internal use,
    // or unstated) is left out, a placeholder saying why, unless the brief is for internal use:
    // then it is shown, the cover says so, and custody logs the override.
    bool internalUse = false;
    // Sections that may be left out (cover, contents and sources always print: the notes need them).
    bool keyJudgments = true;
    bool sites = true;
    bool methods = true;
};

// "default", "compact"; "a4", "letter" (the command line's words), and back.
std::optional<BriefOptions::Template> templateFromText(const QString &text);
std::optional<BriefOptions::PageSize> pageSizeFromText(const QString &text);

// The sentences of an analyst's text that mix a likelihood word of ICD 203 ("likely", "almost
// certainly", "probable") with a confidence level ("high confidence"): ICD 203 keeps the two
// apart, and a reader takes such a sentence for one or the other. Each as written, trimmed.
QStringList sentencesMixingLikelihoodAndConfidence(const QString &text);

} // namespace sightline::report
