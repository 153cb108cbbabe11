#include "sightline/store/selectionrelations.h"

#include "sightline/core/linkedrecords.h"
#include "sightline/store/project.h"

namespace sightline::store {

namespace {
GeoPoint centreOf(const Geometry &g)
{
    const GeoBounds b = g.bounds();
    return {(b.minLon + b.maxLon) / 2, (b.minLat + b.maxLat) / 2};
}

template <typename T>
void addPlace(const Project &project, const QUuid &id, QList<GeoPoint> &out, Geometry T::*where)
{
    if (const auto r = project.find<T>(id); r && !((*r).*where).isEmpty())
        out << centreOf((*r).*where);
}

QSet<QUuid> idsOf(const QList<RecordRef> &selection, RecordType type)
{
    QSet<QUuid> out;
    for (const RecordRef &r : selection)
        if (r.type == type)
            out.insert(r.id);
    return out;
}
} // namespace

QList<GeoPoint> placesOf(const Project &project, const QList<RecordRef> &records)
{
    QList<GeoPoint> out;
    for (const RecordRef &r : records) {
        switch (r.type) {
        case RecordType::Claim: addPlace(project, r.id, out, &Claim::location); break;
        case RecordType::Event: addPlace(project, r.id, out, &Event::location); break;
        case RecordType::Annotation: addPlace(project, r.id, out, &Annotation::geometry); break;
        case RecordType::Scene: addPlace(project, r.id, out, &ImageryScene::footprint); break;
        default: break;
        }
    }
    return out;
}

SelectionRelations relationsOf(const Project &project, const QList<RecordRef> &selection)
{
    SelectionRelations out;
    if (selection.isEmpty())
        return out;
    const QSet<QUuid> sites = idsOf(selection, RecordType::Site);
    const QSet<QUuid> claims = idsOf(selection, RecordType::Claim);
    const QSet<QUuid> scenes = idsOf(selection, RecordType::Scene);
    out.sites = sites;
    out.claims = claims;
    if (!sites.isEmpty() || !claims.isEmpty()) {
        for (const Claim &c : project.all<Claim>()) {
            if (claims.contains(c.meta.id))
                out.sites.unite(QSet<QUuid>(c.siteIds.begin(), c.siteIds.end()));
            if (std::any_of(c.siteIds.begin(), c.siteIds.end(), [&](const QUuid &id) { return sites.contains(id); }))
                out.claims.insert(c.meta.id);
        }
    }
    if (!scenes.isEmpty() || !claims.isEmpty()) {
        const QList<Link> links = project.all<Link>();
        out.claims.unite(linkedRecords(links, scenes, RecordType::Claim));
        QSet<QUuid> outlined = scenes;
        outlined.unite(linkedRecords(links, claims, RecordType::Scene));
        for (const QUuid &id : std::as_const(outlined))
            if (const auto scene = project.find<ImageryScene>(id); scene && !scene->footprint.isEmpty())
                out.footprints << scene->footprint;
    }
    for (const QUuid &id : std::as_const(out.sites))
        if (const auto site = project.find<Site>(id))
            out.places << site->location;
    out.places += placesOf(project, selection);
    return out;
}

} // namespace sightline::store
