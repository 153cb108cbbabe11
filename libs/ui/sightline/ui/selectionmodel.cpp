#include "sightline/ui/selectionmodel.h"

#include "sightline/store/project.h"

namespace sightline::ui {

SelectionModel::SelectionModel(QObject *parent) : QObject(parent) {}

void SelectionModel::select(const QList<RecordRef> &records)
{
    if (records == m_selected)
        return; // views that follow the selection and set it again do not loop
    m_selected = records;
    emit changed();
}

QList<QUuid> SelectionModel::selectedOfType(RecordType type) const
{
    QList<QUuid> out;
    for (const RecordRef &r : m_selected)
        if (r.type == type)
            out << r.id;
    return out;
}

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

} // namespace sightline::ui
