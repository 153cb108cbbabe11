#include "sightline/interop/exportset.h"

#include <algorithm>

namespace sightline {
namespace {

bool touches(const QList<QUuid> &ids, const QSet<QUuid> &wanted)
{
    return std::any_of(ids.cbegin(), ids.cend(), [&](const QUuid &id) { return wanted.contains(id); });
}

} // namespace

QStringList ExportSet::licences() const
{
    QStringList out;
    for (const ImageryScene &s : scenes)
        if (!s.licence.isEmpty() && !out.contains(s.licence)) out << s.licence;
    return out;
}

QString ExportSet::handlingNote() const
{
    QString note = marking ? markingText(*marking) + QStringLiteral(" (") + markingMeaning(*marking) + u')'
                           : QStringLiteral("no handling marking");
    const QStringList l = licences();
    if (!l.isEmpty()) note += QStringLiteral("; imagery licences: ") + l.join(QStringLiteral("; "));
    if (!basemapAttribution.isEmpty()) note += QStringLiteral("; basemap: ") + basemapAttribution;
    return note;
}

bool isRestricted(std::optional<Marking> marking)
{
    return marking &&
           (*marking == Marking::Amber || *marking == Marking::AmberStrict || *marking == Marking::Red);
}

ExportSet collectExport(const Project &project, const ExportFilter &filter)
{
    ExportSet set;
    set.projectId = project.projectId();
    set.title = project.title();
    set.marking = project.marking();
    set.scheme = &project.gradingScheme();
    {
        const BasemapSources basemaps = project.basemapSources();
        if (const BasemapSource *shown = basemaps.named(basemaps.active))
            set.basemapAttribution = shown->attribution;
    }
    const bool allSites = filter.siteIds.isEmpty();
    const TimeWindow &w = filter.window;

    GeoBounds area;
    for (const Site &s : project.all<Site>())
        if (allSites || filter.siteIds.contains(s.meta.id)) {
            set.sites << s;
            area.unite(siteBounds(s));
        }
    QSet<QUuid> usedSources;
    for (const Claim &c : project.all<Claim>())
        if ((allSites || touches(c.siteIds, filter.siteIds)) && w.shows(c.time)) {
            set.claims << c;
            usedSources.insert(c.sourceId);
            if (!c.attributedTo.isNull()) usedSources.insert(c.attributedTo);
        }
    for (const Annotation &a : project.all<Annotation>())
        if ((allSites || filter.siteIds.contains(a.siteId)) && w.shows(a.time)) set.annotations << a;
    for (const ImageryScene &s : project.all<ImageryScene>())
        if ((allSites || s.footprint.bounds().intersects(area)) && w.shows(s.acquired)) set.scenes << s;
    for (const Event &e : project.all<Event>())
        if ((allSites || touches(e.siteIds, filter.siteIds)) && w.shows(e.time)) {
            set.events << e;
            for (const QUuid &id : e.sourceIds)
                usedSources.insert(id);
        }
    for (const Observation &o : project.all<Observation>())
        if ((allSites || filter.siteIds.contains(o.siteId)) && w.shows(o.time)) set.observations << o;
    for (const Judgment &j : project.all<Judgment>())
        if ((allSites || touches(j.siteIds, filter.siteIds)) && w.shows(j.time)) set.judgments << j;
    const bool everything = allSites && w.isOpen();
    for (const Source &s : project.all<Source>())
        if (everything || usedSources.contains(s.meta.id)) set.sources << s;
    set.links = project.all<Link>();
    return set;
}

} // namespace sightline
