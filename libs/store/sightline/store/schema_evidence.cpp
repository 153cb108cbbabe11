// The evidence step of the project schema: custody, review, grading history, capture versions
// and full-text search.
#include "sightline/store/schema_evidence.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema.h"

#include <QRegularExpression>

namespace sightline::store {
namespace {

// The text each record type contributes to the search index, as SQL over its own table, so that
// indexing one record and rebuilding the index say the same.
struct Searchable
{
    RecordType type;
    const char *table;
    const char *expression;
};

constexpr Searchable kSearchable[] = {
    {RecordType::Source, "sources",
     "coalesce(publisher, '') || ' ' || coalesce(title, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(authors)), '') || ' ' || coalesce(url, '') || ' ' || coalesce(notes, '')"},
    {RecordType::Claim, "claims", "coalesce(quote, '') || ' ' || coalesce(locator, '') || ' ' || coalesce(q_unit, '') || ' ' || coalesce(notes, '')"},
    {RecordType::Site, "sites",
     "coalesce(name, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(aliases)), '') || ' ' || coalesce(location_note, '') || ' ' || coalesce(notes, '')"},
    {RecordType::Event, "events", "coalesce(title, '') || ' ' || coalesce(location_note, '') || ' ' || coalesce(notes, '')"},
    {RecordType::Observation, "observations", "coalesce(object_kind, '') || ' ' || coalesce(notes, '')"},
    {RecordType::Capture, "captures", "coalesce(file_name, '') || ' ' || coalesce(original_url, '') || ' ' || coalesce(captured_by, '')"},
    {RecordType::Judgment, "judgments", "coalesce(statement, '') || ' ' || coalesce(notes, '')"},
};

const Searchable *searchableFor(RecordType type)
{
    for (const Searchable &s : kSearchable)
        if (s.type == type)
            return &s;
    return nullptr;
}

// Each searchable text has a fixed rowid made from its record's fid, type and part, so that
// replacing or removing it needs no look-up table: fid * 32 + type * 2 + (content ? 1 : 0).
QString rowidExpression(RecordType type, bool content)
{
    return QStringLiteral("fid * 32 + %1").arg(static_cast<int>(type) * 2 + (content ? 1 : 0));
}

void removeText(sql::Database &db, const Searchable &s, const QString &uuid, bool content)
{
    auto d = db.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = (SELECT %1 FROM %2 WHERE uuid = ?)")
                            .arg(rowidExpression(s.type, content), QLatin1String(s.table)));
    d.bind(1, uuid);
    d.run();
}

// The index lives in the connection's temporary database (schema_qgis.h): built the first time
// a search runs, kept current from then on; before that there is nothing to keep current.
bool searchIndexBuilt(sql::Database &db)
{
    auto s = db.prepare(
        QStringLiteral("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = 'search_index'"));
    return s.next();
}

void insertContentText(sql::Database &db, const QString &uuid, const QString &text)
{
    auto ins = db.prepare(QStringLiteral("INSERT OR REPLACE INTO search_index (rowid, record_type, record_uuid, part, text) "
                                         "SELECT %1, 'capture', uuid, 'content', ? FROM captures WHERE uuid = ?")
                              .arg(rowidExpression(RecordType::Capture, true)));
    ins.bind(1, text).bind(2, uuid);
    ins.run();
}

} // namespace

bool isEvidenceTable(const QString &table)
{
    static const QStringList tables{QStringLiteral("custody_log"), QStringLiteral("review_flags"),
                                    QStringLiteral("source_grades"), QStringLiteral("capture_versions"),
                                    QStringLiteral("search_index")};
    return tables.contains(table);
}

void createEvidenceTables(sql::Database &db)
{
    db.exec(QStringLiteral(R"(
CREATE TABLE custody_log (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at_utc DATETIME NOT NULL, actor TEXT NOT NULL,
  action TEXT NOT NULL, item_type TEXT NOT NULL, item_uuid TEXT NOT NULL, sha256 TEXT, detail TEXT);
CREATE INDEX idx_custody_log_item ON custody_log(item_uuid);
CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log
  BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log
  BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;

CREATE TABLE review_flags (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, record_type TEXT NOT NULL, record_uuid TEXT NOT NULL,
  cause_uuid TEXT, reason TEXT NOT NULL, raised_utc DATETIME NOT NULL, raised_by TEXT NOT NULL,
  cleared_utc DATETIME, cleared_by TEXT, clear_note TEXT);
CREATE INDEX idx_review_flags_record ON review_flags(record_uuid);

CREATE TABLE source_grades (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, source_uuid TEXT NOT NULL, reliability TEXT NOT NULL,
  at_utc DATETIME NOT NULL, author TEXT NOT NULL, reason TEXT);
CREATE INDEX idx_source_grades_source ON source_grades(source_uuid);
CREATE TRIGGER source_grades_no_update BEFORE UPDATE ON source_grades
  BEGIN SELECT RAISE(ABORT, 'the grading history is append-only'); END;
CREATE TRIGGER source_grades_no_delete BEFORE DELETE ON source_grades
  BEGIN SELECT RAISE(ABORT, 'the grading history is append-only'); END;

CREATE TABLE capture_versions (
  capture_uuid TEXT PRIMARY KEY NOT NULL, source_uuid TEXT NOT NULL, original_url TEXT NOT NULL,
  file_name TEXT NOT NULL, version INTEGER NOT NULL);
CREATE INDEX idx_capture_versions_key ON capture_versions(source_uuid, original_url, file_name);

-- Schemas 3 to 7 kept the search index in the file; the step to schema 8 removes it again.
CREATE VIRTUAL TABLE search_index USING fts5(
  record_type UNINDEXED, record_uuid UNINDEXED, part UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');
)"));
    gpkg::registerAttributeTable(db, QStringLiteral("custody_log"), QStringLiteral("Custody log"),
                                 QStringLiteral("Append-only chain of custody of captures and imagery"));
    if (metaValue(db, QStringLiteral("grading_scheme")).isEmpty())
        setMetaValue(db, QStringLiteral("grading_scheme"), QStringLiteral("admiralty"));
}

void migrateToEvidenceSchema(sql::Database &db)
{
    createEvidenceTables(db);
    db.exec(QStringLiteral(
        "INSERT INTO source_grades (source_uuid, reliability, at_utc, author, reason) "
        "SELECT uuid, reliability, modified_utc, author, 'grade when the history began' FROM sources ORDER BY fid"));
    db.exec(QStringLiteral(
        "INSERT INTO capture_versions (capture_uuid, source_uuid, original_url, file_name, version) "
        "SELECT uuid, source_uuid, coalesce(original_url, ''), coalesce(file_name, ''), row_number() OVER ("
        "PARTITION BY source_uuid, coalesce(original_url, ''), coalesce(file_name, '') ORDER BY captured_utc, fid) "
        "FROM captures"));
}

void indexRecord(sql::Database &db, RecordType type, const QUuid &id, bool isNew)
{
    const Searchable *s = searchableFor(type);
    if (!s || !searchIndexBuilt(db))
        return;
    const QString uuid = uuidText(id);
    if (!isNew)
        removeText(db, *s, uuid, false);
    auto ins = db.prepare(QStringLiteral("INSERT OR REPLACE INTO search_index (rowid, record_type, record_uuid, part, text) "
                                         "SELECT %1, '%2', uuid, 'record', %3 FROM %4 WHERE uuid = ?")
                              .arg(rowidExpression(type, false), toKey(type), QLatin1String(s->expression),
                                   QLatin1String(s->table)));
    ins.bind(1, uuid);
    ins.run();
}

void indexRecords(sql::Database &db, RecordType type, const QList<QUuid> &ids, const QSet<QUuid> &replaced)
{
    const Searchable *s = searchableFor(type);
    if (!s || ids.isEmpty() || !searchIndexBuilt(db))
        return;
    QStringList uuids, old;
    uuids.reserve(ids.size());
    for (const QUuid &id : ids) {
        const QString uuid = u'"' + uuidText(id) + u'"';
        if (replaced.contains(id))
            old << uuid;
        uuids << uuid;
    }
    if (!old.isEmpty()) {
        // The old text of all of them in one statement too.
        auto d = db.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid IN (SELECT %1 FROM %2 "
                                           "WHERE uuid IN (SELECT value FROM json_each(?)))")
                                .arg(rowidExpression(type, false), QLatin1String(s->table)));
        d.bind(1, u'[' + old.join(u',') + u']');
        d.run();
    }
    auto ins = db.prepare(QStringLiteral("INSERT OR REPLACE INTO search_index (rowid, record_type, record_uuid, part, text) "
                                         "SELECT %1, '%2', uuid, 'record', %3 FROM %4 "
                                         "WHERE uuid IN (SELECT value FROM json_each(?)) ORDER BY fid")
                              .arg(rowidExpression(type, false), toKey(type), QLatin1String(s->expression),
                                   QLatin1String(s->table)));
    ins.bind(1, u'[' + uuids.join(u',') + u']');
    ins.run();
}

void indexCaptureContent(sql::Database &db, const QUuid &captureId, const QString &text)
{
    const QString uuid = uuidText(captureId);
    auto del = db.prepare(QStringLiteral("DELETE FROM capture_text WHERE capture_uuid = ?"));
    del.bind(1, uuid);
    del.run();
    const bool empty = text.trimmed().isEmpty();
    if (!empty) {
        auto keep = db.prepare(QStringLiteral("INSERT INTO capture_text (capture_uuid, text) VALUES (?, ?)"));
        keep.bind(1, uuid).bind(2, text);
        keep.run();
    }
    if (!searchIndexBuilt(db))
        return;
    removeText(db, *searchableFor(RecordType::Capture), uuid, true);
    if (!empty)
        insertContentText(db, uuid, text);
}

void unindexRecord(sql::Database &db, RecordType type, const QUuid &id)
{
    const Searchable *s = searchableFor(type);
    if (!s || !searchIndexBuilt(db))
        return;
    removeText(db, *s, uuidText(id), false);
    if (type == RecordType::Capture)
        removeText(db, *s, uuidText(id), true);
}

void ensureSearchIndex(sql::Database &db)
{
    if (searchIndexBuilt(db))
        return;
    sql::Transaction tx(db); // on a read-only file too: only the temporary database is written
    db.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE temp.search_index USING fts5(record_type UNINDEXED, record_uuid UNINDEXED, "
        "part UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')"));
    for (const Searchable &s : kSearchable) {
        if (!db.tableExists(QLatin1String(s.table))) // an older file read as it is
            continue;
        db.exec(QStringLiteral("INSERT INTO temp.search_index (rowid, record_type, record_uuid, part, text) "
                               "SELECT %1, '%2', uuid, 'record', %3 FROM main.%4 ORDER BY fid")
                    .arg(rowidExpression(s.type, false), toKey(s.type), QLatin1String(s.expression),
                         QLatin1String(s.table)));
    }
    // Capture text: its own table since schema 8; before, only in the index a file held.
    const QString text = db.tableExists(QStringLiteral("capture_text"))
                             ? QStringLiteral("SELECT capture_uuid, text FROM main.capture_text")
                         : db.scalarInt(QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE name = "
                                                       "'search_index'")).value_or(0) > 0
                             ? QStringLiteral("SELECT record_uuid, text FROM main.search_index WHERE part = 'content'")
                             : QString();
    if (!text.isEmpty())
        db.exec(QStringLiteral("INSERT INTO temp.search_index (rowid, record_type, record_uuid, part, text) "
                               "SELECT %1, 'capture', c.uuid, 'content', t.text FROM (%2) t JOIN main.captures c "
                               "ON c.uuid = t.%3 ORDER BY c.fid")
                    .arg(rowidExpression(RecordType::Capture, true).replace(QStringLiteral("fid"),
                                                                            QStringLiteral("c.fid")),
                         text, text.contains(QLatin1String("capture_uuid")) ? QStringLiteral("capture_uuid")
                                                                            : QStringLiteral("record_uuid")));
    tx.commit();
}

QString ftsQuery(const QString &text)
{
    QStringList terms;
    static const QRegularExpression token(QStringLiteral(R"re("([^"]*)"|(\S+))re"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedLength(1) > 0 || m.captured(0).startsWith(u'"')) {
            const QString phrase = m.captured(1).simplified();
            if (!phrase.isEmpty())
                terms << u'"' + phrase + u'"';
            continue;
        }
        QString word = m.captured(2);
        const bool prefix = word.endsWith(u'*') && word.size() > 1;
        if (prefix)
            word.chop(1);
        word.remove(u'"');
        if (word.isEmpty())
            continue;
        terms << u'"' + word + u'"' + (prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(u' ');
}

} // namespace sightline::store
