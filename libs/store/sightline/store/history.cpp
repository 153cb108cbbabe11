// The history step of the project schema: record versions, log entry ids, merge conflicts.
#include "sightline/store/history.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema.h"
#include "sightline/store/schema_evidence.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <openssl/evp.h>

#include <charconv>
#include <cmath>
#include <string>

namespace sightline::store {
namespace {

// The namespace of ids derived from content (migrated log rows, first versions, outside edits).
const QUuid kHistoryNamespace{QStringLiteral("{5b0f3c8e-7d1a-4e7b-9c55-2f0a6f9e4d21}")};

const QStringList &logTables()
{
    static const QStringList tables{QStringLiteral("change_log"), QStringLiteral("custody_log"),
                                    QStringLiteral("source_grades"), QStringLiteral("review_flags")};
    return tables;
}

QJsonValue valueAt(const sql::Statement &s, int col)
{
    switch (s.columnType(col)) {
    case sql::Statement::ColumnType::Integer:
        return QJsonValue(s.int64(col));
    case sql::Statement::ColumnType::Real:
        return QJsonValue(s.real(col));
    case sql::Statement::ColumnType::Text:
        return QJsonValue(s.text(col));
    case sql::Statement::ColumnType::Blob:
        return QJsonObject{{QStringLiteral("blob"), QString::fromLatin1(s.blob(col).toBase64())}};
    case sql::Statement::ColumnType::Null:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

void bindValue(sql::Statement &s, int i, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined()) {
        s.bindNull(i);
    } else if (v.isBool()) {
        s.bind(i, qint64(v.toBool() ? 1 : 0));
    } else if (v.isDouble()) {
        const QVariant var = v.toVariant();
        if (var.typeId() == QMetaType::LongLong || var.typeId() == QMetaType::Int)
            s.bind(i, var.toLongLong());
        else
            s.bind(i, v.toDouble());
    } else if (v.isObject()) {
        s.bind(i, QByteArray::fromBase64(v.toObject().value(QLatin1String("blob")).toString().toLatin1()));
    } else {
        s.bind(i, v.toString());
    }
}

// The columns of a record's own content, in row order (without the meta columns).
QStringList contentColumns(const TableSpec &spec)
{
    QStringList cols;
    for (const QString &c : spec.columns)
        cols << c.section(u' ', 0, 0);
    for (const AddedColumn &c : spec.added)
        cols << c.declaration.section(u' ', 0, 0);
    if (spec.geometry) cols << QStringLiteral("geom");
    return cols;
}

// What a record keeps beside its row, by record UUID (one query for a whole table).
QHash<QUuid, QJsonValue> sideValues(sql::Database &db, const TableSpec &spec, const QUuid &only = {})
{
    QHash<QUuid, QJsonValue> out;
    QString sqlText;
    if (spec.type == RecordType::Site)
        sqlText = QStringLiteral("SELECT site_uuid, geom FROM site_aois");
    else if (spec.type == RecordType::Scene && db.tableExists(QStringLiteral("scene_display")))
        sqlText = QStringLiteral("SELECT scene_uuid, display FROM scene_display");
    if (sqlText.isEmpty()) return out;
    if (!only.isNull())
        sqlText += spec.type == RecordType::Site ? QStringLiteral(" WHERE site_uuid = ?")
                                                 : QStringLiteral(" WHERE scene_uuid = ?");
    auto s = db.prepare(sqlText);
    if (!only.isNull()) s.bind(1, uuidText(only));
    while (s.next())
        out.insert(QUuid::fromString(s.text(0)), valueAt(s, 1));
    return out;
}

QString sideKey(const TableSpec &spec)
{
    if (spec.type == RecordType::Site) return QStringLiteral("aoi");
    if (spec.type == RecordType::Scene) return QStringLiteral("display");
    return {};
}

// What each column of a SELECT * is, worked out once per statement rather than once per row.
enum class ColumnRole
{
    Uuid,
    Created,
    Modified,
    Author,
    Revision,
    Fid,
    Field
};
struct Columns
{
    QList<ColumnRole> roles;
    QStringList names;
    explicit Columns(const sql::Statement &s)
    {
        for (int i = 0; i < s.columnCount(); ++i) {
            const QString name = s.columnName(i);
            names << name;
            roles << (name == QLatin1String("uuid")           ? ColumnRole::Uuid
                      : name == QLatin1String("created_utc")  ? ColumnRole::Created
                      : name == QLatin1String("modified_utc") ? ColumnRole::Modified
                      : name == QLatin1String("author")       ? ColumnRole::Author
                      : name == QLatin1String("revision")     ? ColumnRole::Revision
                      : name == QLatin1String("fid")          ? ColumnRole::Fid
                                                              : ColumnRole::Field);
        }
    }
};

RecordContent contentOfRow(const sql::Statement &s, const Columns &cols)
{
    RecordContent c;
    for (int i = 0; i < cols.roles.size(); ++i) {
        switch (cols.roles[i]) {
        case ColumnRole::Uuid:
            c.meta.id = QUuid::fromString(s.text(i));
            break;
        case ColumnRole::Created:
            c.meta.createdUtc = dateTimeFromText(s.text(i));
            break;
        case ColumnRole::Modified:
            c.meta.modifiedUtc = dateTimeFromText(s.text(i));
            break;
        case ColumnRole::Author:
            c.meta.author = s.text(i);
            break;
        case ColumnRole::Revision:
            c.meta.revision = int(s.int64(i));
            break;
        case ColumnRole::Fid:
            break;
        case ColumnRole::Field:
            c.fields.insert(cols.names[i], valueAt(s, i));
            break;
        }
    }
    return c;
}

void finish(RecordContent &c, const QString &side, const QHash<QUuid, QJsonValue> &sides)
{
    if (!side.isEmpty()) c.fields.insert(side, sides.value(c.meta.id, QJsonValue(QJsonValue::Null)));
    c.hash = contentHash(c.fields);
}

void fillLogEntryIds(sql::Database &db, const QString &table, const QString &projectUuid)
{
    // The logs refuse updates; the trigger is put back exactly as it was.
    QList<std::pair<QString, QString>> triggers;
    auto t = db.prepare(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                       "AND name LIKE '%no_update'"));
    t.bind(1, table);
    while (t.next())
        triggers.append({t.text(0), t.text(1)});
    for (const auto &[name, sqlText] : triggers)
        db.exec(QStringLiteral("DROP TRIGGER %1").arg(name));
    QList<std::pair<qint64, QString>> ids;
    auto s = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY fid").arg(table));
    while (s.next()) {
        QJsonArray row;
        qint64 fid = 0;
        for (int i = 0; i < s.columnCount(); ++i) {
            if (s.columnName(i) == QLatin1String("fid")) fid = s.int64(i);
            if (s.columnName(i) != QLatin1String("entry_uuid")) row.append(valueAt(s, i));
        }
        const QString key = projectUuid + u'/' + table + u'/' +
                            QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        ids.append({fid, uuidText(QUuid::createUuidV5(kHistoryNamespace, key))});
    }
    auto u = db.prepare(QStringLiteral("UPDATE %1 SET entry_uuid = ? WHERE fid = ?").arg(table));
    for (const auto &[fid, id] : ids) {
        u.bind(1, id).bind(2, fid);
        u.run();
    }
    for (const auto &[name, sqlText] : triggers)
        db.exec(sqlText);
}

// The bytes a content hash is taken of: compact JSON with the keys sorted, numbers in their
// shortest form (an integral real as an integer), text as UTF-8 with quotes, backslashes and
// control characters escaped, blobs as {"blob":"base64"}. Written both from a JSON object and
// straight from a row, so that checking every row of a file needs no JSON objects.
// Written into a std::string: appending a byte is inline there, and a row makes hundreds.
void appendBytes(std::string &out, QByteArrayView bytes)
{
    out.append(bytes.data(), size_t(bytes.size()));
}

void appendInteger(std::string &out, qint64 v)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    out.append(digits, end);
}

void appendEscaped(std::string &out, QByteArrayView utf8)
{
    out += '"';
    // Runs of plain bytes are copied whole: most text has nothing to escape.
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\') continue;
        appendBytes(out, utf8.sliced(run, i - run));
        run = i + 1;
        if (u >= 0x20) {
            out += '\\';
            out += char(u);
        } else {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        }
    }
    appendBytes(out, utf8.sliced(run));
    out += '"';
}

void appendReal(std::string &out, double d)
{
    // An integral value as an integer, however JSON held it (1e+06 and 1000000 are one value);
    // an infinity, which JSON cannot hold and Sightline never stores, as null.
    if (!std::isfinite(d))
        out += "null";
    else if (std::abs(d) < 9007199254740992.0 && d == std::floor(d))
        appendInteger(out, static_cast<qint64>(d));
    else
        appendBytes(out, QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void appendBlob(std::string &out, QByteArrayView bytes)
{
    out += "{\"blob\":\"";
    // Base64 straight into the output: 4 characters for every 3 bytes.
    static constexpr char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const size_t at = out.size();
    out.resize(at + size_t(bytes.size() + 2) / 3 * 4);
    char *o = out.data() + at;
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = unsigned(b[i]) << 16 | unsigned(b[i + 1]) << 8 | b[i + 2];
        *o++ = digits[v >> 18];
        *o++ = digits[v >> 12 & 63];
        *o++ = digits[v >> 6 & 63];
        *o++ = digits[v & 63];
    }
    if (i < bytes.size()) {
        const bool two = i + 1 < bytes.size();
        const unsigned v = unsigned(b[i]) << 16 | (two ? unsigned(b[i + 1]) << 8 : 0u);
        *o++ = digits[v >> 18];
        *o++ = digits[v >> 12 & 63];
        *o++ = two ? digits[v >> 6 & 63] : '=';
        *o++ = '=';
    }
    out += "\"}";
}

void appendCanonical(std::string &out, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined()) {
        out += "null";
    } else if (v.isBool()) {
        out += v.toBool() ? "1" : "0";
    } else if (v.isDouble()) {
        const QVariant var = v.toVariant();
        if (var.typeId() == QMetaType::LongLong || var.typeId() == QMetaType::Int)
            appendInteger(out, var.toLongLong());
        else
            appendReal(out, v.toDouble());
    } else if (v.isString()) {
        appendEscaped(out, v.toString().toUtf8());
    } else if (v.isObject() && v.toObject().contains(QLatin1String("blob"))) {
        appendBlob(out,
                   QByteArray::fromBase64(v.toObject().value(QLatin1String("blob")).toString().toLatin1()));
    } else {
        appendBytes(out, QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
}

void appendCanonical(std::string &out, const sql::Statement &s, int col)
{
    switch (s.columnType(col)) {
    case sql::Statement::ColumnType::Integer:
        appendInteger(out, s.int64(col));
        break;
    case sql::Statement::ColumnType::Real:
        appendReal(out, s.real(col));
        break;
    case sql::Statement::ColumnType::Text:
        appendEscaped(out, s.view(col));
        break;
    case sql::Statement::ColumnType::Blob:
        appendBlob(out, s.view(col));
        break;
    case sql::Statement::ColumnType::Null:
        out += "null";
        break;
    }
}

// The stored form "2026-12-03T19:52:10.123Z" read without the general ISO parser (three
// times a record when a whole copy is read); anything else through it.
QDateTime utcFromText(QByteArrayView t)
{
    auto digits = [&t](int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; ++i) {
            if (t[i] < '0' || t[i] > '9') return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    if (t.size() == 24 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':' &&
        t[19] == '.' && t[23] == 'Z') {
        const QDate d(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (d.isValid() && time.isValid()) return QDateTime(d, time, Qt::UTC);
    }
    return dateTimeFromText(QString::fromUtf8(t));
}

// SHA-256 through OpenSSL, which uses the processor's SHA instructions: a whole copy is hashed
// whenever it is merged, several times faster than QCryptographicHash's portable code.
QByteArray sha256Hex(QByteArrayView bytes)
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    struct Context
    {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        ~Context() { EVP_MD_CTX_free(ctx); }
    };
    thread_local Context c;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!md || !c.ctx || !EVP_DigestInit_ex2(c.ctx, md, nullptr) ||
        !EVP_DigestUpdate(c.ctx, bytes.data(), size_t(bytes.size())) ||
        !EVP_DigestFinal_ex(c.ctx, digest, &length)) // only when out of memory
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), length).toHex();
}

} // namespace

QByteArray contentJson(const QJsonObject &fields)
{
    std::string out("{");
    bool first = true;
    for (auto it = fields.begin(); it != fields.end(); ++it) { // sorted by key
        if (!first) out += ',';
        first = false;
        appendEscaped(out, it.key().toUtf8());
        out += ':';
        appendCanonical(out, it.value());
    }
    out += '}';
    return QByteArray::fromStdString(out);
}

QByteArray contentHash(const QJsonObject &fields)
{
    return sha256Hex(contentJson(fields));
}

QByteArray jsonHash(const QByteArray &json)
{
    return sha256Hex(json);
}

ContentWriter::ContentWriter(const TableSpec &spec) : m_sideKey(sideKey(spec)) {}

void ContentWriter::learn(const sql::Statement &row)
{
    const Columns cols(row);
    QList<std::pair<QString, int>> keys;
    for (int i = 0; i < cols.roles.size(); ++i) {
        switch (cols.roles[i]) {
        case ColumnRole::Field:
            keys.append({cols.names[i], i});
            break;
        case ColumnRole::Uuid:
            m_uuidCol = i;
            break;
        case ColumnRole::Created:
            m_createdCol = i;
            break;
        case ColumnRole::Modified:
            m_modifiedCol = i;
            break;
        case ColumnRole::Author:
            m_authorCol = i;
            break;
        case ColumnRole::Revision:
            m_revisionCol = i;
            break;
        case ColumnRole::Fid:
            break;
        }
    }
    if (!m_sideKey.isEmpty()) keys.append({m_sideKey, -1});
    std::sort(keys.begin(), keys.end()); // QString order, as QJsonObject keeps its keys
    m_order.clear();
    for (const auto &[key, col] : keys) {
        std::string k;
        appendEscaped(k, key.toUtf8());
        m_order.append({k + ':', col});
    }
    m_columns = row.columnCount();
}

QByteArrayView ContentWriter::json(const sql::Statement &row, const QJsonValue &side)
{
    if (m_columns != row.columnCount()) learn(row);
    m_buffer.clear(); // keeps its capacity
    m_buffer += '{';
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        if (i > 0) m_buffer += ',';
        m_buffer += m_order[i].first;
        if (m_order[i].second >= 0)
            appendCanonical(m_buffer, row, m_order[i].second);
        else
            appendCanonical(m_buffer, side);
    }
    m_buffer += '}';
    return QByteArrayView(m_buffer.data(), qsizetype(m_buffer.size()));
}

QUuid ContentWriter::id(const sql::Statement &row)
{
    if (m_columns != row.columnCount()) learn(row);
    return m_uuidCol < 0 ? QUuid() : QUuid::fromString(QLatin1StringView(row.view(m_uuidCol)));
}

RecordMeta ContentWriter::meta(const sql::Statement &row)
{
    if (m_columns != row.columnCount()) learn(row);
    RecordMeta m;
    m.id = id(row);
    if (m_createdCol >= 0) m.createdUtc = utcFromText(row.view(m_createdCol));
    if (m_modifiedCol >= 0) m.modifiedUtc = utcFromText(row.view(m_modifiedCol));
    if (m_authorCol >= 0) m.author = row.text(m_authorCol);
    if (m_revisionCol >= 0) m.revision = int(row.int64(m_revisionCol));
    return m;
}

QHash<QUuid, RecordState> readStates(sql::Database &db, const TableSpec &spec)
{
    QHash<QUuid, RecordState> out;
    if (!db.tableExists(spec.table)) return out;
    const auto sides = sideValues(db, spec);
    auto s = db.prepare(QStringLiteral("SELECT * FROM %1").arg(spec.table));
    ContentWriter writer(spec);
    const QJsonValue none(QJsonValue::Null);
    while (s.next()) {
        RecordState r;
        r.meta = writer.meta(s);
        r.hash = sha256Hex(writer.json(s, sides.isEmpty() ? none : sides.value(r.meta.id, none)));
        out.insert(r.meta.id, std::move(r));
    }
    return out;
}

QHash<QUuid, RecordContent> readContents(sql::Database &db, const TableSpec &spec)
{
    QHash<QUuid, RecordContent> out;
    if (!db.tableExists(spec.table)) return out;
    const QString side = sideKey(spec);
    const auto sides = sideValues(db, spec);
    auto s = db.prepare(QStringLiteral("SELECT * FROM %1").arg(spec.table));
    std::optional<Columns> cols;
    while (s.next()) {
        if (!cols) cols.emplace(s);
        RecordContent c = contentOfRow(s, *cols);
        finish(c, side, sides);
        out.insert(c.meta.id, std::move(c));
    }
    return out;
}

std::optional<RecordContent> readContent(sql::Database &db, const TableSpec &spec, const QUuid &id)
{
    auto s = db.prepare(QStringLiteral("SELECT * FROM %1 WHERE uuid = ?").arg(spec.table));
    s.bind(1, uuidText(id));
    if (!s.next()) return std::nullopt;
    RecordContent c = contentOfRow(s, Columns(s));
    finish(c, sideKey(spec), sideValues(db, spec, id));
    return c;
}

void writeContent(sql::Database &db, const TableSpec &spec, const RecordContent &content,
                  SearchIndexing indexing)
{
    const QStringList cols = contentColumns(spec);
    QStringList all{QStringLiteral("uuid"), QStringLiteral("created_utc"), QStringLiteral("modified_utc"),
                    QStringLiteral("author"), QStringLiteral("revision")};
    all += cols;
    auto exists = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(spec.table));
    exists.bind(1, uuidText(content.meta.id));
    // An update in place rather than an upsert: the GeoPackage's spatial index triggers follow it.
    QString sqlText;
    if (exists.next()) {
        QStringList sets;
        for (int i = 1; i < all.size(); ++i)
            sets << QStringLiteral("%1 = ?%2").arg(all[i]).arg(i + 1);
        sqlText = QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?1").arg(spec.table, sets.join(u','));
    } else {
        QStringList params;
        for (int i = 0; i < all.size(); ++i)
            params << QStringLiteral("?%1").arg(i + 1);
        sqlText = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(spec.table, all.join(u','), params.join(u','));
    }
    auto s = db.prepare(sqlText);
    RowWriter(s) << content.meta;
    for (int i = 0; i < cols.size(); ++i)
        bindValue(s, 6 + i, content.fields.value(cols[i]));
    s.run();
    const QUuid &id = content.meta.id;
    if (spec.type == RecordType::Site) {
        auto del = db.prepare(QStringLiteral("DELETE FROM site_aois WHERE site_uuid = ?"));
        del.bind(1, uuidText(id));
        del.run();
        const QJsonValue aoi = content.fields.value(QLatin1String("aoi"));
        if (aoi.isObject()) {
            auto ins =
                db.prepare(QStringLiteral("INSERT INTO site_aois (site_uuid, name, geom) VALUES (?, ?, ?)"));
            ins.bind(1, uuidText(id)).bind(2, content.fields.value(QLatin1String("name")).toString());
            bindValue(ins, 3, aoi);
            ins.run();
        }
    } else if (spec.type == RecordType::Scene) {
        auto del = db.prepare(QStringLiteral("DELETE FROM scene_display WHERE scene_uuid = ?"));
        del.bind(1, uuidText(id));
        del.run();
        const QJsonValue display = content.fields.value(QLatin1String("display"));
        if (display.isString()) {
            auto ins =
                db.prepare(QStringLiteral("INSERT INTO scene_display (scene_uuid, display) VALUES (?, ?)"));
            ins.bind(1, uuidText(id)).bind(2, display.toString());
            ins.run();
        }
    }
    if (indexing == SearchIndexing::Now) indexRecord(db, spec.type, id, false);
}

void deleteRecordRow(sql::Database &db, const TableSpec &spec, const QUuid &id)
{
    unindexRecord(db, spec.type, id);
    auto s = db.prepare(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(spec.table));
    s.bind(1, uuidText(id));
    s.run();
    QList<std::pair<const char *, const char *>> side;
    if (spec.type == RecordType::Site)
        side = {{"site_aois", "site_uuid"}};
    else if (spec.type == RecordType::Scene)
        side = {{"scene_display", "scene_uuid"}, {"scene_chunks", "scene_uuid"}};
    else if (spec.type == RecordType::Capture)
        side = {{"capture_chunks", "capture_uuid"}, {"capture_text", "capture_uuid"}};
    for (const auto &[table, column] : side) {
        auto d = db.prepare(
            QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(column)));
        d.bind(1, uuidText(id));
        d.run();
    }
}

HistoryEntry historyEntry(const QString &table, const RecordContent &content, const QString &action,
                          const QString &author, const QDateTime &atUtc, const QUuid &entryId)
{
    HistoryEntry e;
    e.entryId = entryId.isNull() ? timeOrderedUuid() : entryId;
    e.table = table;
    e.recordId = content.meta.id;
    e.revision = content.meta.revision;
    e.action = action;
    if (!e.isDelete()) {
        e.hash = content.hash;
        e.content = contentJson(content.fields);
    }
    e.author = author;
    e.atUtc = atUtc;
    return e;
}

namespace {

void insertHistory(sql::Database &db, const QUuid &entryId, const QString &table, const QUuid &recordId,
                   int revision, const QString &action, const QByteArray &hash, const QByteArray &content,
                   const QString &author, const QDateTime &atUtc)
{
    auto s = db.prepare(
        QStringLiteral("INSERT INTO record_history (entry_uuid, record_table, record_uuid, revision, "
                       "action, content_hash, content, author, at_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    RowWriter(s) << entryId << table << recordId << revision << action;
    // Hash and content are ASCII and UTF-8 already: bound as they are.
    s.bindText(6, hash.isEmpty() ? QByteArray("") : hash);
    s.bindText(7, content.isEmpty() ? QByteArray() : content);
    RowWriter(s, 8) << author << atUtc;
    s.run();
}

} // namespace

void appendHistory(sql::Database &db, const HistoryEntry &e)
{
    insertHistory(db, e.entryId, e.table, e.recordId, e.revision, e.action, e.hash, e.content, e.author,
                  e.atUtc);
}

void appendVersion(sql::Database &db, const QString &table, const QUuid &id, int revision,
                   const QString &action, const QByteArray &content, const QString &author,
                   const QDateTime &atUtc)
{
    insertHistory(db, timeOrderedUuid(), table, id, revision, action,
                  content.isEmpty() ? QByteArray() : sha256Hex(content), content, author, atUtc);
}

QList<HistoryEntry> readHistory(sql::Database &db, const QString &table, const QUuid &recordId,
                                bool withContent)
{
    QList<HistoryEntry> out;
    if (!db.tableExists(QStringLiteral("record_history"))) return out;
    QString sqlText =
        QStringLiteral("SELECT entry_uuid, record_table, record_uuid, revision, action, content_hash, "
                       "%1, author, at_utc FROM record_history")
            .arg(withContent ? QStringLiteral("content") : QStringLiteral("NULL"));
    QStringList where;
    if (!table.isEmpty()) where << QStringLiteral("record_table = ?1");
    if (!recordId.isNull()) where << QStringLiteral("record_uuid = ?2");
    if (!where.isEmpty()) sqlText += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    auto s = db.prepare(sqlText + QStringLiteral(" ORDER BY fid"));
    if (!table.isEmpty()) s.bind(1, table);
    if (!recordId.isNull()) s.bind(2, uuidText(recordId));
    // Tables, actions and authors repeat from row to row: each text is made once and shared.
    QList<std::pair<QByteArray, QString>> words; // a few dozen at most are kept
    auto word = [&words](QByteArrayView bytes) {
        for (const auto &[utf8, text] : std::as_const(words))
            if (utf8 == bytes) return text;
        const QString text = QString::fromUtf8(bytes);
        if (words.size() < 64) words.append({bytes.toByteArray(), text});
        return text;
    };
    while (s.next()) {
        HistoryEntry e;
        e.entryId = QUuid::fromString(QLatin1StringView(s.view(0)));
        e.table = word(s.view(1));
        e.recordId = QUuid::fromString(QLatin1StringView(s.view(2)));
        e.revision = int(s.int64(3));
        e.action = word(s.view(4));
        e.hash = s.blob(5); // text read as its bytes: ASCII hex, UTF-8 JSON
        e.content = s.blob(6);
        e.author = word(s.view(7));
        e.atUtc = utcFromText(s.view(8));
        out.append(std::move(e));
    }
    return out;
}

QByteArray historyContent(sql::Database &db, const QUuid &entryId)
{
    auto s = db.prepare(QStringLiteral("SELECT content FROM record_history WHERE entry_uuid = ?"));
    s.bind(1, uuidText(entryId));
    return s.next() ? s.blob(0) : QByteArray();
}

QList<OutsideEdit> outsideEdits(sql::Database &db)
{
    QList<OutsideEdit> out;
    if (!db.tableExists(QStringLiteral("record_history"))) return out;
    for (const TableSpec *spec : allTableSpecs()) {
        QHash<QUuid, QByteArray> last;
        auto s = db.prepare(QStringLiteral(
            "SELECT record_uuid, content_hash FROM record_history WHERE record_table = ? ORDER BY fid"));
        s.bind(1, spec->table);
        while (s.next())
            last.insert(QUuid::fromString(s.text(0)), s.text(1).toLatin1());
        const auto now = readStates(db, *spec);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const QByteArray recorded = last.value(it.key());
            if (recorded != it->hash) out.append({spec->table, it.key(), recorded, it->hash});
        }
        for (auto it = last.cbegin(); it != last.cend(); ++it)
            if (!it->isEmpty() && !now.contains(it.key())) out.append({spec->table, it.key(), *it, {}});
    }
    return out;
}

QUuid outsideEntryId(const QUuid &recordId, const QUuid &previousEntry, const QByteArray &hash)
{
    return QUuid::createUuidV5(
        kHistoryNamespace, QStringLiteral("outside/%1/%2/%3")
                               .arg(uuidText(recordId), uuidText(previousEntry), QString::fromLatin1(hash)));
}

namespace {

// Runs change with the history's no-update trigger lifted, and puts it back exactly as it was.
template <typename Change> void changeHistory(sql::Database &db, Change change)
{
    auto t = db.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name = 'record_history_no_update'"));
    const QString trigger = t.next() ? t.text(0) : QString();
    if (!trigger.isEmpty()) db.exec(QStringLiteral("DROP TRIGGER record_history_no_update"));
    change();
    if (!trigger.isEmpty()) db.exec(trigger);
}

} // namespace

void forgetDeletedContent(sql::Database &db)
{
    if (!db.tableExists(QStringLiteral("record_history"))) return;
    changeHistory(db, [&db] {
        db.exec(QStringLiteral("UPDATE record_history SET content = NULL WHERE content IS NOT NULL AND "
                               "record_uuid IN (SELECT record_uuid "
                               "FROM record_history WHERE action = 'delete' AND fid IN (SELECT max(fid) FROM "
                               "record_history GROUP BY "
                               "record_uuid))"));
    });
}

void forgetContentOf(sql::Database &db, const QList<QUuid> &records)
{
    if (records.isEmpty() || !db.tableExists(QStringLiteral("record_history"))) return;
    changeHistory(db, [&db, &records] {
        auto s = db.prepare(QStringLiteral(
            "UPDATE record_history SET content = NULL WHERE record_uuid = ? AND content IS NOT NULL"));
        for (const QUuid &id : records) {
            s.bind(1, uuidText(id));
            s.run();
        }
    });
}

QUuid timeOrderedUuid()
{
    const auto ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint32 r[3];
    QRandomGenerator::global()->fillRange(r);
    uchar tail[8];
    tail[0] = uchar(0x80 | (r[0] & 0x3f)); // the RFC 4122 variant
    tail[1] = uchar(r[0] >> 8);
    for (int i = 0; i < 4; ++i)
        tail[2 + i] = uchar(r[1] >> (8 * i));
    tail[6] = uchar(r[2]);
    tail[7] = uchar(r[2] >> 8);
    return QUuid(uint(ms >> 16), ushort(ms), ushort(0x7000 | (r[0] >> 20 & 0x0fff)), tail[0], tail[1], tail[2],
                 tail[3], tail[4], tail[5], tail[6], tail[7]);
}

QString newEntryId()
{
    return uuidText(timeOrderedUuid());
}

bool hasEntryIdColumn(const QString &table)
{
    return logTables().contains(table);
}

QString entryIdDeclaration()
{
    return QStringLiteral("entry_uuid TEXT");
}

void createHistoryTables(sql::Database &db)
{
    db.exec(QStringLiteral(R"(
CREATE TABLE record_history (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, entry_uuid TEXT NOT NULL UNIQUE, record_table TEXT NOT NULL,
  record_uuid TEXT NOT NULL, revision INTEGER NOT NULL, action TEXT NOT NULL, content_hash TEXT NOT NULL,
  content TEXT, author TEXT NOT NULL, at_utc DATETIME NOT NULL);
CREATE INDEX idx_record_history_record ON record_history(record_uuid);
CREATE TRIGGER record_history_no_update BEFORE UPDATE ON record_history
  BEGIN SELECT RAISE(ABORT, 'the record history is append-only'); END;
CREATE TRIGGER record_history_no_delete BEFORE DELETE ON record_history
  BEGIN SELECT RAISE(ABORT, 'the record history is append-only'); END;

CREATE TABLE merge_conflicts (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, conflict_uuid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  record_table TEXT NOT NULL, record_uuid TEXT NOT NULL, field TEXT, ancestor TEXT, mine TEXT, theirs TEXT,
  mine_author TEXT, mine_utc DATETIME, theirs_author TEXT, theirs_utc DATETIME, detail TEXT NOT NULL,
  merged_utc DATETIME NOT NULL, merged_by TEXT NOT NULL, resolved_utc DATETIME, resolved_by TEXT, resolution TEXT);
CREATE INDEX idx_merge_conflicts_record ON merge_conflicts(record_uuid);
)"));
    gpkg::registerAttributeTable(
        db, QStringLiteral("record_history"), QStringLiteral("Record history"),
        QStringLiteral("Append-only: every version of every record, for merging copies"));
    gpkg::registerAttributeTable(db, QStringLiteral("merge_conflicts"), QStringLiteral("Merge conflicts"),
                                 QStringLiteral("What merging two copies could not decide, until resolved"));
    for (const QString &table : logTables())
        db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(table, entryIdDeclaration()));
}

void migrateToHistorySchema(sql::Database &db)
{
    createHistoryTables(db);
    const QString projectUuid = metaValue(db, QStringLiteral("project_uuid"));
    for (const QString &table : logTables())
        fillLogEntryIds(db, table, projectUuid);
    for (const TableSpec *spec : allTableSpecs()) {
        const auto contents = readContents(db, *spec);
        QList<const RecordContent *> ordered;
        for (const RecordContent &c : contents)
            ordered.append(&c);
        std::sort(ordered.begin(), ordered.end(),
                  [](const RecordContent *a, const RecordContent *b) { return a->meta.id < b->meta.id; });
        for (const RecordContent *c : ordered) {
            // Copies of one file migrated apart give a record's version the same id.
            const QUuid id = QUuid::createUuidV5(kHistoryNamespace, QStringLiteral("first/%1/%2/%3")
                                                                        .arg(uuidText(c->meta.id))
                                                                        .arg(c->meta.revision)
                                                                        .arg(QString::fromLatin1(c->hash)));
            appendHistory(db, historyEntry(spec->table, *c, QStringLiteral("migrated"), c->meta.author,
                                           c->meta.modifiedUtc, id));
        }
    }
}

} // namespace sightline::store
