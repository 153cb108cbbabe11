// The schema check of files opened from elsewhere: only what this build's schema code makes.
#include "sightline/store/schemacheck.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/history.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/schema.h"
#include "sightline/store/schema_qgis.h"
#include "sightline/store/schemareference.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace sightline::store {
namespace {

// The schema of the files before the step to schema 8, which rebuilt tables and dropped the
// search index: made by the same code, stopped before that step. Columns added before schema 7
// are taken off by definitionAt.
const SchemaObjects &referenceBeforeQgisStep()
{
    static const SchemaObjects objects = schemaMadeAt(kQgisSchemaVersion - 1);
    return objects;
}

const SchemaObjects &referenceAt(int fileVersion)
{
    return fileVersion >= kQgisSchemaVersion ? currentSchema() : referenceBeforeQgisStep();
}

// The table an object belongs to, for the version that added it: a virtual table's shadow
// tables ("rtree_sites_geom_node", "search_index_data") belong to the table it indexes.
QString owningTable(const SchemaObject &o)
{
    const auto &ref = referenceBeforeQgisStep(); // the one with every virtual table
    QString name = o.table;
    for (auto it = ref.cbegin(); it != ref.cend(); ++it) {
        const SchemaObject &v = it.value();
        if (v.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")) &&
            (name == v.name || name.startsWith(v.name + u'_'))) {
            name = v.name;
            break;
        }
    }
    // A GeoPackage spatial index is named rtree_<table>_<geometry column>.
    if (name.startsWith(QLatin1String("rtree_")) && name.endsWith(QLatin1String("_geom")))
        return name.mid(6, name.size() - 6 - 5);
    return name;
}

// What GDAL and QGIS add when they edit a project's layers in place, allowed as they make it and
// nothing else: OGR's feature counts (a table, and per layer two triggers that only count), QGIS's
// saved styles (a plain table), and SQLite's own bookkeeping for such tables. Plain tables run
// no code; the triggers must be GDAL's text exactly, for a table of the project.
bool madeByGdalOrQgis(const SchemaObject &o)
{
    static const QSet<QString> plainTables{QStringLiteral("gpkg_ogr_contents"), QStringLiteral("layer_styles"),
                                           QStringLiteral("sqlite_sequence")};
    if (o.type == QLatin1String("table"))
        return plainTables.contains(o.name) && o.sql.startsWith(QLatin1String("CREATE TABLE "));
    if (o.type == QLatin1String("index"))
        return o.sql.isEmpty() && (o.name.startsWith(QLatin1String("sqlite_autoindex_gpkg_ogr_contents_")) ||
                                   o.name.startsWith(QLatin1String("sqlite_autoindex_layer_styles_")));
    // The triggers of a table of this build, of schema 8 (which has every table a layer).
    if (o.type != QLatin1String("trigger") || !currentSchema().contains(o.table) ||
        currentSchema().value(o.table).type != QLatin1String("table"))
        return false;
    for (const auto &[what, sign] : {std::pair{QStringLiteral("insert"), QStringLiteral("+")},
                                     std::pair{QStringLiteral("delete"), QStringLiteral("-")}}) {
        const QString expected =
            QStringLiteral("CREATE TRIGGER \"trigger_%1_feature_count_%2\" AFTER %3 ON \"%2\" BEGIN UPDATE "
                           "gpkg_ogr_contents SET feature_count = feature_count %4 1 WHERE lower(table_name) = "
                           "lower('%2'); END")
                .arg(what, o.table, what.toUpper(), sign);
        if (o.name == QStringLiteral("trigger_%1_feature_count_%2").arg(what, o.table) && o.sql == expected)
            return true;
    }
    return false;
}

// A table's definition as a file of that version has it: ALTER TABLE appended each later column
// as ", declaration" before the closing parenthesis, so a file older than a column lacks it.
QString definitionAt(const SchemaObject &o, int fileVersion)
{
    if (o.type != QLatin1String("table"))
        return o.sql;
    if (hasEntryIdColumn(o.name)) {
        const QString tail = QStringLiteral(", %1)").arg(entryIdDeclaration());
        if (fileVersion < kHistorySchemaVersion && o.sql.endsWith(tail))
            return o.sql.left(o.sql.size() - tail.size()) + u')';
        return o.sql;
    }
    for (const TableSpec *spec : allTableSpecs()) {
        if (spec->table != o.name)
            continue;
        QString sql = o.sql;
        for (auto it = spec->added.crbegin(); it != spec->added.crend(); ++it) {
            const QString tail = QStringLiteral(", %1)").arg(it->declaration);
            if (it->version > fileVersion && sql.endsWith(tail))
                sql = sql.left(sql.size() - tail.size()) + u')';
        }
        return sql;
    }
    return o.sql;
}

// Whether a file's definition of a table is this build's at the file's version or, when the
// version is not yet known (0), at any version.
bool definitionFits(const SchemaObject &reference, const QString &sql, int fileVersion)
{
    if (fileVersion > 0)
        return definitionAt(reference, fileVersion) == sql;
    for (int v = 1; v <= kSchemaVersion; ++v)
        if (definitionAt(reference, v) == sql)
            return true;
    return false;
}

// What an object of a file is against one reference schema: nothing, foreign or changed.
std::optional<SchemaProblem::Kind> problemAgainst(const SchemaObjects &ref, const SchemaObject &o,
                                                  int fileVersion)
{
    const auto it = ref.constFind(o.name);
    if (it == ref.cend())
        return madeByGdalOrQgis(o) ? std::nullopt : std::optional(SchemaProblem::Kind::Foreign);
    if (it->type != o.type || it->table != o.table || !definitionFits(*it, o.sql, fileVersion))
        return SchemaProblem::Kind::Changed;
    return std::nullopt;
}

} // namespace

QString SchemaProblem::text() const
{
    const QString on =
        (type == QLatin1String("trigger") || type == QLatin1String("index")) && !table.isEmpty()
            ? QStringLiteral(" on %1").arg(table)
            : QString();
    switch (kind) {
    case Kind::Foreign:
        return QStringLiteral("%1 \"%2\"%3, which this build of Sightline does not make").arg(type, name, on);
    case Kind::Changed:
        return QStringLiteral("%1 \"%2\"%3, which differs from what this build of Sightline makes")
            .arg(type, name, on);
    case Kind::Missing:
        return QStringLiteral("%1 \"%2\"%3 is missing").arg(type, name, on);
    }
    return {};
}

QList<SchemaProblem> schemaProblems(sql::Database &db, int fileVersion)
{
    QList<SchemaProblem> out;
    QSet<QString> seen;
    for (const SchemaObject &o : schemaObjectsOf(db)) {
        seen.insert(o.name);
        std::optional<SchemaProblem::Kind> kind;
        if (fileVersion == 0) {
            // A file of unknown version may be of either side of the step to schema 8: this
            // build's schema first (every project it writes), the schema before the step only
            // for an object that does not fit it (so opening a current file never makes it).
            if (problemAgainst(currentSchema(), o, 0))
                kind = problemAgainst(referenceBeforeQgisStep(), o, 0);
        } else {
            kind = problemAgainst(referenceAt(fileVersion), o, fileVersion);
        }
        if (kind)
            out.append({*kind, o.type, o.name, o.table});
    }
    // Nothing is missing from a file of unknown version (every table was added in version 1 or later).
    if (fileVersion == 0)
        return out;
    for (const SchemaObject &o : referenceAt(fileVersion))
        if (!seen.contains(o.name) && tableAddedIn(owningTable(o)) <= fileVersion)
            out.append({SchemaProblem::Kind::Missing, o.type, o.name, o.table});
    return out;
}

void refuseForeignSchema(sql::Database &db)
{
    // Missing objects are judged by the version, which is read only after this check passes.
    QList<SchemaProblem> problems = schemaProblems(db, 0);
    problems.removeIf([](const SchemaProblem &p) { return p.kind == SchemaProblem::Kind::Missing; });
    if (problems.isEmpty()) return;
    QString more;
    if (problems.size() > 1)
        more = QStringLiteral(" (and %1 more foreign or changed object%2)")
                   .arg(problems.size() - 1)
                   .arg(problems.size() > 2 ? QStringLiteral("s") : QString());
    throw StoreError(
        StoreError::Kind::Foreign, db.path(),
        QStringLiteral("refused: it holds %1%2; a project from elsewhere may hold only what Sightline "
                       "makes (the window offers to open a cleaned copy)")
            .arg(problems.first().text(), more));
}

QString expectedDefinition(const QString &type, const QString &name, int fileVersion)
{
    const auto &ref = referenceAt(fileVersion);
    const auto it = ref.constFind(name);
    return it == ref.cend() || it->type != type ? QString() : it->sql;
}

} // namespace sightline::store
