#pragma once

#include "sightline/store/storeerror.h"

#include <QByteArray>
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

    // Steps once: true while a row is available.
    bool next();
    // Runs a statement that returns no rows; it can then be bound and run again.
    void run();

    bool isNull(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    std::optional<double> optReal(int col) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt;
};

// One SQLite connection to one file. Statements are prepared once and cached by their SQL.
// Not thread-safe: one thread owns a Database at a time.
class Database
{
public:
    enum class Mode { ReadOnly, ReadOnlyImmutable, ReadWrite, Create };

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

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    QHash<QString, sqlite3_stmt *> m_cache;
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
