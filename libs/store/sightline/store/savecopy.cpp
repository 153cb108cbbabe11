// Project::saveCopyAs: a consistent copy through SQLite's online backup.
#include "sightline/store/project.h"
#include "sightline/store/sqlite.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace sightline {

void Project::saveCopyAs(const QString &target) const
{
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(path()).canonicalFilePath())
        throw StoreError(StoreError::Kind::Invalid, target, QStringLiteral("is the project itself; choose another file"));
    const QString partial = target + QStringLiteral(".partial");
    auto removePartial = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QString::fromLatin1(suffix));
    };
    removePartial();
    {
        sql::Database copy(partial, sql::Database::Mode::Create);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", m_db->handle(), "main");
        if (!backup)
            copy.fail(sqlite3_errcode(copy.handle()), QStringLiteral("starting the copy"));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            removePartial();
            throw StoreError(StoreError::Kind::Io, target,
                             QStringLiteral("cannot copy the project: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
        }
        // One self-contained file to hand on: fold the copy's WAL into it.
        copy.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        removePartial();
        throw StoreError(StoreError::Kind::Io, target, QStringLiteral("cannot move the copy into place"));
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(partial + QString::fromLatin1(suffix));
}

} // namespace sightline
