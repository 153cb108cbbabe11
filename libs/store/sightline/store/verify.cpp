// Project::verify: everything that can be wrong with a project file, one line each.
#include "sightline/store/gpkg.h"
#include "sightline/store/project.h"
#include "sightline/store/qgisstyle.h"
#include "sightline/store/scenefiles.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema.h"
#include "sightline/store/custodycheck.h"
#include "sightline/store/schemacheck.h"

namespace sightline {

using namespace store;

namespace {

QString columnName(const QString &declaration)
{
    return declaration.section(u' ', 0, 0);
}

// References stored as one UUID per column, as JSON arrays, or as typed link ends.
void checkReferences(sql::Database &db, const TableSpec &spec, QStringList &out)
{
    struct Ref
    {
        QString column;
        QString target; // table
        bool list;
    };
    QList<Ref> refs;
    for (const QString &decl : spec.columns) {
        const QString col = columnName(decl);
        static const QHash<QString, QString> targets{
            {QStringLiteral("source_uuid"), QStringLiteral("sources")},
            {QStringLiteral("attributed_to_uuid"), QStringLiteral("sources")},
            {QStringLiteral("capture_uuid"), QStringLiteral("captures")},
            {QStringLiteral("site_uuid"), QStringLiteral("sites")},
            {QStringLiteral("scene_uuid"), QStringLiteral("scenes")},
            {QStringLiteral("claim_uuid"), QStringLiteral("claims")},
            {QStringLiteral("site_uuids"), QStringLiteral("sites")},
            {QStringLiteral("source_uuids"), QStringLiteral("sources")},
        };
        if (targets.contains(col))
            refs.append({col, targets.value(col), col.endsWith(QLatin1String("_uuids"))});
    }
    for (const Ref &r : refs) {
        const QString value = r.list ? QStringLiteral("j.value") : QStringLiteral("t.%1").arg(r.column);
        const QString from = r.list ? QStringLiteral("%1 t, json_each(t.%2) j").arg(spec.table, r.column)
                                    : QStringLiteral("%1 t").arg(spec.table);
        auto s = db.prepare(QStringLiteral("SELECT t.uuid, %1 FROM %2 WHERE %1 IS NOT NULL AND %1 <> '' AND "
                                           "NOT EXISTS (SELECT 1 FROM %3 x WHERE x.uuid = %1)")
                                .arg(value, from, r.target));
        while (s.next())
            out << QStringLiteral("%1 %2 refers to %3 %4, which is not in the project")
                       .arg(toKey(spec.type), s.text(0), r.column, s.text(1));
    }
}

void checkLinks(sql::Database &db, QStringList &out)
{
    auto s = db.prepare(QStringLiteral("SELECT uuid, from_type, from_uuid, to_type, to_uuid FROM links"));
    QList<QStringList> rows;
    while (s.next())
        rows.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    for (const auto &row : rows) {
        for (int end : {1, 3}) {
            const auto type = fromKey<RecordType>(row[end]);
            if (!type) {
                out << QStringLiteral("link %1 names an unknown record type \"%2\"").arg(row[0], row[end]);
                continue;
            }
            auto e = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(specFor(*type).table));
            e.bind(1, row[end + 1]);
            if (!e.next())
                out << QStringLiteral("link %1 points to %2 %3, which is not in the project")
                           .arg(row[0], row[end], row[end + 1]);
        }
    }
}

} // namespace

QStringList Project::verify() const
{
    QStringList out;
    {
        // Its time grows with the file, not with anything a schema object can make endless.
        sql::UnlimitedStatements unlimited(*m_db);
        auto s = m_db->prepare(QStringLiteral("PRAGMA integrity_check"));
        while (s.next())
            if (s.text(0) != QLatin1String("ok"))
                out << QStringLiteral("SQLite integrity: ") + s.text(0);
    }
    if (!out.isEmpty())
        return out; // the rest would read damaged pages
    out += gpkg::structureProblems(*m_db);
    // An older schema is sound: a read-only open leaves it unmigrated, without the later tables.
    const int version = schemaVersion();
    if (version < 1 || version > kSchemaVersion)
        out << QStringLiteral("schema version %1, expected 1 to %2").arg(version).arg(kSchemaVersion);
    // The append-only triggers among them: without them a sender could have rewritten the logs.
    for (const SchemaProblem &p : schemaProblems(*m_db, version))
        out << QStringLiteral("schema: ") + p.text();
    for (const TableSpec *spec : allTableSpecs()) {
        if (tableAddedIn(spec->table) > version)
            continue;
        if (!m_db->tableExists(spec->table)) {
            out << QStringLiteral("table %1 is missing").arg(spec->table);
            continue;
        }
        checkReferences(*m_db, *spec, out);
    }
    if (tableAddedIn(QStringLiteral("map_layers")) <= version && !m_db->tableExists(QStringLiteral("map_layers")))
        out << QStringLiteral("table map_layers is missing");
    checkLinks(*m_db, out);
    // A style QGIS reads as a layer's default runs in QGIS, not here; code in it is named.
    if (m_db->tableExists(QStringLiteral("layer_styles"))) {
        auto st = m_db->prepare(QStringLiteral("SELECT id, f_table_name, styleName, styleQML FROM layer_styles"));
        while (st.next()) {
            const QString problem = qmlCodeProblem(st.text(3));
            if (!problem.isEmpty())
                out << QStringLiteral("layer style %1 (\"%2\" of %3) holds %4, which QGIS would run")
                           .arg(st.text(0), st.text(2), st.text(1), problem);
        }
    }
    for (const Capture &c : all<Capture>()) {
        const QByteArray actual = hashCaptureContent(c.meta.id);
        if (actual != c.sha256)
            out << QStringLiteral("capture %1 (\"%2\") does not match its SHA-256: recorded %3, content has %4")
                       .arg(uuidText(c.meta.id), c.fileName, QString::fromLatin1(c.sha256), QString::fromLatin1(actual));
    }
    out += sceneFileProblems(*this);
    out += custodyProblems(*this);
    out += countProblems();
    return out;
}

} // namespace sightline
