// Counted observations: one per scene × site × object kind, summing the counts of the annotations
// drawn there, written in the transaction of the annotation edit that changes them, so that every
// writer (the window's commands and their undo, the command line, imports) keeps them in step.
#include "sightline/store/project.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema.h"
#include "sightline/store/schema_counts.h"
#include "sightline/store/sqlite.h"

namespace sightline {

using namespace store;

namespace {

// What the annotations of one key add up to.
struct Tally
{
    qint64 annotations = 0;
    double count = 0;
};

Tally tallyOf(sql::Database &db, const QUuid &sceneId, const QUuid &siteId, const QString &kind)
{
    auto s = db.prepare(QStringLiteral("SELECT count(*), coalesce(sum(coalesce(object_count, 1)), 0) FROM annotations "
                                       "WHERE scene_uuid = ?1 AND site_uuid = ?2 AND object_kind = ?3"));
    s.bind(1, uuidText(sceneId)).bind(2, uuidText(siteId)).bind(3, kind);
    Tally t;
    if (s.next()) {
        t.annotations = s.int64(0);
        t.count = s.real(1);
    }
    return t;
}

// Counted observations are those from a scene and no claim.
const QString kCountedWhere = QStringLiteral("scene_uuid IS NOT NULL AND scene_uuid <> '' AND "
                                             "(claim_uuid IS NULL OR claim_uuid = '')");

} // namespace

std::optional<Project::CountKey> Project::storedCountKey(const QUuid &annotationId) const
{
    auto s = m_db->prepare(QStringLiteral("SELECT scene_uuid, site_uuid, object_kind FROM annotations WHERE uuid = ?"));
    s.bind(1, uuidText(annotationId));
    if (!s.next())
        return std::nullopt;
    RowReader r(s);
    CountKey key;
    key.sceneId = r.uuid();
    key.siteId = r.uuid();
    key.objectKind = r.text();
    return key;
}

void Project::takeSceneTime(Annotation &annotation) const
{
    if (annotation.sceneId.isNull())
        return;
    auto s = m_db->prepare(QStringLiteral("SELECT acquired_text, acquired_start, acquired_end, acquired_precision "
                                          "FROM scenes WHERE uuid = ?"));
    s.bind(1, uuidText(annotation.sceneId));
    if (s.next()) // a missing scene is refused by the save's reference check
        annotation.time = RowReader(s).time();
}

void Project::rollUpCount(const CountKey &key)
{
    if (!key.isComplete())
        return;
    const Tally tally = tallyOf(*m_db, key.sceneId, key.siteId, key.objectKind);
    QList<QUuid> existing;
    {
        auto s = m_db->prepare(QStringLiteral("SELECT uuid FROM observations WHERE scene_uuid = ?1 AND site_uuid = ?2 "
                                              "AND object_kind = ?3 AND %1 ORDER BY uuid")
                                   .arg(kCountedWhere));
        s.bind(1, uuidText(key.sceneId)).bind(2, uuidText(key.siteId)).bind(3, key.objectKind);
        while (s.next())
            existing.append(QUuid::fromString(s.text(0)));
    }
    // One observation per key: a second one (from a merge, say) goes, so that nothing counts twice;
    // the one kept does not depend on which copy was merged into which.
    for (qsizetype i = tally.count > 0 ? 1 : 0; i < existing.size(); ++i)
        remove<Observation>(existing[i]);
    if (tally.count <= 0)
        return;

    Observation o;
    if (!existing.isEmpty())
        if (auto stored = find<Observation>(existing.first()))
            o = *stored;
    const Observation before = o;
    o.siteId = key.siteId;
    o.objectKind = key.objectKind;
    o.sceneId = key.sceneId;
    o.claimId = QUuid();
    Quantity count;
    count.value = tally.count;
    count.objectKind = key.objectKind;
    count.measure = Measure::Count;
    count.unit = o.count.unit.isEmpty() ? countUnitOf(key.objectKind) : o.count.unit; // kept once named
    o.count = count;
    auto scene = m_db->prepare(QStringLiteral("SELECT acquired_text, acquired_start, acquired_end, "
                                              "acquired_precision FROM scenes WHERE uuid = ?"));
    scene.bind(1, uuidText(key.sceneId));
    if (scene.next())
        o.time = RowReader(scene).time();
    if (!existing.isEmpty() && o == before)
        return; // already in step: no new revision
    save(o);
}

void Project::followSceneTime(const QUuid &sceneId)
{
    QList<QUuid> stale;
    QList<CountKey> keys;
    {
        auto s = m_db->prepare(QStringLiteral("SELECT uuid, site_uuid, object_kind FROM annotations WHERE scene_uuid = ?"));
        s.bind(1, uuidText(sceneId));
        while (s.next()) {
            stale.append(QUuid::fromString(s.text(0)));
            const CountKey key{sceneId, QUuid::fromString(s.text(1)), s.text(2)};
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    for (const QUuid &id : std::as_const(stale)) {
        auto a = find<Annotation>(id);
        if (!a)
            continue;
        const TimeSpan was = a->time;
        takeSceneTime(*a);
        if (a->time != was)
            save(*a); // also rolls its count up with the new time
    }
    // Observations whose annotations already had the scene's time (an edit undone half-way elsewhere).
    for (const CountKey &key : std::as_const(keys))
        rollUpCount(key);
}

void Project::rollUpAllCounts()
{
    requireWritable();
    QList<CountKey> keys;
    {
        auto s = m_db->prepare(QStringLiteral("SELECT DISTINCT scene_uuid, site_uuid, object_kind FROM annotations"));
        while (s.next()) {
            RowReader r(s);
            CountKey key;
            key.sceneId = r.uuid();
            key.siteId = r.uuid();
            key.objectKind = r.text();
            if (key.isComplete())
                keys.append(key);
        }
    }
    if (keys.isEmpty())
        return;
    Batch batch(*this);
    for (const CountKey &key : std::as_const(keys))
        rollUpCount(key);
    batch.commit();
}

QStringList Project::countProblems() const
{
    QStringList out;
    if (m_fileSchema < kCountsSchemaVersion)
        return out; // counting came with schema 6: older files have annotations without observations
    struct Group
    {
        Tally tally;
        QList<std::pair<QUuid, std::optional<double>>> observations;
    };
    QHash<QString, Group> groups;
    QList<QString> order;
    auto keyText = [](const QString &scene, const QString &site, const QString &kind) {
        return scene + u'|' + site + u'|' + kind;
    };
    {
        auto s = m_db->prepare(QStringLiteral(
            "SELECT scene_uuid, site_uuid, object_kind, count(*), sum(coalesce(object_count, 1)) FROM annotations "
            "WHERE scene_uuid IS NOT NULL AND scene_uuid <> '' AND site_uuid IS NOT NULL AND site_uuid <> '' AND "
            "object_kind IS NOT NULL AND object_kind <> '' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
        while (s.next()) {
            const QString k = keyText(s.text(0), s.text(1), s.text(2));
            order.append(k);
            groups[k].tally = {s.int64(3), s.real(4)};
        }
    }
    {
        auto s = m_db->prepare(QStringLiteral("SELECT scene_uuid, site_uuid, coalesce(object_kind, ''), uuid, q_value "
                                              "FROM observations WHERE %1 ORDER BY fid")
                                   .arg(kCountedWhere));
        while (s.next()) {
            const QString k = keyText(s.text(0), s.text(1), s.text(2));
            if (!groups.contains(k))
                order.append(k);
            groups[k].observations.append({QUuid::fromString(s.text(3)), s.optReal(4)});
        }
    }
    for (const QString &k : std::as_const(order)) {
        const Group &g = groups[k];
        const QStringList parts = k.split(u'|');
        const QString where = QStringLiteral("%1 on scene %2 at site %3").arg(parts[2], parts[0], parts[1]);
        if (g.observations.isEmpty()) {
            out << QStringLiteral("%1 annotations of %2 count %3, but no counted observation says so")
                       .arg(g.tally.annotations)
                       .arg(where)
                       .arg(g.tally.count);
            continue;
        }
        if (g.observations.size() > 1)
            out << QStringLiteral("%1 counted observations of %2, where there should be one")
                       .arg(g.observations.size())
                       .arg(where);
        for (const auto &[id, value] : g.observations) {
            if (g.tally.annotations == 0)
                out << QStringLiteral("observation %1 counts %2 with no annotations there").arg(uuidText(id), where);
            else if (!value || *value != g.tally.count)
                out << QStringLiteral("observation %1 counts %2 of %3, but its annotations count %4")
                           .arg(uuidText(id), value ? QString::number(*value) : QStringLiteral("nothing"), where)
                           .arg(g.tally.count);
        }
    }
    return out;
}

} // namespace sightline
