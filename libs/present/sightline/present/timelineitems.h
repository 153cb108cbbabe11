#pragma once

#include "sightline/core/series.h"
#include "sightline/core/timeline.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace sightline {
class Project;
}

namespace sightline::present {

// What the timeline shows of a project, gathered once for the timeline dock, `sightline-cli
// timeline` and the brief: every event, claim, observation, scene acquisition and judgment's
// period, in the timeline's order (sortTimeline), with their grades, figures and sites, the
// conflicts between claims, and the names the lanes need. A snapshot: gather again after the
// project changed. Any thread that may read the project.
struct Timeline
{
    QList<TimelineItem> items;
    QList<TimelineConflict> conflicts; // indexes into items
    QHash<QUuid, QString> siteNames;   // every site of the project by id
    QHash<QUuid, QString> sourceNames; // every source, as its claims cite it ("Reuters (B)")
    // The count series of each site (one an object kind with a figure, within the filter's window),
    // drawn as small charts in the site's lane; and the object kinds' names ("Railcar").
    QHash<QUuid, QList<CountSeries>> series;
    QHash<QString, QString> objectKindNames;
};

// Which items to gather: those the window shows (TimeWindow::shows; open: all) and, when sites
// is not empty, only those about one of these sites.
struct TimelineFilter
{
    TimeWindow window;
    QSet<QUuid> sites;
};

Timeline gatherTimeline(const Project &project, const TimelineFilter &filter = {});

} // namespace sightline::present
