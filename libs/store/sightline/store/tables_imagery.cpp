// Table mappings of imagery, counts, events and links.
#include "sightline/store/recordtable.h"
#include "sightline/store/schema_counts.h"

namespace sightline::store {

using G = gpkg::GeometryType;

namespace {
void addIfSet(QList<Reference> &refs, RecordType type, const QUuid &id, const char *role)
{
    if (!id.isNull())
        refs.append({type, id, QString::fromLatin1(role)});
}
} // namespace

const TableSpec &RecordTable<ImageryScene>::spec()
{
    static const TableSpec s{
        RecordType::Scene,
        QStringLiteral("scenes"),
        QStringLiteral("Imagery footprints"),
        QStringLiteral("Satellite and aerial scenes: file, footprint, acquisition time, licence"),
        QStringList{QStringLiteral("file_path TEXT"), QStringLiteral("embedded BOOLEAN NOT NULL"),
                    QStringLiteral("sha256 TEXT"), QStringLiteral("resolution_m DOUBLE"), QStringLiteral("crs TEXT"),
                    QStringLiteral("width INTEGER"), QStringLiteral("height INTEGER"),
                    QStringLiteral("band_count INTEGER"), QStringLiteral("provider TEXT"),
                    QStringLiteral("provider_scene_id TEXT")} +
            timeColumns(QStringLiteral("acquired")) +
            QStringList{QStringLiteral("sensor TEXT"), QStringLiteral("off_nadir_deg DOUBLE"),
                        QStringLiteral("cloud_percent DOUBLE"), QStringLiteral("licence TEXT"),
                        QStringLiteral("notes TEXT")},
        G::Polygon,
        {},
        {{kCountsSchemaVersion, QStringLiteral("licence_terms TEXT")}}};
    return s;
}

void RecordTable<ImageryScene>::write(RowWriter &w, const ImageryScene &r)
{
    w << r.filePath << r.embedded << QString::fromLatin1(r.sha256) << r.resolutionMeters << r.crs << r.width
      << r.height << r.bandCount << r.provider << r.providerSceneId << r.acquired << r.sensor << r.offNadirDegrees
      << r.cloudPercent << r.licence << r.notes << toKey(r.licenceTerms) << r.footprint;
}

ImageryScene RecordTable<ImageryScene>::read(RowReader &r)
{
    ImageryScene s;
    s.filePath = r.text();
    s.embedded = r.boolean();
    s.sha256 = r.text().toLatin1();
    s.resolutionMeters = r.real();
    s.crs = r.text();
    s.width = static_cast<int>(r.int64());
    s.height = static_cast<int>(r.int64());
    s.bandCount = static_cast<int>(r.int64());
    s.provider = r.text();
    s.providerSceneId = r.text();
    s.acquired = r.time();
    s.sensor = r.text();
    s.offNadirDegrees = r.optReal();
    s.cloudPercent = r.optReal();
    s.licence = r.text();
    s.notes = r.text();
    s.licenceTerms = fromKey<LicenceTerms>(r.text()).value_or(LicenceTerms::Unstated);
    s.footprint = r.geometry();
    return s;
}

QString RecordTable<ImageryScene>::summary(const ImageryScene &r) { return r.filePath; }
QList<Reference> RecordTable<ImageryScene>::references(const ImageryScene &) { return {}; }

const TableSpec &RecordTable<Annotation>::spec()
{
    static const TableSpec s{RecordType::Annotation,
                             QStringLiteral("annotations"),
                             QStringLiteral("Annotations"),
                             QStringLiteral("Objects marked on imagery: railcars, containers, vessels"),
                             QStringList{QStringLiteral("scene_uuid TEXT"), QStringLiteral("site_uuid TEXT"),
                                         QStringLiteral("object_kind TEXT"), QStringLiteral("label TEXT")} +
                                 timeColumns() + QStringList{QStringLiteral("notes TEXT")},
                             G::Geometry,
                             {QStringLiteral("scene_uuid")},
                             {{kCountsSchemaVersion, QStringLiteral("shape TEXT")},
                              {kCountsSchemaVersion, QStringLiteral("object_count INTEGER")},
                              {kCountsSchemaVersion, QStringLiteral("confidence TEXT")}}};
    return s;
}

void RecordTable<Annotation>::write(RowWriter &w, const Annotation &r)
{
    w << r.sceneId << r.siteId << r.objectKind << r.label << r.time << r.notes << toKey(r.shape) << r.count
      << toKey(r.confidence) << r.geometry;
}

Annotation RecordTable<Annotation>::read(RowReader &r)
{
    Annotation a;
    a.sceneId = r.uuid();
    a.siteId = r.uuid();
    a.objectKind = r.text();
    a.label = r.text();
    a.time = r.time();
    a.notes = r.text();
    // Written before schema 6: a mark of one object, as every annotation then was.
    a.shape = fromKey<AnnotationShape>(r.text()).value_or(AnnotationShape::Point);
    a.count = static_cast<int>(r.optReal().value_or(1));
    a.confidence = fromKey<Confidence>(r.text()).value_or(Confidence::High);
    a.geometry = r.geometry();
    return a;
}

QString RecordTable<Annotation>::summary(const Annotation &r) { return r.objectKind; }

QList<Reference> RecordTable<Annotation>::references(const Annotation &r)
{
    QList<Reference> refs;
    addIfSet(refs, RecordType::Scene, r.sceneId, "scene");
    addIfSet(refs, RecordType::Site, r.siteId, "site");
    return refs;
}

const TableSpec &RecordTable<Observation>::spec()
{
    static const TableSpec s{RecordType::Observation,
                             QStringLiteral("observations"),
                             QStringLiteral("Observations"),
                             QStringLiteral("Counts of objects at sites over time, from imagery or claims"),
                             QStringList{QStringLiteral("site_uuid TEXT NOT NULL"), QStringLiteral("object_kind TEXT")} +
                                 quantityColumns() + timeColumns() +
                                 QStringList{QStringLiteral("scene_uuid TEXT"), QStringLiteral("claim_uuid TEXT"),
                                             QStringLiteral("notes TEXT")},
                             std::nullopt,
                             {QStringLiteral("site_uuid")},
                             {{kCountsSchemaVersion, QStringLiteral("q_measure TEXT")}}};
    return s;
}

void RecordTable<Observation>::write(RowWriter &w, const Observation &r)
{
    w << r.siteId << r.objectKind << r.count << r.time << r.sceneId << r.claimId << r.notes << toKey(r.count.measure);
}

Observation RecordTable<Observation>::read(RowReader &r)
{
    Observation o;
    o.siteId = r.uuid();
    o.objectKind = r.text();
    o.count = r.quantity();
    o.time = r.time();
    o.sceneId = r.uuid();
    o.claimId = r.uuid();
    o.notes = r.text();
    o.count.measure = fromKey<Measure>(r.text()).value_or(Measure::Unstated);
    return o;
}

QString RecordTable<Observation>::summary(const Observation &r) { return r.count.toDisplayString(); }

QList<Reference> RecordTable<Observation>::references(const Observation &r)
{
    QList<Reference> refs{{RecordType::Site, r.siteId, QStringLiteral("site")}};
    addIfSet(refs, RecordType::Scene, r.sceneId, "scene");
    addIfSet(refs, RecordType::Claim, r.claimId, "claim");
    return refs;
}

const TableSpec &RecordTable<Event>::spec()
{
    static const TableSpec s{RecordType::Event,
                             QStringLiteral("events"),
                             QStringLiteral("Events"),
                             QStringLiteral("Summits, treaties, strikes: what happened, when and where"),
                             QStringList{QStringLiteral("title TEXT NOT NULL")} + timeColumns() +
                                 QStringList{QStringLiteral("location_note TEXT"), QStringLiteral("site_uuids TEXT"),
                                             QStringLiteral("source_uuids TEXT"), QStringLiteral("notes TEXT")},
                             G::Point,
                             {}};
    return s;
}

void RecordTable<Event>::write(RowWriter &w, const Event &r)
{
    w << r.title << r.time << r.locationNote << r.siteIds << r.sourceIds << r.notes << r.location;
}

Event RecordTable<Event>::read(RowReader &r)
{
    Event e;
    e.title = r.text();
    e.time = r.time();
    e.locationNote = r.text();
    e.siteIds = r.uuidList();
    e.sourceIds = r.uuidList();
    e.notes = r.text();
    e.location = r.geometry();
    return e;
}

QString RecordTable<Event>::summary(const Event &r) { return r.title; }

QList<Reference> RecordTable<Event>::references(const Event &r)
{
    QList<Reference> refs;
    for (const auto &id : r.siteIds)
        refs.append({RecordType::Site, id, QStringLiteral("site")});
    for (const auto &id : r.sourceIds)
        refs.append({RecordType::Source, id, QStringLiteral("source")});
    return refs;
}

const TableSpec &RecordTable<Link>::spec()
{
    static const TableSpec s{RecordType::Link,
                             QStringLiteral("links"),
                             QStringLiteral("Links"),
                             QStringLiteral("Relations between records: corroborates, contradicts, depicts ..."),
                             {QStringLiteral("from_type TEXT NOT NULL"), QStringLiteral("from_uuid TEXT NOT NULL"),
                              QStringLiteral("to_type TEXT NOT NULL"), QStringLiteral("to_uuid TEXT NOT NULL"),
                              QStringLiteral("relation TEXT NOT NULL"), QStringLiteral("note TEXT")},
                             std::nullopt,
                             {QStringLiteral("from_uuid"), QStringLiteral("to_uuid")}};
    return s;
}

void RecordTable<Link>::write(RowWriter &w, const Link &r)
{
    w << toKey(r.from.type) << r.from.id << toKey(r.to.type) << r.to.id << toKey(r.relation) << r.note;
}

Link RecordTable<Link>::read(RowReader &r)
{
    Link l;
    l.from.type = fromKey<RecordType>(r.text()).value_or(RecordType::Claim);
    l.from.id = r.uuid();
    l.to.type = fromKey<RecordType>(r.text()).value_or(RecordType::Claim);
    l.to.id = r.uuid();
    l.relation = fromKey<LinkRelation>(r.text()).value_or(LinkRelation::RefersTo);
    l.note = r.text();
    return l;
}

QString RecordTable<Link>::summary(const Link &r) { return toKey(r.relation); }

QList<Reference> RecordTable<Link>::references(const Link &r)
{
    return {{r.from.type, r.from.id, QStringLiteral("linked record")},
            {r.to.type, r.to.id, QStringLiteral("linked record")}};
}

QList<const TableSpec *> allTableSpecs()
{
    return {&RecordTable<Site>::spec(),        &RecordTable<Source>::spec(),      &RecordTable<Capture>::spec(),
            &RecordTable<Claim>::spec(),       &RecordTable<ImageryScene>::spec(), &RecordTable<Annotation>::spec(),
            &RecordTable<Observation>::spec(), &RecordTable<Event>::spec(),       &RecordTable<Link>::spec(),
            &RecordTable<Bookmark>::spec(),    &RecordTable<Judgment>::spec()};
}

const TableSpec &specFor(RecordType type)
{
    for (const auto *s : allTableSpecs())
        if (s->type == type)
            return *s;
    Q_UNREACHABLE();
}

} // namespace sightline::store
