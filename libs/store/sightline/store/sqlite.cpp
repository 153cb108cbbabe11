#include "sightline/store/sqlite.h"
#include "sightline/store/sqliteversion.h"

#include <QElapsedTimer>
#include <QUrl>

#include <sqlite3.h>

namespace sightline::sql {
namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// The measures of "Defense Against the Dark Arts" (https://sqlite.org/security.html) that apply
// to a file someone else made. Sightline's own schema needs no views, no extensions, nothing
// from the schema that is not innocuous, and none of these limits' defaults.
void harden(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, Database::kMaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 16);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 1); // VACUUM INTO attaches its target
}

} // namespace

Statement::Statement(Database &db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}

Statement::~Statement()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Statement &Statement::bind(int i, const QString &v)
{
    if (v.isNull())
        return bindNull(i);
    const QByteArray utf8 = v.toUtf8();
    if (int rc = sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT))
        m_db.fail(rc, QStringLiteral("binding a value"));
    return *this;
}

Statement &Statement::bind(int i, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(i);
    if (int rc = sqlite3_bind_blob64(m_stmt, i, blob.constData(), static_cast<sqlite3_uint64>(blob.size()),
                                     SQLITE_TRANSIENT))
        m_db.fail(rc, QStringLiteral("binding a value"));
    return *this;
}

Statement &Statement::bindText(int i, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(i);
    if (int rc = sqlite3_bind_text64(m_stmt, i, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8))
        m_db.fail(rc, QStringLiteral("binding a value"));
    return *this;
}

Statement &Statement::bind(int i, qint64 v)
{
    if (int rc = sqlite3_bind_int64(m_stmt, i, v))
        m_db.fail(rc, QStringLiteral("binding a value"));
    return *this;
}

Statement &Statement::bind(int i, double v)
{
    if (int rc = sqlite3_bind_double(m_stmt, i, v))
        m_db.fail(rc, QStringLiteral("binding a value"));
    return *this;
}

Statement &Statement::bind(int i, std::optional<double> v)
{
    return v ? bind(i, *v) : bindNull(i);
}

Statement &Statement::bindNull(int i)
{
    if (int rc = sqlite3_bind_null(m_stmt, i))
        m_db.fail(rc, QStringLiteral("binding a value"));
    return *this;
}

bool Statement::next()
{
    m_db.startClock();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail(rc, QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(60));
}

void Statement::run()
{
    while (next()) {
    }
    sqlite3_reset(m_stmt); // ready to run again with new bindings
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

Statement::ColumnType Statement::columnType(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return ColumnType::Integer;
    case SQLITE_FLOAT:
        return ColumnType::Real;
    case SQLITE_TEXT:
        return ColumnType::Text;
    case SQLITE_BLOB:
        return ColumnType::Blob;
    default:
        return ColumnType::Null;
    }
}

QString Statement::columnName(int col) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, col));
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    if (!p)
        return {};
    return QByteArray(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Statement::view(int col) const
{
    // The pointer first, then the size, as SQLite asks (the size may convert the value).
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    if (!p)
        return {};
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, col));
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

std::optional<double> Statement::optReal(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return real(col);
}

Database::Database(const QString &path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    QByteArray uri = QStringLiteral("file:%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/"))).toUtf8();
    if (path == QLatin1String(":memory:"))
        uri = ":memory:";
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY;
        uri += "?immutable=1";
        break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(uri.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(StoreError::Kind::Io, path, QStringLiteral("cannot open: ") + why);
    }
    sqlite3_extended_result_codes(m_db, 1);
    harden(m_db);
    // Every 10,000 virtual machine steps: a few hundred microseconds of work between checks.
    sqlite3_progress_handler(m_db, 10000, &Database::onProgress, this);
}

void Database::trustCheckedSchema()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, nullptr);
}

void Database::startClock()
{
    m_stepStartedMs = monotonicMs();
    m_interrupted = false;
}

int Database::onProgress(void *self)
{
    auto *db = static_cast<Database *>(self);
    if (db->m_statementLimitMs <= 0 || monotonicMs() - db->m_stepStartedMs <= db->m_statementLimitMs)
        return 0;
    db->m_interrupted = true;
    return 1;
}

Database::~Database()
{
    for (sqlite3_stmt *s : std::as_const(m_cache))
        sqlite3_finalize(s);
    sqlite3_close(m_db);
}

void Database::exec(const QString &sql)
{
    char *err = nullptr;
    startClock();
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        fail(rc, sql.simplified().left(60));
}

Statement Database::prepare(const QString &sql)
{
    sqlite3_stmt *&stmt = m_cache[sql];
    if (!stmt) {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            m_cache.remove(sql);
            fail(rc, sql.simplified().left(60));
        }
    }
    return Statement(*this, stmt);
}

std::optional<qint64> Database::scalarInt(const QString &sql)
{
    Statement s = prepare(sql);
    if (!s.next() || s.isNull(0))
        return std::nullopt;
    return s.int64(0);
}

std::optional<QString> Database::scalarText(const QString &sql)
{
    Statement s = prepare(sql);
    if (!s.next() || s.isNull(0))
        return std::nullopt;
    return s.text(0);
}

bool Database::tableExists(const QString &name)
{
    Statement s = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?"));
    s.bind(1, name);
    return s.next();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::fail(int rc, const QString &context) const
{
    const QString sqliteSays = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    using K = StoreError::Kind;
    if ((rc & 0xff) == SQLITE_INTERRUPT && m_interrupted)
        throw StoreError(K::Runaway, m_path,
                         QStringLiteral("a statement ran for more than %1 s and was stopped (%2); a view or trigger in "
                                        "the file may be built to run without end")
                             .arg(m_statementLimitMs / 1000.0)
                             .arg(context));
    switch (rc & 0xff) {
    case SQLITE_TOOBIG:
        throw StoreError(K::Invalid, m_path,
                         QStringLiteral("a value over the limit of %1 MiB was refused (%2)")
                             .arg(kMaxValueBytes / (1024 * 1024))
                             .arg(context));
    case SQLITE_CORRUPT:
        throw StoreError(K::Corrupt, m_path, QStringLiteral("the file is damaged (%1)").arg(sqliteSays));
    case SQLITE_NOTADB:
        throw StoreError(K::NotSqlite, m_path, QStringLiteral("not an SQLite database (%1)").arg(sqliteSays));
    case SQLITE_CONSTRAINT:
        throw StoreError(K::Invalid, m_path, QStringLiteral("refused by the project's rules: %1").arg(sqliteSays));
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PERM:
        throw StoreError(K::Io, m_path, QStringLiteral("cannot read or write the file (%1)").arg(sqliteSays));
    default:
        throw StoreError(K::Internal, m_path, QStringLiteral("%1 failed: %2").arg(context, sqliteSays));
    }
}

Transaction::Transaction(Database &db) : m_db(db)
{
    // One savepoint name serves every nesting level: RELEASE and ROLLBACK TO act on the most
    // recent savepoint of that name. Prepared once, they cost little per record.
    m_outermost = sqlite3_get_autocommit(db.handle()) != 0;
    db.prepare(m_outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sl")).run();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // Must not throw from a destructor; if even the rollback fails, SQLite undoes the open
    // transaction when the connection closes.
    sqlite3_exec(m_db.handle(), m_outermost ? "ROLLBACK" : "ROLLBACK TO sl; RELEASE sl", nullptr, nullptr,
                 nullptr);
}

void Transaction::commit()
{
    m_db.prepare(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sl")).run();
    m_done = true;
}

QString sqliteVersion()
{
    return QString::fromUtf8(sqlite3_libversion());
}

} // namespace sightline::sql
