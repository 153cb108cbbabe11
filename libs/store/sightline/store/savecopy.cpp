// Project::saveCopyAs: a copy to hand on, holding only what the project holds now.
#include "sightline/store/savecopy.h"
#include "sightline/store/history.h"
#include "sightline/store/project.h"
#include "sightline/store/sqlite.h"

#include <QFileInfo>

namespace sightline {

void store::dropDeletedRemains(sql::Database &db)
{
    sql::UnlimitedStatements unlimited(db);
    db.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    forgetDeletedContent(db);
    if (db.tableExists(QStringLiteral("search_index")))
        db.exec(QStringLiteral("INSERT INTO search_index(search_index) VALUES ('optimize')"));
    db.exec(QStringLiteral("VACUUM"));
}

// SQLite leaves deleted rows in free pages and in the free space of pages, and the full-text
// index keeps deleted words in older segments until they are merged; a page-by-page copy (the
// online backup) hands all of that on. VACUUM INTO writes a new file of the live rows alone;
// the index is then merged ("optimize") and the copy vacuumed once more, with secure_delete on,
// so that the words of a deleted record are gone too.
void Project::saveCopyAs(const QString &target) const
{
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(path()).canonicalFilePath())
        throw StoreError(StoreError::Kind::Invalid, target,
                         QStringLiteral("is the project itself; choose another file"));
    const QString partial = target + QStringLiteral(".partial");
    auto removePartial = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QString::fromLatin1(suffix));
    };
    removePartial();
    try {
        {
            sql::UnlimitedStatements unlimited(*m_db);
            auto vacuum = m_db->prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.bind(1, partial);
            vacuum.run();
        }
        sql::Database copy(partial, sql::Database::Mode::ReadWrite);
        store::dropDeletedRemains(copy);
    } catch (const StoreError &e) {
        removePartial();
        throw StoreError(StoreError::Kind::Io, target,
                         QStringLiteral("cannot copy the project: ") + e.problem());
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        removePartial();
        throw StoreError(StoreError::Kind::Io, target, QStringLiteral("cannot move the copy into place"));
    }
    removePartial();
}

} // namespace sightline
