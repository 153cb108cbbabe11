#include "sightline/present/timelineitems.h"

#include "sightline/core/claimgroups.h"
#include "sightline/core/objectkinds.h"
#include "sightline/present/claimwords.h"
#include "sightline/present/quantitywords.h"
#include "sightline/present/recordwords.h"
#include "sightline/store/project.h"

#include <QCoreApplication>

#include <algorithm>

namespace sightline::present {
namespace {

// A claim's quote as a title: its first line, at most 120 characters.
QString quoteTitle(const QString &quote)
{
    QString t = quote.simplified();
    if (t.size() > 120)
        t = t.left(119) + QChar(0x2026);
    return t;
}

} // namespace

Timeline gatherTimeline(const Project &project, const TimelineFilter &filter)
{
    Timeline t;
    const QList<Site> sites = project.all<Site>();
    for (const Site &s : sites)
        t.siteNames.insert(s.meta.id, s.name);
    for (const Source &s : project.all<Source>())
        t.sourceNames.insert(s.meta.id, sourceCitation(s));
    const ClaimWords words(project);

    QList<TimelineItem> all;
    const auto add = [&](TimelineItem item) {
        item.moments = TimeMoments::of(item.time);
        if (!filter.window.shows(item.moments))
            return;
        if (!filter.sites.isEmpty() &&
            std::none_of(item.siteIds.cbegin(), item.siteIds.cend(), [&](const QUuid &id) { return filter.sites.contains(id); }))
            return;
        all << std::move(item);
    };
    for (const Event &e : project.all<Event>()) {
        TimelineItem i;
        i.kind = TimelineItem::Kind::Event;
        i.id = e.meta.id;
        i.title = e.title;
        i.time = e.time;
        i.siteIds = e.siteIds;
        i.sourceId = e.sourceIds.value(0);
        add(i);
    }
    const QList<Claim> claims = project.all<Claim>();
    QHash<QUuid, const Claim *> claimById;
    for (const Claim &c : claims) {
        claimById.insert(c.meta.id, &c);
        TimelineItem i;
        i.kind = TimelineItem::Kind::Claim;
        i.id = c.meta.id;
        i.title = quoteTitle(c.quote);
        i.time = c.time;
        i.siteIds = c.siteIds;
        i.sourceId = c.sourceId;
        i.grade = words.grade(c);
        i.figure = quantityText(c.quantity);
        add(i);
    }
    for (const Observation &o : project.all<Observation>()) {
        TimelineItem i;
        i.kind = TimelineItem::Kind::Observation;
        i.id = o.meta.id;
        i.figure = quantityText(o.count);
        const QString kind = o.objectKind;
        i.title = QCoreApplication::translate("Timeline", "%1 at %2")
                      .arg(i.figure.isEmpty() ? kind : i.figure, t.siteNames.value(o.siteId));
        i.time = o.time;
        if (!o.siteId.isNull())
            i.siteIds = {o.siteId};
        i.counted = !o.sceneId.isNull();
        if (const Claim *c = claimById.value(o.claimId)) {
            i.reported = true;
            i.sourceId = c->sourceId;
            i.grade = words.grade(*c);
        }
        add(i);
    }
    for (const ImageryScene &s : project.all<ImageryScene>()) {
        TimelineItem i;
        i.kind = TimelineItem::Kind::Scene;
        i.id = s.meta.id;
        i.title = sceneLabel(s);
        i.time = s.acquired;
        for (const Site &site : sites)
            if (footprintContains(s, site.location))
                i.siteIds << site.meta.id;
        add(i);
    }
    for (const Judgment &j : project.all<Judgment>()) {
        TimelineItem i;
        i.kind = TimelineItem::Kind::Judgment;
        i.id = j.meta.id;
        i.title = j.statement;
        i.time = j.time;
        i.siteIds = j.siteIds;
        add(i);
    }
    sortTimeline(all);
    t.items = std::move(all);

    // Count series by site and object kind: the observations with a figure, as the series view draws them.
    const QList<Observation> observations = project.all<Observation>();
    QHash<QUuid, QStringList> kindsOf;
    for (const Observation &o : observations)
        if (!o.siteId.isNull() && !o.objectKind.isEmpty() && !kindsOf[o.siteId].contains(o.objectKind) &&
            (filter.sites.isEmpty() || filter.sites.contains(o.siteId)))
            kindsOf[o.siteId] << o.objectKind;
    const QList<ObjectKind> vocabulary = objectKindVocabulary(project.objectKinds());
    for (auto it = kindsOf.cbegin(); it != kindsOf.cend(); ++it) {
        QStringList kinds = it.value();
        kinds.sort();
        for (const QString &kind : std::as_const(kinds)) {
            CountSeries series = buildCountSeries(observations, it.key(), kind, filter.window);
            if (std::none_of(series.points.cbegin(), series.points.cend(),
                             [](const SeriesPoint &p) { return seriesValue(p).has_value(); }))
                continue;
            t.series[it.key()] << series;
            if (const auto known = findObjectKind(vocabulary, kind))
                t.objectKindNames.insert(kind, known->name);
        }
    }

    QHash<QUuid, qsizetype> claimIndex;
    QList<Claim> shownClaims;
    for (qsizetype n = 0; n < t.items.size(); ++n)
        if (t.items[n].kind == TimelineItem::Kind::Claim) {
            claimIndex.insert(t.items[n].id, n);
            shownClaims << *claimById.value(t.items[n].id);
        }
    for (const ClaimConflict &c : findContradictions(shownClaims, project.all<Link>()))
        t.conflicts << TimelineConflict{claimIndex.value(c.first.meta.id), claimIndex.value(c.second.meta.id)};
    return t;
}

} // namespace sightline::present
