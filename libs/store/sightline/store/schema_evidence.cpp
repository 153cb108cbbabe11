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
};

const Searchable *searchableFor(RecordType type)
{
    for (const Searchable &s : kSearchable)
        if (s.type == type)
            return &s;
    return nullptr;
}

void removePart(sql::Database &db, const QString &id, const QString &part)
{
    auto rows = db.prepare(QStringLiteral("SELECT rowid FROM search_rows WHERE record_uuid = ? AND part = ?"));
    rows.bind(1, id).bind(2, part);
    QList<qint64> found;
    while (rows.next())
        found << rows.int64(0);
    for (qint64 rowid : found) {
        auto d = db.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
        d.bind(1, rowid);
        d.run();
        auto r = db.prepare(QStringLiteral("DELETE FROM search_rows WHERE rowid = ?"));
        r.bind(1, rowid);
        r.run();
    }
}

qint64 addRow(sql::Database &db, RecordType type, const QString &id, const QString &part)
{
    auto s = db.prepare(QStringLiteral("INSERT INTO search_rows (record_type, record_uuid, part) VALUES (?, ?, ?)"));
    s.bind(1, toKey(type)).bind(2, id).bind(3, part);
    s.run();
    return db.lastInsertRowId();
}

} // namespace

bool isEvidenceTable(const QString &table)
{
    static const QStringList tables{QStringLiteral("custody_log"), QStringLiteral("review_flags"),
                                    QStringLiteral("source_grades"), QStringLiteral("capture_versions"),
                                    QStringLiteral("search_rows"), QStringLiteral("search_index")};
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

CREATE TABLE search_rows (
  rowid INTEGER PRIMARY KEY, record_type TEXT NOT NULL, record_uuid TEXT NOT NULL, part TEXT NOT NULL);
CREATE INDEX idx_search_rows_record ON search_rows(record_uuid);
CREATE VIRTUAL TABLE search_index USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
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
    rebuildSearchIndex(db);
}

void indexRecord(sql::Database &db, RecordType type, const QUuid &id)
{
    const Searchable *s = searchableFor(type);
    if (!s)
        return;
    const QString uuid = uuidText(id);
    removePart(db, uuid, QStringLiteral("record"));
    const qint64 rowid = addRow(db, type, uuid, QStringLiteral("record"));
    auto ins = db.prepare(QStringLiteral("INSERT INTO search_index (rowid, text) SELECT ?, %1 FROM %2 WHERE uuid = ?")
                              .arg(QLatin1String(s->expression), QLatin1String(s->table)));
    ins.bind(1, rowid).bind(2, uuid);
    ins.run();
}

void indexCaptureContent(sql::Database &db, const QUuid &captureId, const QString &text)
{
    const QString uuid = uuidText(captureId);
    removePart(db, uuid, QStringLiteral("content"));
    if (text.trimmed().isEmpty())
        return;
    const qint64 rowid = addRow(db, RecordType::Capture, uuid, QStringLiteral("content"));
    auto ins = db.prepare(QStringLiteral("INSERT INTO search_index (rowid, text) VALUES (?, ?)"));
    ins.bind(1, rowid).bind(2, text);
    ins.run();
}

void unindexRecord(sql::Database &db, const QUuid &id)
{
    const QString uuid = uuidText(id);
    removePart(db, uuid, QStringLiteral("record"));
    removePart(db, uuid, QStringLiteral("content"));
}

void rebuildSearchIndex(sql::Database &db)
{
    db.exec(QStringLiteral("DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_rows WHERE part = 'record'); "
                           "DELETE FROM search_rows WHERE part = 'record'"));
    for (const Searchable &s : kSearchable) {
        db.exec(QStringLiteral("INSERT INTO search_rows (record_type, record_uuid, part) "
                               "SELECT '%1', uuid, 'record' FROM %2 ORDER BY fid")
                    .arg(toKey(s.type), QLatin1String(s.table)));
        db.exec(QStringLiteral("INSERT INTO search_index (rowid, text) SELECT r.rowid, %1 FROM search_rows r "
                               "JOIN %2 t ON t.uuid = r.record_uuid WHERE r.part = 'record' AND r.record_type = '%3'")
                    .arg(QLatin1String(s.expression), QLatin1String(s.table), toKey(s.type)));
    }
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
