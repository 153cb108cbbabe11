#include "sightline/store/fileprobe.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/schema.h"
#include "sightline/store/schemacheck.h"
#include "sightline/store/sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace sightline::store {
namespace {

using K = StoreError::Kind;

// The fixed 100-byte SQLite header (https://www.sqlite.org/fileformat.html#the_database_header).
void checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(K::Io, path, QStringLiteral("cannot be read: ") + f.errorString());
    const qint64 size = f.size();
    if (size == 0)
        throw StoreError(K::NotSqlite, path, QStringLiteral("is empty, not a Sightline project"));
    const QByteArray header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic.left(qMin<qsizetype>(header.size(), 16))) || header.size() < 16)
        throw StoreError(K::NotSqlite, path, QStringLiteral("is not a Sightline project (not an SQLite database)"));
    if (header.size() < 100)
        throw StoreError(K::Truncated, path,
                         QStringLiteral("is truncated: %1 bytes, shorter than an SQLite header").arg(size));
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(h + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throw StoreError(K::Corrupt, path, QStringLiteral("is damaged: its header gives an invalid page size"));
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    // The in-header page count is only trustworthy when written by the same change (SQLite ≥ 3.7).
    if (validFor == changeCounter && pageCount > 0 && size < static_cast<qint64>(pageCount) * pageSize)
        throw StoreError(K::Truncated, path,
                         QStringLiteral("is truncated: %1 bytes where its header says %2")
                             .arg(size)
                             .arg(static_cast<qint64>(pageCount) * pageSize));
    if (size % pageSize != 0)
        throw StoreError(K::Truncated, path,
                         QStringLiteral("is truncated: %1 bytes is not a whole number of %2-byte pages")
                             .arg(size)
                             .arg(pageSize));
}

} // namespace

ProbeResult probeProjectFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw StoreError(K::NotFound, path, QStringLiteral("no such file"));
    checkHeader(path);

    // Immutable needs no lock and writes nothing (no -shm); when a -wal file is left from a
    // crash, a plain read-only open lets SQLite see the committed transactions in it.
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    sql::Database db(path, hasWal ? sql::Database::Mode::ReadOnly : sql::Database::Mode::ReadOnlyImmutable);
    try {
        db.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const qint64 appId = db.scalarInt(QStringLiteral("PRAGMA application_id")).value_or(0);
        const bool isGpkg = appId == gpkg::kApplicationId && db.tableExists(QStringLiteral("gpkg_contents"));
        const bool isSightline = db.tableExists(QStringLiteral("sightline_meta"));
        if (!isGpkg)
            throw StoreError(K::NotGeoPackage, path,
                             isSightline ? QStringLiteral("is damaged: Sightline tables without GeoPackage metadata")
                                         : QStringLiteral("is an SQLite database but not a GeoPackage, so not a "
                                                          "Sightline project"));
        if (!isSightline)
            throw StoreError(K::NotSightline, path,
                             QStringLiteral("is a GeoPackage but not a Sightline project (it has no sightline_meta "
                                            "table); add its layers as reference layers instead"));
        // Before any table is read: reading runs whatever a view or trigger in the file says.
        refuseForeignSchema(db);
        bool ok = false;
        const int version = metaValue(db, QStringLiteral("schema_version")).toInt(&ok);
        if (!ok || version < 1)
            throw StoreError(K::Corrupt, path, QStringLiteral("is damaged: it has no valid schema version"));
        if (version > kSchemaVersion)
            throw StoreError(K::TooNew, path,
                             QStringLiteral("was written by a newer Sightline (project schema %1; this build reads up "
                                            "to %2): open it with a newer Sightline")
                                 .arg(version)
                                 .arg(kSchemaVersion));
        return ProbeResult{version};
    } catch (const StoreError &e) {
        if (e.kind() == K::Internal || e.kind() == K::NotSqlite)
            throw StoreError(K::Corrupt, path, QStringLiteral("is damaged: ") + e.problem());
        throw;
    }
}

} // namespace sightline::store
