#include "sightline/merge/side.h"

#include "sightline/store/recordtable.h"
#include "sightline/store/schema.h"

namespace sightline::merge {

using namespace store;

namespace {

const QString kOutsideAuthor = QStringLiteral("outside Sightline");

} // namespace

Side Side::load(const QString &path, QTemporaryDir &work, const QString &name, const QString &author)
{
    Side side = open(path, work, name, author);
    side.read();
    return side;
}

Side Side::open(const QString &path, QTemporaryDir &work, const QString &name, const QString &author)
{
    Side side;
    side.path = path;
    side.project = Project::open(path, author, Project::Access::ReadOnly);
    if (side.project->schemaVersion() < kSchemaVersion) {
        const QString copy = work.filePath(name);
        side.project->saveCopyAs(copy);
        side.project = Project::open(copy, author);
    }
    return side;
}

const QList<std::pair<QString, QString>> &Side::logTables()
{
    static const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("change_log"), QStringLiteral("entry_uuid")},
        {QStringLiteral("custody_log"), QStringLiteral("entry_uuid")},
        {QStringLiteral("source_grades"), QStringLiteral("entry_uuid")},
        {QStringLiteral("review_flags"), QStringLiteral("entry_uuid")},
        {QStringLiteral("merge_conflicts"), QStringLiteral("conflict_uuid")}};
    return tables;
}

void Side::read()
{
    Side &side = *this;
    sql::Database &db = side.project->database();
    for (const auto &[table, idColumn] : logTables()) {
        const QString open = table == QLatin1String("review_flags") ? QStringLiteral("cleared_utc IS NULL")
                             : table == QLatin1String("merge_conflicts")
                                 ? QStringLiteral("resolved_utc IS NULL")
                                 : QStringLiteral("0");
        QList<LogRow> &rows = side.logs[table];
        auto s =
            db.prepare(QStringLiteral("SELECT fid, %1, %2 FROM %3 ORDER BY fid").arg(idColumn, open, table));
        while (s.next())
            rows.append({s.int64(0), s.blob(1), s.int64(2) != 0});
    }
    // Content is read when a merge needs a shared version's fields, not for every version.
    for (HistoryEntry &e : readHistory(db, {}, {}, false)) {
        side.entryIds.insert(e.entryId);
        side.history[e.recordId].append(std::move(e));
    }
    for (const TableSpec *spec : allTableSpecs()) {
        auto &now = side.current[spec->table];
        now = readStates(db, *spec);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            QList<HistoryEntry> &h = side.history[it.key()];
            if (!h.isEmpty() && !h.last().isDelete() && h.last().hash == it->hash) continue;
            const QUuid previous = h.isEmpty() ? QUuid() : h.last().entryId;
            const RecordContent whole = *readContent(db, *spec, it.key());
            HistoryEntry e = historyEntry(spec->table, whole, QStringLiteral("outside"), kOutsideAuthor,
                                          it->meta.modifiedUtc, outsideEntryId(it.key(), previous, it->hash));
            side.entryIds.insert(e.entryId);
            side.virtualEntries.append(e);
            h.append(std::move(e));
        }
    }
    // Rows removed by another program.
    for (auto it = side.history.begin(); it != side.history.end(); ++it) {
        const HistoryEntry &last = it->last();
        if (last.isDelete() || side.current.value(last.table).contains(it.key())) continue;
        RecordContent gone;
        gone.meta.id = it.key();
        gone.meta.revision = last.revision + 1;
        HistoryEntry e = historyEntry(last.table, gone, QStringLiteral("delete"), kOutsideAuthor, nowUtc(),
                                      outsideEntryId(it.key(), last.entryId, {}));
        side.entryIds.insert(e.entryId);
        side.virtualEntries.append(e);
        it->append(std::move(e));
    }
}

QByteArray Side::versionContent(const HistoryEntry &entry) const
{
    if (!entry.content.isEmpty() || entry.isDelete()) return entry.content;
    return historyContent(project->database(), entry.entryId);
}

const RecordContent *Side::content(const QString &table, const QUuid &id) const
{
    if (!has(table, id)) return nullptr;
    const auto known = m_read.find(id);
    if (known != m_read.end()) return &known->second;
    for (const TableSpec *spec : allTableSpecs())
        if (spec->table == table)
            if (auto c = readContent(project->database(), *spec, id))
                return &m_read.emplace(id, std::move(*c)).first->second;
    return nullptr;
}

} // namespace sightline::merge
