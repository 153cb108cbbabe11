#include "sightline/merge/merge.h"

#include "sightline/merge/mergeio.h"
#include "sightline/merge/side.h"
#include "sightline/store/history.h"
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema.h"
#include "sightline/store/schema_evidence.h"
#include "sightline/store/sqlite.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <future>

namespace sightline::merge {

using namespace store;

namespace {

const QUuid kMergeNamespace{QStringLiteral("{0c6f7d52-93a4-4d0e-8b1e-6a7e2c9d5f13}")};

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString shown(const QJsonValue &v)
{
    if (v.isString()) return u'"' + v.toString() + u'"';
    if (v.isNull() || v.isUndefined()) return QStringLiteral("nothing");
    if (v.isObject() && v.toObject().contains(QLatin1String("blob"))) return QStringLiteral("a geometry");
    if (v.isObject()) return QStringLiteral("the record");
    return jsonText(v).mid(1).chopped(1);
}

// The grade a source has on one side and who set it, from that side's grading history.
QString gradeSetter(Project &p, const QUuid &sourceId)
{
    auto s = p.database().prepare(QStringLiteral(
        "SELECT author, at_utc FROM source_grades WHERE source_uuid = ? ORDER BY fid DESC LIMIT 1"));
    s.bind(1, uuidText(sourceId));
    return s.next() ? QStringLiteral("%1 on %2").arg(s.text(0), s.text(1)) : QStringLiteral("unknown");
}

// A row of one table copied between two files with the same schema (column by column).
void copyRow(const sql::Statement &from, sql::Database &to, const QString &table)
{
    QStringList cols, params;
    for (int i = 0; i < from.columnCount(); ++i) {
        if (from.columnName(i) == QLatin1String("fid")) continue;
        cols << from.columnName(i);
        params << QStringLiteral("?");
    }
    auto ins = to.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, cols.join(u','), params.join(u',')));
    int p = 1;
    for (int i = 0; i < from.columnCount(); ++i) {
        if (from.columnName(i) == QLatin1String("fid")) continue;
        switch (from.columnType(i)) {
        case sql::Statement::ColumnType::Integer:
            ins.bind(p++, from.int64(i));
            break;
        case sql::Statement::ColumnType::Real:
            ins.bind(p++, from.real(i));
            break;
        case sql::Statement::ColumnType::Text:
            ins.bind(p++, from.text(i));
            break;
        case sql::Statement::ColumnType::Blob:
            ins.bind(p++, from.blob(i));
            break;
        case sql::Statement::ColumnType::Null:
            ins.bindNull(p++);
            break;
        }
    }
    ins.run();
}

int columnIndex(const sql::Statement &s, const char *name)
{
    for (int i = 0; i < s.columnCount(); ++i)
        if (s.columnName(i) == QLatin1String(name)) return i;
    return -1;
}

class Merger
{
  public:
    Merger(Side &mine, Side &theirs, Side *base, Project &out, const MergeOptions &options,
           MergeReport &report)
        : m_mine(mine), m_theirs(theirs), m_base(base), m_out(out), m_db(out.database()), m_options(options),
          m_report(report), m_known(mine.entryIds)
    {
    }

    void run()
    {
        // The outside edits found in mine become entries of the output, which starts as mine.
        for (const HistoryEntry &e : m_mine.virtualEntries)
            appendHistory(m_db, e);
        QList<QUuid> ids = m_theirs.history.keys();
        std::sort(ids.begin(), ids.end());
        m_report.recordsCompared = m_mine.history.size();
        for (const QUuid &id : ids)
            mergeRecord(id, m_theirs.history.value(id));
        m_report.recordsCompared += ids.size() - m_sharedRecords;
        // The records written, indexed for search a type at a time (one FTS5 flush each).
        for (auto it = m_unindexed.cbegin(); it != m_unindexed.cend(); ++it)
            indexRecords(m_db, it.key(), it.value(), m_reindexed);
        for (const auto &[table, idColumn] : Side::logTables())
            unionLog(table, idColumn);
        for (const Conflict &c : std::as_const(m_report.conflicts))
            storeConflict(c);
        updateExtents();
        // The records gone from the output: those of mine deleted before, and those the merge
        // found deleted on either side.
        for (auto it = m_mine.history.cbegin(); it != m_mine.history.cend(); ++it)
            if (!it->isEmpty() && it->last().isDelete() && !m_theirs.history.contains(it.key()))
                m_deleted.append(it.key());
    }

    // The records the output holds no row of, whose versions' content is to be forgotten.
    const QList<QUuid> &deletedRecords() const { return m_deleted; }

  private:
    enum class State
    {
        Kept,
        Written,
        Deleted
    };

    void mergeRecord(const QUuid &id, const QList<HistoryEntry> &theirs)
    {
        const HistoryEntry &tl = theirs.last();
        const TableSpec *spec = specForTable(tl.table);
        if (!spec) return;
        const auto mineIt = m_mine.history.constFind(id);
        if (mineIt == m_mine.history.cend()) {
            appendMissing(theirs);
            if (!tl.isDelete()) {
                writeTheirs(*spec, id, QStringLiteral("added in theirs"));
            } else {
                m_deleted.append(id);
            }
            return;
        }
        ++m_sharedRecords;
        const QList<HistoryEntry> &mine = *mineIt;
        const HistoryEntry &ml = mine.last();
        if (ml.entryId == tl.entryId) {
            ++m_report.recordsUnchanged;
            if (ml.isDelete()) m_deleted.append(id);
            return;
        }
        const HistoryEntry *base = nullptr;
        for (auto it = mine.crbegin(); it != mine.crend() && !base; ++it)
            if (m_theirs.entryIds.contains(it->entryId)) base = &*it;
        QByteArray finalHash; // empty: the record is gone
        if (base && base->entryId == tl.entryId) {
            finalHash = ml.hash;
            appendMissing(theirs);
            ++m_report.recordsUnchanged;
        } else if (base && base->entryId == ml.entryId) {
            appendMissing(theirs);
            if (tl.isDelete()) {
                deleteRecord(*spec, id, QStringLiteral("deleted in theirs"));
            } else {
                writeTheirs(*spec, id, QStringLiteral("changed in theirs"));
                finalHash = tl.hash;
            }
        } else {
            appendMissing(theirs);
            finalHash = mergeBoth(*spec, id, ml, tl, base);
        }
        if (finalHash.isEmpty()) m_deleted.append(id);
        // The output's last entry of the record must describe what it holds, or the next merge
        // would take the content for an edit made outside Sightline.
        const HistoryEntry &last = m_lastAppended.value(id, ml);
        if (last.hash != finalHash || (finalHash.isEmpty() != last.isDelete())) {
            const QUuid mergedId = mergedEntryId(ml.entryId, tl.entryId);
            if (!m_known.contains(mergedId) && !m_theirs.entryIds.contains(mergedId)) {
                RecordContent c;
                if (!finalHash.isEmpty()) c = *readContent(m_db, *spec, id);
                c.meta.id = id;
                c.meta.revision = std::max(ml.revision, tl.revision) + 1;
                appendHistory(m_db, historyEntry(spec->table, c,
                                                 finalHash.isEmpty() ? QStringLiteral("delete")
                                                                     : QStringLiteral("merged"),
                                                 author(), nowUtc(), mergedId));
                m_known.insert(mergedId);
            }
        }
    }

    static QUuid mergedEntryId(const QUuid &a, const QUuid &b)
    {
        const QString x = uuidText(a), y = uuidText(b);
        return QUuid::createUuidV5(kMergeNamespace,
                                   QStringLiteral("merged/") + std::min(x, y) + u'/' + std::max(x, y));
    }

    QString author() const
    {
        return m_options.author.isEmpty() ? QStringLiteral("unknown analyst") : m_options.author;
    }

    // Both sides changed the record since the version they share (or share none).
    QByteArray mergeBoth(const TableSpec &spec, const QUuid &id, const HistoryEntry &ml,
                         const HistoryEntry &tl, const HistoryEntry *base)
    {
        if (ml.isDelete() && tl.isDelete()) return {};
        const RecordContent *mc = m_mine.content(spec.table, id);
        const RecordContent *tc = m_theirs.content(spec.table, id);
        std::optional<QJsonObject> baseFields;
        const QByteArray baseContent =
            base && !base->isDelete() ? m_mine.versionContent(*base) : QByteArray();
        if (!baseContent.isEmpty())
            baseFields = QJsonDocument::fromJson(baseContent).object();
        else if (!base && m_base)
            if (const RecordContent *bc = m_base->content(spec.table, id)) baseFields = bc->fields;
        Conflict c = conflictFor(spec, id, ml, tl,
                                 baseFields ? QJsonValue(*baseFields) : QJsonValue(QJsonValue::Null));
        if (ml.isDelete() || tl.isDelete()) {
            // Nothing is lost: the edited version stays until someone decides.
            c.kind = ml.isDelete() ? QStringLiteral("delete/edit") : QStringLiteral("edit/delete");
            c.mine = mc ? QJsonValue(mc->fields) : QJsonValue(QJsonValue::Null);
            c.theirs = tc ? QJsonValue(tc->fields) : QJsonValue(QJsonValue::Null);
            c.detail = ml.isDelete()
                           ? QStringLiteral("deleted by %1 in %2, edited by %3 in %4; kept as edited")
                                 .arg(ml.author, fileName(m_mine.path), tl.author, fileName(m_theirs.path))
                           : QStringLiteral("edited by %1 in %2, deleted by %3 in %4; kept as edited")
                                 .arg(ml.author, fileName(m_mine.path), tl.author, fileName(m_theirs.path));
            addConflict(c);
            if (ml.isDelete()) {
                writeTheirs(spec, id, QStringLiteral("conflict: ") + c.kind);
                return tl.hash;
            }
            decide(spec, id, QStringLiteral("conflict"), c.kind);
            return ml.hash;
        }
        if (mc->hash == tc->hash) {
            decide(spec, id, QStringLiteral("same on both sides"), QString());
            return mc->hash;
        }
        const bool theirsLater = tl.atUtc != ml.atUtc ? tl.atUtc > ml.atUtc : tl.hash > ml.hash;
        QJsonObject merged = mc->fields;
        QStringList mergedFields, conflictFields;
        QStringList keys = mc->fields.keys();
        for (const QString &k : tc->fields.keys())
            if (!mc->fields.contains(k)) keys << k;
        for (const QString &k : std::as_const(keys)) {
            const QJsonValue mv = mc->fields.value(k), tv = tc->fields.value(k);
            if (mv == tv) continue;
            if (baseFields && baseFields->value(k) == mv) {
                merged.insert(k, tv);
                mergedFields << k;
                continue;
            }
            if (baseFields && baseFields->value(k) == tv) continue;
            Conflict fc = c;
            fc.field = k;
            fc.id = conflictId(id, k, ml.entryId, tl.entryId);
            fc.ancestor = baseFields ? baseFields->value(k) : QJsonValue(QJsonValue::Null);
            fc.mine = mv;
            fc.theirs = tv;
            const QString mineFile = fileName(m_mine.path), theirsFile = fileName(m_theirs.path);
            if (k == QLatin1String("geom") || k == QLatin1String("aoi")) {
                fc.kind = QStringLiteral("geometry");
                fc.detail = QStringLiteral("moved on both sides: by %1 in %2, by %3 in %4")
                                .arg(ml.author, mineFile, tl.author, theirsFile);
            } else if (spec.type == RecordType::Source && k == QLatin1String("reliability")) {
                fc.kind = QStringLiteral("grade");
                fc.detail = QStringLiteral("source graded %1 by %2 in %3, %4 by %5 in %6")
                                .arg(mv.toString(), gradeSetter(*m_mine.project, id), mineFile, tv.toString(),
                                     gradeSetter(*m_theirs.project, id), theirsFile);
            } else {
                fc.kind = baseFields ? QStringLiteral("edit/edit") : QStringLiteral("add/add");
                fc.detail = QStringLiteral("%1: %2 by %3 in %4, %5 by %6 in %7")
                                .arg(k, shown(mv), ml.author, mineFile, shown(tv), tl.author, theirsFile);
            }
            addConflict(fc);
            conflictFields << k;
            if (theirsLater) merged.insert(k, tv);
        }
        if (merged == mc->fields) {
            decide(spec, id,
                   conflictFields.isEmpty() ? QStringLiteral("kept mine") : QStringLiteral("conflict"),
                   conflictFields.join(QStringLiteral(", ")));
            return mc->hash;
        }
        RecordContent result;
        result.fields = merged;
        result.hash = contentHash(merged);
        result.meta.id = id;
        result.meta.createdUtc = std::min(mc->meta.createdUtc, tc->meta.createdUtc);
        result.meta.modifiedUtc = std::max(mc->meta.modifiedUtc, tc->meta.modifiedUtc);
        result.meta.author = author();
        result.meta.revision = std::max(mc->meta.revision, tc->meta.revision) + 1;
        writeContent(m_db, spec, result, SearchIndexing::ByCaller);
        toIndex(spec.type, id, true);
        logChange(m_db, QStringLiteral("update"), spec, result.meta, author(),
                  QStringLiteral("merged from %1").arg(fileName(m_theirs.path)));
        decide(spec, id,
               conflictFields.isEmpty() ? QStringLiteral("merged fields") : QStringLiteral("conflict"),
               (mergedFields + conflictFields).join(QStringLiteral(", ")));
        return result.hash;
    }

    Conflict conflictFor(const TableSpec &spec, const QUuid &id, const HistoryEntry &ml,
                         const HistoryEntry &tl, const QJsonValue &ancestor) const
    {
        Conflict c;
        c.id = conflictId(id, {}, ml.entryId, tl.entryId);
        c.table = spec.table;
        c.recordId = id;
        c.ancestor = ancestor;
        c.mineAuthor = ml.author;
        c.mineUtc = ml.atUtc;
        c.theirsAuthor = tl.author;
        c.theirsUtc = tl.atUtc;
        c.mergedBy = author();
        c.mergedUtc = nowUtc();
        return c;
    }

    static QUuid conflictId(const QUuid &record, const QString &field, const QUuid &a, const QUuid &b)
    {
        const QString x = uuidText(a), y = uuidText(b);
        return QUuid::createUuidV5(kMergeNamespace,
                                   QStringLiteral("conflict/%1/%2/%3/%4")
                                       .arg(uuidText(record), field, std::min(x, y), std::max(x, y)));
    }

    void addConflict(const Conflict &c)
    {
        m_report.conflicts.append(c);
        m_report.decisions.append(
            {c.table, c.recordId, QStringLiteral("conflict"), c.kind + QStringLiteral(": ") + c.detail});
    }

    void decide(const TableSpec &spec, const QUuid &id, const QString &decision, const QString &detail)
    {
        if (decision != QLatin1String("conflict"))
            m_report.decisions.append({spec.table, id, decision, detail});
    }

    void appendMissing(const QList<HistoryEntry> &theirs)
    {
        for (const HistoryEntry &e : theirs) {
            if (m_known.contains(e.entryId)) continue;
            if (e.content.isEmpty() && !e.isDelete()) {
                HistoryEntry whole = e;
                whole.content = m_theirs.versionContent(e);
                appendHistory(m_db, whole);
            } else {
                appendHistory(m_db, e);
            }
            m_known.insert(e.entryId);
            m_lastAppended.insert(e.recordId, e);
        }
    }

    void toIndex(RecordType type, const QUuid &id, bool hadText)
    {
        if (m_unindexedIds.contains(id)) return;
        m_unindexedIds.insert(id);
        m_unindexed[type].append(id);
        if (hadText) m_reindexed.insert(id);
    }

    void writeTheirs(const TableSpec &spec, const QUuid &id, const QString &decision)
    {
        const RecordContent *c = m_theirs.content(spec.table, id);
        if (!c) return;
        const bool existed = m_mine.has(spec.table, id);
        writeContent(m_db, spec, *c, SearchIndexing::ByCaller);
        toIndex(spec.type, id, existed);
        copyContentChunks(spec, id);
        logChange(m_db, existed ? QStringLiteral("update") : QStringLiteral("insert"), spec, c->meta,
                  author(), QStringLiteral("merged from %1: %2").arg(fileName(m_theirs.path), decision));
        decide(spec, id, QStringLiteral("took theirs"), decision);
    }

    void deleteRecord(const TableSpec &spec, const QUuid &id, const QString &decision)
    {
        const RecordContent *c = m_mine.content(spec.table, id);
        if (!c) return;
        deleteRecordRow(m_db, spec, id);
        logChange(m_db, QStringLiteral("delete"), spec, c->meta, author(),
                  QStringLiteral("merged from %1: %2").arg(fileName(m_theirs.path), decision));
        decide(spec, id, QStringLiteral("deleted"), decision);
    }

    // Captured files and embedded scenes travel by hash: content the output lacks is copied.
    void copyContentChunks(const TableSpec &spec, const QUuid &id)
    {
        const char *table = spec.type == RecordType::Capture ? "capture_chunks"
                            : spec.type == RecordType::Scene ? "scene_chunks"
                                                             : nullptr;
        if (!table) return;
        const QString key =
            spec.type == RecordType::Capture ? QStringLiteral("capture_uuid") : QStringLiteral("scene_uuid");
        const QString t = QLatin1String(table);
        const auto mine = m_mine.content(spec.table, id);
        const auto theirs = m_theirs.content(spec.table, id);
        if (mine && theirs &&
            mine->fields.value(QLatin1String("sha256")) == theirs->fields.value(QLatin1String("sha256")))
            return;
        auto del = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(t, key));
        del.bind(1, uuidText(id));
        del.run();
        auto s = m_theirs.project->database().prepare(
            QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY seq").arg(t, key));
        s.bind(1, uuidText(id));
        while (s.next())
            copyRow(s, m_db, t);
        if (spec.type == RecordType::Capture) {
            // The text extracted from the content goes with it (what search finds in the file).
            auto drop = m_db.prepare(QStringLiteral("DELETE FROM capture_text WHERE capture_uuid = ?"));
            drop.bind(1, uuidText(id));
            drop.run();
            auto text = m_theirs.project->database().prepare(
                QStringLiteral("SELECT * FROM capture_text WHERE capture_uuid = ?"));
            text.bind(1, uuidText(id));
            if (text.next()) copyRow(text, m_db, QStringLiteral("capture_text"));
            auto v = m_theirs.project->database().prepare(
                QStringLiteral("SELECT * FROM capture_versions WHERE capture_uuid = ?"));
            v.bind(1, uuidText(id));
            if (v.next()) {
                auto has =
                    m_db.prepare(QStringLiteral("SELECT 1 FROM capture_versions WHERE capture_uuid = ?"));
                has.bind(1, uuidText(id));
                if (!has.next()) copyRow(v, m_db, QStringLiteral("capture_versions"));
            }
        }
    }

    // Rows of theirs the output lacks, by entry id; a review flag or conflict cleared on their
    // side is cleared in the output too.
    void unionLog(const QString &table, const QString &idColumn)
    {
        // The output's rows are mine's (the rows the merge added have fresh ids of their own).
        const QList<Side::LogRow> &mine = m_mine.logs[table];
        QSet<QByteArray> have;
        QSet<QByteArray> open;
        have.reserve(int(mine.size()) * 2);
        for (const Side::LogRow &r : mine) {
            have.insert(r.id);
            if (r.open) open.insert(r.id);
        }
        // Whole rows of theirs only for the entries the output lacks or closes.
        QList<qint64> missing, closing;
        for (const Side::LogRow &r : std::as_const(m_theirs.logs[table])) {
            if (!have.contains(r.id)) {
                missing.append(r.fid);
                have.insert(r.id);
            } else if (!r.open && open.contains(r.id)) {
                closing.append(r.fid);
            }
        }
        sql::Database &from = m_theirs.project->database();
        auto row = from.prepare(QStringLiteral("SELECT * FROM %1 WHERE fid = ?").arg(table));
        for (const qint64 fid : std::as_const(missing)) {
            row.bind(1, fid);
            if (row.next()) copyRow(row, m_db, table);
            row.run();
        }
        for (const qint64 fid : std::as_const(closing)) {
            row.bind(1, fid);
            if (row.next())
                closeEntry(row, table, idColumn, row.text(columnIndex(row, idColumn.toLatin1().constData())));
            row.run();
        }
        const qint64 added = missing.size();
        if (table != QLatin1String("merge_conflicts")) m_report.logEntriesAdded += added;
        if (added > 0)
            m_report.decisions.append({table,
                                       {},
                                       QStringLiteral("log union"),
                                       QStringLiteral("%1 entries of theirs added").arg(added)});
    }

    void closeEntry(const sql::Statement &s, const QString &table, const QString &idColumn,
                    const QString &entry)
    {
        const QStringList cols =
            table == QLatin1String("review_flags")
                ? QStringList{QStringLiteral("cleared_utc"), QStringLiteral("cleared_by"),
                              QStringLiteral("clear_note")}
                : QStringList{QStringLiteral("resolved_utc"), QStringLiteral("resolved_by"),
                              QStringLiteral("resolution")};
        QStringList sets;
        for (const QString &c : cols)
            sets << c + QStringLiteral(" = ?");
        auto u = m_db.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(table, sets.join(u','), idColumn));
        int p = 1;
        for (const QString &c : cols)
            u.bind(p++, s.text(columnIndex(s, c.toLatin1().constData())));
        u.bind(p, entry);
        u.run();
    }

    void storeConflict(const Conflict &c)
    {
        auto s = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO merge_conflicts (conflict_uuid, kind, record_table, record_uuid, field, "
            "ancestor, "
            "mine, theirs, mine_author, mine_utc, theirs_author, theirs_utc, detail, merged_utc, merged_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        RowWriter(s) << c.id << c.kind << c.table << c.recordId << c.field << jsonText(c.ancestor)
                     << jsonText(c.mine) << jsonText(c.theirs) << c.mineAuthor << c.mineUtc << c.theirsAuthor
                     << c.theirsUtc << c.detail << c.mergedUtc << c.mergedBy;
        s.run();
    }

    void updateExtents()
    {
        for (const TableSpec *spec : allTableSpecs()) {
            if (!spec->geometry) continue;
            const QString rtree = QStringLiteral("rtree_%1_geom").arg(spec->table);
            m_db.exec(QStringLiteral(
                          "UPDATE gpkg_contents SET min_x = (SELECT min(minx) FROM %1), min_y = (SELECT "
                          "min(miny) FROM %1), max_x = (SELECT max(maxx) FROM %1), max_y = (SELECT max(maxy) "
                          "FROM %1) WHERE table_name = '%2' AND EXISTS (SELECT 1 FROM %1)")
                          .arg(rtree, spec->table));
        }
    }

    Side &m_mine;
    Side &m_theirs;
    Side *m_base;
    Project &m_out;
    sql::Database &m_db;
    const MergeOptions &m_options;
    MergeReport &m_report;
    QSet<QUuid> m_known; // entry ids the output's history holds
    QHash<QUuid, HistoryEntry> m_lastAppended;
    QHash<RecordType, QList<QUuid>> m_unindexed; // written, not yet indexed for search (in order)
    QList<QUuid> m_deleted;
    QSet<QUuid> m_unindexedIds;
    QSet<QUuid> m_reindexed; // of those, the ones whose old text goes first
    qint64 m_sharedRecords = 0;
};

void refuse(const QString &file, const QString &problem)
{
    throw StoreError(StoreError::Kind::Invalid, file, problem);
}

} // namespace

MergeReport mergeCopies(const QString &minePath, const QString &theirsPath, const QString &outputPath,
                        const MergeOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    MergeReport report;
    report.mine = minePath;
    report.theirs = theirsPath;
    report.output = outputPath;

    const QFileInfo mineInfo(minePath), theirsInfo(theirsPath), outInfo(outputPath);
    if (mineInfo.exists() && theirsInfo.exists() &&
        mineInfo.canonicalFilePath() == theirsInfo.canonicalFilePath())
        refuse(theirsPath,
               QStringLiteral("is the same file as %1; a copy merges with another copy").arg(minePath));
    if (outInfo.exists()) {
        if (outInfo.canonicalFilePath() == mineInfo.canonicalFilePath() ||
            outInfo.canonicalFilePath() == theirsInfo.canonicalFilePath())
            refuse(outputPath,
                   QStringLiteral("is one of the copies being merged; the result goes to a new file"));
        if (!options.overwrite)
            throw StoreError(StoreError::Kind::Io, outputPath,
                             QStringLiteral("already exists; not overwriting it"));
    }

    QTemporaryDir work;
    if (!work.isValid())
        throw StoreError(StoreError::Kind::Io, work.path(), QStringLiteral("cannot make a temporary folder"));
    // The output starts as a complete copy of mine, next to where it goes, renamed when done.
    const QString partial = outInfo.absolutePath() + QStringLiteral("/.") + outInfo.fileName() +
                            QStringLiteral(".merging-") + uuidText(QUuid::createUuid()).left(8);
    auto removePartial = [&partial] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QString::fromLatin1(suffix));
    };
    // Each copy is read on a thread of its own (its own connection), the output on this one;
    // mine is copied into the output on a third thread (a third connection) while both are read.
    auto loading = std::async(std::launch::async, [&] {
        return Side::load(theirsPath, work, QStringLiteral("theirs.gpkg"), options.author);
    });
    std::future<void> copying;
    std::optional<Side> mineLoaded;
    try {
        mineLoaded = Side::open(minePath, work, QStringLiteral("mine.gpkg"), options.author);
        copying = std::async(std::launch::async, [from = mineLoaded->project->path(), &partial, &options] {
            // A consistent copy of the live rows; what deleted records left behind is dropped below.
            const auto source = Project::open(from, options.author, Project::Access::ReadOnly);
            sql::Database &db = source->database();
            sql::UnlimitedStatements unlimited(db);
            auto vacuum = db.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.bind(1, partial);
            vacuum.run();
        });
        mineLoaded->read();
    } catch (...) {
        loading.wait();
        if (copying.valid()) copying.wait();
        removePartial();
        throw;
    }
    try {
        Side &mine = *mineLoaded;
        Side theirs = loading.get();
        std::optional<Side> base;
        if (!options.basePath.isEmpty())
            base = Side::load(options.basePath, work, QStringLiteral("base.gpkg"), options.author);

        if (!options.unrelated && mine.project->projectId() != theirs.project->projectId())
            refuse(theirsPath,
                   QStringLiteral("is a copy of another project (\"%1\", not \"%2\"); --unrelated merges "
                                  "them anyway, by record id")
                       .arg(theirs.project->title(), mine.project->title()));
        if (mine.project->gradingScheme().key() != theirs.project->gradingScheme().key())
            refuse(theirsPath,
                   QStringLiteral("grades with %1 and %2 with %3: grades of one scheme cannot be merged "
                                  "with grades of another")
                       .arg(theirs.project->gradingScheme().name(), minePath,
                            mine.project->gradingScheme().name()));

        copying.get();
        {
            auto out = Project::open(partial, options.author);
            Project::Batch batch(*out);
            Merger merger(mine, theirs, base ? &*base : nullptr, *out, options, report);
            merger.run();
            const QList<QUuid> deleted = merger.deletedRecords();
            // What was read of the copies is freed on another thread while the output is finished.
            auto released = std::async(std::launch::async, [m = std::move(*mineLoaded), t = std::move(theirs),
                                                            b = std::move(base)]() mutable {
                Side freedMine = std::move(m), freedTheirs = std::move(t);
                const std::optional<Side> freedBase = std::move(b);
            });
            out->recountAnnotations(); // annotations from both sides may count at one scene and site
            forgetContentOf(out->database(), deleted);
            batch.commit();
            released.get();
        }
        if (outInfo.exists() && !QFile::remove(outputPath))
            throw StoreError(StoreError::Kind::Io, outputPath, QStringLiteral("cannot replace it"));
        if (!QFile::rename(partial, outputPath))
            throw StoreError(StoreError::Kind::Io, outputPath,
                             QStringLiteral("cannot move the merged copy into place"));
        removePartial();
    } catch (...) {
        if (copying.valid()) copying.wait();
        removePartial();
        throw;
    }
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

QJsonObject MergeReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("mine"), mine);
    o.insert(QStringLiteral("theirs"), theirs);
    o.insert(QStringLiteral("output"), output);
    o.insert(QStringLiteral("records_compared"), recordsCompared);
    o.insert(QStringLiteral("records_unchanged"), recordsUnchanged);
    o.insert(QStringLiteral("log_entries_added"), logEntriesAdded);
    o.insert(QStringLiteral("seconds"), seconds);
    QJsonArray d;
    for (const MergeDecision &x : decisions)
        d.append(QJsonObject{
            {QStringLiteral("table"), x.table},
            {QStringLiteral("record"), x.recordId.isNull() ? QJsonValue() : QJsonValue(uuidText(x.recordId))},
            {QStringLiteral("decision"), x.decision},
            {QStringLiteral("detail"), x.detail}});
    o.insert(QStringLiteral("decisions"), d);
    QJsonArray c;
    for (const Conflict &x : conflicts)
        c.append(QJsonObject{{QStringLiteral("id"), uuidText(x.id)},
                             {QStringLiteral("kind"), x.kind},
                             {QStringLiteral("table"), x.table},
                             {QStringLiteral("record"), uuidText(x.recordId)},
                             {QStringLiteral("field"), x.field},
                             {QStringLiteral("ancestor"), x.ancestor},
                             {QStringLiteral("mine"), x.mine},
                             {QStringLiteral("theirs"), x.theirs},
                             {QStringLiteral("mine_author"), x.mineAuthor},
                             {QStringLiteral("theirs_author"), x.theirsAuthor},
                             {QStringLiteral("detail"), x.detail}});
    o.insert(QStringLiteral("conflicts"), c);
    return o;
}

QStringList MergeReport::lines() const
{
    QStringList out;
    out << QStringLiteral("merged %1 and %2 into %3 in %4 s")
               .arg(mine, theirs, output)
               .arg(seconds, 0, 'f', 2);
    out << QStringLiteral("  %1 records compared, %2 unchanged or kept, %3 log entries added, %4 conflicts")
               .arg(recordsCompared)
               .arg(recordsUnchanged)
               .arg(logEntriesAdded)
               .arg(conflicts.size());
    for (const MergeDecision &d : decisions)
        out << QStringLiteral("  %1 %2: %3%4")
                   .arg(d.table, d.recordId.isNull() ? QString() : uuidText(d.recordId), d.decision,
                        d.detail.isEmpty() ? QString() : QStringLiteral(" (") + d.detail + u')');
    return out;
}

} // namespace sightline::merge
