#pragma once

#include "sightline/store/storeerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace sightline::sql {

class Database;

// A prepared statement, reset and cleared on destruction so a cached statement can be reused.
// Bind indexes start at 1, column indexes at 0, as in SQLite.
class Statement
{
public:
    Statement(Database &db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int i, const QString &v);        // null QString binds NULL
    Statement &bind(int i, const QByteArray &blob);  // null array binds NULL
    Statement &bind(int i, qint64 v);
    Statement &bind(int i, int v) { return bind(i, static_cast<qint64>(v)); }
    Statement &bind(int i, double v);
    Statement &bind(int i, std::optional<double> v);
    Statement &bindNull(int i);
    // Text already in UTF-8 (null binds NULL), without a round trip through QString.
    Statement &bindText(int i, const QByteArray &utf8);

    // Steps once: true while a row is available.
    bool next();
    // Runs a statement that returns no rows; it can then be bound and run again.
    void run();

    bool isNull(int col) const;
    // What the row holds, for code that reads any table's columns (a record's history).
    enum class ColumnType { Integer, Real, Text, Blob, Null };
    int columnCount() const;
    ColumnType columnType(int col) const;
    QString columnName(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    // A text or blob column's bytes without a copy: valid until the statement steps or resets.
    QByteArrayView view(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    std::optional<double> optReal(int col) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt;
};

// One SQLite connection to one file. Statements are prepared once and cached by their SQL.
// Not thread-safe: one thread owns a Database at a time.
//
// Every file is treated as hostile input (SQLite's "Defense Against the Dark Arts"): the
// connection runs in defensive mode with trusted_schema off, views and extension loading
// disabled, limits on the length of values and SQL and on expression and trigger depth, and a
// progress handler that interrupts any one statement running longer than its time limit.
class Database
{
public:
    enum class Mode { ReadOnly, ReadOnlyImmutable, ReadWrite, Create };

    // The largest string or blob a statement may make or read (SQLITE_LIMIT_LENGTH): far above
    // any value Sightline stores (content goes in 1 MiB chunks), far below what would stall.
    static constexpr int kMaxValueBytes = 64 * 1024 * 1024;
    // How long one step of one statement may run before it is interrupted, unless changed.
    static constexpr qint64 kDefaultStatementLimitMs = 15000;

    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    void exec(const QString &sql);
    Statement prepare(const QString &sql);
    // The first column of the first row, or nothing.
    std::optional<qint64> scalarInt(const QString &sql);
    std::optional<QString> scalarText(const QString &sql);
    bool tableExists(const QString &name);
    qint64 lastInsertRowId() const;
    int changes() const;

    // Turns the connection's last error into a StoreError naming the file.
    [[noreturn]] void fail(int rc, const QString &context) const;

    // The time limit of one statement step; 0 for none (a whole-file copy or check, whose time
    // grows with the file rather than with anything a schema object could make endless).
    void setStatementLimitMs(qint64 ms) { m_statementLimitMs = ms; }
    qint64 statementLimitMs() const { return m_statementLimitMs; }
    // Lets the schema's triggers use what SQLite does not mark innocuous. SQLite 3.40's R*Tree is
    // not, and the GeoPackage spatial index triggers write to it, so a connection that writes
    // records needs this; call it only once the schema check has found nothing but this build's
    // own schema (schemacheck.h), so that only Sightline's triggers run with it.
    void trustCheckedSchema();
    // Marks the start of a statement step for the progress handler.
    void startClock();

private:
    static int onProgress(void *self);

    QString m_path;
    sqlite3 *m_db = nullptr;
    QHash<QString, sqlite3_stmt *> m_cache;
    qint64 m_statementLimitMs = kDefaultStatementLimitMs;
    qint64 m_stepStartedMs = 0;
    bool m_interrupted = false;
};

// Lifts a connection's statement time limit for one scope (VACUUM INTO, integrity_check).
class UnlimitedStatements
{
public:
    explicit UnlimitedStatements(Database &db) : m_db(db), m_saved(db.statementLimitMs()) { db.setStatementLimitMs(0); }
    ~UnlimitedStatements() { m_db.setStatementLimitMs(m_saved); }
    UnlimitedStatements(const UnlimitedStatements &) = delete;
    UnlimitedStatements &operator=(const UnlimitedStatements &) = delete;

private:
    Database &m_db;
    qint64 m_saved;
};

// Begins on construction, rolls back on destruction unless commit() was called; nested scopes
// become savepoints so that a failing inner step leaves the outer transaction intact.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_outermost = true;
    bool m_done = false;
};

} // namespace sightline::sql
