#pragma once

#include "sightline/core/record.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/sqlite.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QUuid>

#include <optional>
#include <string>

namespace sightline::store {

// The schema version that gave each record a history travelling with the file (record_history),
// stable entry ids to the append-only logs (change log, custody log, grading history, review
// flags) and the table of unresolved merge conflicts (merge_conflicts). Two copies of one project
// find, for every record, the last version both hold, without the file they started from.
constexpr int kHistorySchemaVersion = 7;

// One record's own content: every column of its row except the shared meta columns (uuid,
// created_utc, modified_utc, author, revision), and what it keeps beside its row (a site's area
// of interest as "aoi", a scene's display settings as "display"). Values are JSON: numbers, text,
// null, and {"blob": base64} for blobs (geometries).
//
// Its canonical JSON is compact, with the keys sorted, numbers in their shortest form (an
// integral real as an integer), text escaped only where JSON must; it is the content a version
// stores, and its SHA-256 (hex) is the content hash, so equal content has equal hashes in every
// copy. contentJson writes it from fields, ContentWriter straight from a row of the record's
// table: both through the same code, so a version made at save time and one made from the row
// read back later can never disagree.
struct RecordContent
{
    RecordMeta meta;
    QJsonObject fields;
    QByteArray hash;
};

QByteArray contentJson(const QJsonObject &fields);
QByteArray contentHash(const QJsonObject &fields);
QByteArray jsonHash(const QByteArray &canonicalJson);

// Writes the canonical JSON of the record in the current row of a statement over the record's
// table: a SELECT * when a copy is checked row by row, and the SELECT * of the one row a save has
// just written (by rowid or UUID) when its version is made. Works out once which column is what
// (again if the row has another shape). Any thread; one object per thread.
class ContentWriter
{
  public:
    explicit ContentWriter(const TableSpec &spec);
    // The canonical JSON of the row's content, with side as the value kept beside the row (null
    // when the table keeps none); valid until the next call.
    QByteArrayView json(const sql::Statement &row, const QJsonValue &side = QJsonValue::Null);
    RecordMeta meta(const sql::Statement &row);
    QUuid id(const sql::Statement &row);

  private:
    void learn(const sql::Statement &row);

    QString m_sideKey;
    int m_columns = -1;
    int m_uuidCol = -1, m_createdCol = -1, m_modifiedCol = -1, m_authorCol = -1, m_revisionCol = -1;
    QList<std::pair<std::string, int>> m_order; // (escaped key + ':', column; -1 for the side value)
    std::string m_buffer;
};

// A record's meta and content hash without its content: what checking every row needs.
struct RecordState
{
    RecordMeta meta;
    QByteArray hash;
};
QHash<QUuid, RecordState> readStates(sql::Database &db, const TableSpec &spec);

// Every record of a table as the file holds it now, by UUID (one pass over the table).
QHash<QUuid, RecordContent> readContents(sql::Database &db, const TableSpec &spec);
std::optional<RecordContent> readContent(sql::Database &db, const TableSpec &spec, const QUuid &id);

// Puts a record's row in the state content describes (inserted or replaced, with its meta), and
// its area of interest or display settings beside it. Inside the caller's transaction. The search
// index follows the record now, or is left to the caller, who indexes many records in one
// statement (indexRecords in schema_evidence.h: FTS5 flushes at every statement).
enum class SearchIndexing
{
    Now,
    ByCaller
};
void writeContent(sql::Database &db, const TableSpec &spec, const RecordContent &content,
                  SearchIndexing indexing = SearchIndexing::Now);
// Removes a record's row and what is kept beside it (area, display, content chunks).
void deleteRecordRow(sql::Database &db, const TableSpec &spec, const QUuid &id);

// One version of one record in record_history: the content after an insert or update (or an
// edit found that another program made, or the state a merge made), nothing after a delete.
struct HistoryEntry
{
    QUuid entryId;
    QString table;
    QUuid recordId;
    int revision = 0;
    QString action;     // insert, update, delete, migrated, outside, merged
    QByteArray hash;    // empty after a delete
    QByteArray content; // compact JSON of the fields; empty after a delete
    QString author;
    QDateTime atUtc;
    bool isDelete() const { return action == QLatin1String("delete"); }
};

HistoryEntry historyEntry(const QString &table, const RecordContent &content, const QString &action,
                          const QString &author, const QDateTime &atUtc, const QUuid &entryId = {});
void appendHistory(sql::Database &db, const HistoryEntry &entry);
// Appends a record's version as its save wrote it: content is the canonical JSON of the row
// (ContentWriter), empty for a delete.
void appendVersion(sql::Database &db, const QString &table, const QUuid &id, int revision,
                   const QString &action, const QByteArray &content, const QString &author,
                   const QDateTime &atUtc);
// The history of every record (of one table, or of one record when given), oldest first;
// without withContent the entries' content is left empty (historyContent reads one).
QList<HistoryEntry> readHistory(sql::Database &db, const QString &table = {}, const QUuid &recordId = {},
                                bool withContent = true);
QByteArray historyContent(sql::Database &db, const QUuid &entryId);

// A record whose row differs from its last history entry, or that has none: another program
// (QGIS editing a layer in place) changed it without writing history.
struct OutsideEdit
{
    QString table;
    QUuid recordId;
    QByteArray recordedHash; // empty: the record has no history (added outside)
    QByteArray currentHash;  // empty: the row is gone (deleted outside)
};
QList<OutsideEdit> outsideEdits(sql::Database &db);

// The id of an outside edit's history entry: the same in every copy that holds the same edit
// after the same version, so merging such copies again adds nothing.
QUuid outsideEntryId(const QUuid &recordId, const QUuid &previousEntry, const QByteArray &hash);

// A fresh id for one version or one row of an append-only log: a version 7 UUID (RFC 9562),
// 48 bits of time in milliseconds, then 74 random bits. Ids made in time order go to the end
// of the unique index on them rather than anywhere in it, which keeps saving fast.
QUuid timeOrderedUuid();
QString newEntryId();

// Forgets the content of every version of the records that are deleted now (their hashes and
// ids stay): a copy handed on holds no remains of deleted records (savecopy.cpp). No merge needs
// them: a record deleted on one side is kept as the other side has it.
void forgetDeletedContent(sql::Database &db);
// The same for the given records only, which the caller knows are deleted now (a merge): no pass
// over the whole history.
void forgetContentOf(sql::Database &db, const QList<QUuid> &records);

// The append-only tables given an entry_uuid column by schema 7, for the schema check.
bool hasEntryIdColumn(const QString &table);
QString entryIdDeclaration();

// Creates record_history and merge_conflicts and adds entry_uuid to the logs (new project).
void createHistoryTables(sql::Database &db);
// The step from schema 6: the tables, an entry id for every log row (the same in every copy that
// holds the row) and a first history entry for every record.
void migrateToHistorySchema(sql::Database &db);

} // namespace sightline::store
