#include "sightline/merge/conflicts.h"

#include "sightline/merge/mergeio.h"
#include "sightline/store/history.h"
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/sqlite.h"

namespace sightline::merge {

using namespace store;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT conflict_uuid, kind, record_table, record_uuid, field, ancestor, mine, theirs, mine_author, "
    "mine_utc, "
    "theirs_author, theirs_utc, detail, merged_utc, merged_by, resolved_utc, resolved_by, resolution "
    "FROM merge_conflicts");

Conflict readConflict(const sql::Statement &s)
{
    RowReader r(s);
    Conflict c;
    c.id = r.uuid();
    c.kind = r.text();
    c.table = r.text();
    c.recordId = r.uuid();
    c.field = r.text();
    c.ancestor = jsonFromText(r.text());
    c.mine = jsonFromText(r.text());
    c.theirs = jsonFromText(r.text());
    c.mineAuthor = r.text();
    c.mineUtc = r.dateTime();
    c.theirsAuthor = r.text();
    c.theirsUtc = r.dateTime();
    c.detail = r.text();
    c.mergedUtc = r.dateTime();
    c.mergedBy = r.text();
    c.resolvedUtc = r.dateTime();
    c.resolvedBy = r.text();
    c.resolution = r.text();
    return c;
}

// Puts the record in the state value gives (a field's value, or the whole content; null content
// removes it) and writes the version to its history, with a change log entry.
void applyValue(Project &project, const Conflict &c, const QJsonValue &value, const QString &why)
{
    sql::Database &db = project.database();
    const TableSpec *spec = specForTable(c.table);
    if (!spec)
        throw StoreError(
            StoreError::Kind::Invalid, project.path(),
            QStringLiteral("conflict %1 names an unknown table %2").arg(uuidText(c.id), c.table));
    auto current = readContent(db, *spec, c.recordId);
    RecordContent next;
    if (c.field.isEmpty()) {
        if (!value.isObject()) {
            if (current) {
                deleteRecordRow(db, *spec, c.recordId);
                RecordContent gone;
                gone.meta = current->meta;
                gone.meta.touch(project.author());
                appendHistory(db, historyEntry(spec->table, gone, QStringLiteral("delete"), project.author(),
                                               gone.meta.modifiedUtc));
                logChange(db, QStringLiteral("delete"), *spec, gone.meta, project.author(), why);
            }
            return;
        }
        next.fields = value.toObject();
        if (current) next.meta = current->meta;
    } else {
        if (!current)
            throw StoreError(
                StoreError::Kind::Invalid, project.path(),
                QStringLiteral("the record of conflict %1 is no longer in the project").arg(uuidText(c.id)));
        next = *current;
        next.fields.insert(c.field, value);
    }
    const bool isNew = !current;
    if (isNew) {
        next.meta.id = c.recordId;
        next.meta.createdUtc = nowUtc();
        next.meta.author = project.author();
        next.meta.modifiedUtc = next.meta.createdUtc;
        next.meta.revision = 1;
    } else {
        next.meta.touch(project.author());
    }
    next.hash = contentHash(next.fields);
    writeContent(db, *spec, next);
    appendHistory(db, historyEntry(spec->table, next, QStringLiteral("resolved"), project.author(),
                                   next.meta.modifiedUtc));
    logChange(db, isNew ? QStringLiteral("insert") : QStringLiteral("update"), *spec, next.meta,
              project.author(), why);
}

} // namespace

QList<Conflict> conflicts(Project &project, bool unresolvedOnly)
{
    QList<Conflict> out;
    if (!project.database().tableExists(QStringLiteral("merge_conflicts"))) return out;
    auto s = project.database().prepare(
        kSelect + (unresolvedOnly ? QStringLiteral(" WHERE resolved_utc IS NULL") : QString()) +
        QStringLiteral(" ORDER BY fid"));
    while (s.next())
        out.append(readConflict(s));
    return out;
}

std::optional<Conflict> findConflict(Project &project, const QUuid &id)
{
    if (!project.database().tableExists(QStringLiteral("merge_conflicts"))) return std::nullopt;
    auto s = project.database().prepare(kSelect + QStringLiteral(" WHERE conflict_uuid = ?"));
    s.bind(1, uuidText(id));
    if (!s.next()) return std::nullopt;
    return readConflict(s);
}

QJsonValue currentValue(Project &project, const Conflict &c)
{
    const TableSpec *spec = specForTable(c.table);
    if (!spec) return QJsonValue(QJsonValue::Null);
    const auto current = readContent(project.database(), *spec, c.recordId);
    if (!current) return QJsonValue(QJsonValue::Null);
    return c.field.isEmpty() ? QJsonValue(current->fields) : current->fields.value(c.field);
}

void resolveConflict(Project &project, const QUuid &conflictId, Resolution resolution,
                     const QJsonValue &edited)
{
    if (project.isReadOnly())
        throw StoreError(StoreError::Kind::Io, project.path(), QStringLiteral("opened read-only"));
    const auto c = findConflict(project, conflictId);
    if (!c || c->isResolved())
        throw StoreError(StoreError::Kind::Invalid, project.path(),
                         QStringLiteral("no unresolved conflict %1").arg(uuidText(conflictId)));
    const QJsonValue value = resolution == Resolution::KeepMine     ? c->mine
                             : resolution == Resolution::KeepTheirs ? c->theirs
                                                                    : edited;
    const QString how = resolution == Resolution::KeepMine     ? QStringLiteral("mine")
                        : resolution == Resolution::KeepTheirs ? QStringLiteral("theirs")
                                                               : QStringLiteral("edited");
    Project::Batch batch(project);
    applyValue(project, *c, value, QStringLiteral("conflict resolved (%1): %2").arg(how, c->detail));
    auto s =
        project.database().prepare(QStringLiteral("UPDATE merge_conflicts SET resolved_utc = ?, resolved_by "
                                                  "= ?, resolution = ? WHERE conflict_uuid = ?"));
    RowWriter(s) << nowUtc() << project.author() << how << c->id;
    s.run();
    batch.commit();
}

void reopenConflict(Project &project, const QUuid &conflictId, const QJsonValue &valueBefore)
{
    if (project.isReadOnly())
        throw StoreError(StoreError::Kind::Io, project.path(), QStringLiteral("opened read-only"));
    const auto c = findConflict(project, conflictId);
    if (!c || !c->isResolved())
        throw StoreError(StoreError::Kind::Invalid, project.path(),
                         QStringLiteral("no resolved conflict %1").arg(uuidText(conflictId)));
    Project::Batch batch(project);
    applyValue(project, *c, valueBefore, QStringLiteral("conflict reopened: %1").arg(c->detail));
    auto s = project.database().prepare(
        QStringLiteral("UPDATE merge_conflicts SET resolved_utc = NULL, resolved_by = NULL, resolution = "
                       "NULL WHERE conflict_uuid = ?"));
    RowWriter(s) << c->id;
    s.run();
    batch.commit();
}

} // namespace sightline::merge
