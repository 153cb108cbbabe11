#pragma once

// What a hostile sender does to a project file: SQL run on it with plain SQLite, outside
// Sightline (no schema check, no defensive mode). Header-only; tests link SQLite through the store.
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace sightline::test {

// Runs sql on the file; empty on success, else SQLite's message.
inline QString plant(const QString &file, const QString &sql)
{
    sqlite3 *db = nullptr;
    QString why;
    if (sqlite3_open(QFile::encodeName(file).constData(), &db) != SQLITE_OK) {
        why = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        // The GeoPackage spatial index triggers fire on any update of a feature table; a sender's
        // tools (GDAL's, say) have these functions. Only whether a row is indexed matters here.
        auto isEmpty = [](sqlite3_context *ctx, int, sqlite3_value **) { sqlite3_result_int(ctx, 0); };
        auto bound = [](sqlite3_context *ctx, int, sqlite3_value **) { sqlite3_result_double(ctx, 0); };
        sqlite3_create_function(db, "ST_IsEmpty", 1, SQLITE_UTF8, nullptr, isEmpty, nullptr, nullptr);
        for (const char *name : {"ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"})
            sqlite3_create_function(db, name, 1, SQLITE_UTF8, nullptr, bound, nullptr, nullptr);
        char *err = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK)
            why = QString::fromUtf8(err ? err : "failed");
        sqlite3_free(err);
        // A file to hand on: no WAL left beside it.
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE", nullptr, nullptr,
                     nullptr);
    }
    sqlite3_close(db);
    return why;
}

// The file's bytes, for "nothing was written".
inline QByteArray fileBytes(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sightline::test
