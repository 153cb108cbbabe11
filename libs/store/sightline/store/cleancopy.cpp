// A cleaned copy of a refused project: what Sightline makes, nothing else.
#include "sightline/store/cleancopy.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/savecopy.h"
#include "sightline/store/schema.h"
#include "sightline/store/schemacheck.h"
#include "sightline/store/sqlite.h"

#include <QFile>
#include <QFileInfo>

namespace sightline::store {
namespace {

using K = StoreError::Kind;

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// Order of creation: tables (virtual ones first: they make their shadow tables), indexes,
// triggers; of removal, the reverse.
int rank(const SchemaProblem &p, int version)
{
    const QString def = expectedDefinition(p.type, p.name, version);
    if (p.type == QLatin1String("table"))
        return def.startsWith(QLatin1String("CREATE VIRTUAL TABLE")) ? 0 : 1;
    if (p.type == QLatin1String("index")) return 2;
    return 3;
}

void dropObject(sql::Database &db, const SchemaProblem &p)
{
    // The kind in the file, which for a changed object may differ from the expected one.
    db.exec(QStringLiteral("DROP %1 IF EXISTS %2").arg(p.type.toUpper(), quoted(p.name)));
}

bool objectExists(sql::Database &db, const QString &name)
{
    auto s = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
    s.bind(1, name);
    return s.next();
}

} // namespace

QStringList writeCleanedCopy(const QString &original, const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(original).absoluteFilePath())
        throw StoreError(K::Invalid, target, QStringLiteral("is the original itself; choose another file"));
    const QString partial = target + QStringLiteral(".partial");
    auto removePartial = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QString::fromLatin1(suffix));
    };
    removePartial();
    QStringList changes;
    try {
        {
            sql::Database source(original, sql::Database::Mode::ReadOnly);
            if (!source.tableExists(QStringLiteral("gpkg_contents")) ||
                !source.tableExists(QStringLiteral("sightline_meta")))
                throw StoreError(K::NotSightline, original, QStringLiteral("is not a Sightline project"));
            sql::UnlimitedStatements unlimited(source);
            auto vacuum = source.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.bind(1, partial);
            vacuum.run();
        }
        sql::Database copy(partial, sql::Database::Mode::ReadWrite);
        gpkg::registerFunctions(copy);
        const QString metaSql =
            copy.scalarText(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'sightline_meta'"))
                .value_or(QString());
        // The definition of schema 8, or of the schemas before (which the version is read from).
        if (metaSql.simplified() != expectedDefinition(QStringLiteral("table"), QStringLiteral("sightline_meta")) &&
            metaSql.simplified() !=
                expectedDefinition(QStringLiteral("table"), QStringLiteral("sightline_meta"), kSchemaVersion - 1))
            throw StoreError(K::Foreign, original,
                             QStringLiteral("cannot be cleaned: its sightline_meta table was replaced"));
        bool ok = false;
        const int version = metaValue(copy, QStringLiteral("schema_version")).toInt(&ok);
        if (!ok || version < 1 || version > kSchemaVersion)
            throw StoreError(K::Corrupt, original,
                             QStringLiteral("cannot be cleaned: it has no valid schema version"));

        sql::Transaction tx(copy);
        QList<SchemaProblem> wrong = schemaProblems(copy, version);
        std::stable_sort(wrong.begin(), wrong.end(),
                         [version](const SchemaProblem &a, const SchemaProblem &b) { return rank(a, version) > rank(b, version); });
        for (const SchemaProblem &p : std::as_const(wrong)) {
            if (p.kind == SchemaProblem::Kind::Missing || !objectExists(copy, p.name)) continue;
            dropObject(copy, p);
            changes << (p.kind == SchemaProblem::Kind::Foreign ? QStringLiteral("removed ")
                                                               : QStringLiteral("replaced ")) +
                           p.text();
        }
        // What is missing now: what was missing, what was replaced, and what went with a table.
        QList<SchemaProblem> missing = schemaProblems(copy, version);
        std::stable_sort(missing.begin(), missing.end(),
                         [version](const SchemaProblem &a, const SchemaProblem &b) { return rank(a, version) < rank(b, version); });
        for (const SchemaProblem &p : std::as_const(missing)) {
            if (p.kind != SchemaProblem::Kind::Missing || objectExists(copy, p.name)) continue;
            copy.exec(expectedDefinition(p.type, p.name, version));
            if (p.type == QLatin1String("table"))
                changes << QStringLiteral("made table \"%1\" as this build makes it, empty").arg(p.name);
        }
        tx.commit();
        const QList<SchemaProblem> left = schemaProblems(copy, version);
        if (!left.isEmpty())
            throw StoreError(K::Foreign, original,
                             QStringLiteral("cannot be cleaned: ") + left.first().text());
        dropDeletedRemains(copy); // nor what was deleted, or dropped just now
    } catch (const StoreError &) {
        removePartial();
        throw;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        removePartial();
        throw StoreError(K::Io, target, QStringLiteral("cannot move the cleaned copy into place"));
    }
    removePartial();
    return changes;
}

} // namespace sightline::store
