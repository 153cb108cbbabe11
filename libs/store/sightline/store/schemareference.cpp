#include "sightline/store/schemareference.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace sightline::store {

QList<SchemaObject> schemaObjectsOf(sql::Database &db)
{
    QList<SchemaObject> out;
    auto s = db.prepare(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"));
    // Whitespace is not meaning; everything else in a definition is.
    while (s.next())
        out.append({s.text(0), s.text(1), s.text(2), s.text(3).simplified()});
    return out;
}

SchemaObjects schemaMadeAt(int version)
{
    sql::Database db(QStringLiteral(":memory:"), sql::Database::Mode::Create);
    gpkg::registerFunctions(db);
    sql::Transaction tx(db);
    createSchema(db, QStringLiteral("reference"), version);
    tx.commit();
    SchemaObjects byName;
    for (const SchemaObject &o : schemaObjectsOf(db))
        byName.insert(o.name, o);
    return byName;
}

QByteArray schemaReferenceFile()
{
    const SchemaObjects made = schemaMadeAt(kSchemaVersion);
    QStringList names = made.keys();
    names.sort(); // the same file from the same schema
    QJsonArray objects;
    for (const QString &name : std::as_const(names)) {
        const SchemaObject &o = made[name];
        objects.append(QJsonObject{{QStringLiteral("type"), o.type},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("table"), o.table},
                                   {QStringLiteral("sql"), o.sql}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
                                     {QStringLiteral("schema_version"), kSchemaVersion},
                                     {QStringLiteral("objects"), objects}})
        .toJson(QJsonDocument::Indented);
}

std::optional<SchemaObjects> readSchemaReference(const QByteArray &contents)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(contents, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) return std::nullopt;
    const QJsonObject top = doc.object();
    if (top.value(QStringLiteral("sqlite")).toString() != QString::fromLatin1(sqlite3_libversion()) ||
        top.value(QStringLiteral("schema_version")).toInt(-1) != kSchemaVersion ||
        !top.value(QStringLiteral("objects")).isArray())
        return std::nullopt;
    SchemaObjects out;
    for (const QJsonValue &v : top.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (type.isEmpty() || name.isEmpty() || !o.value(QStringLiteral("table")).isString() ||
            !o.value(QStringLiteral("sql")).isString() || out.contains(name))
            return std::nullopt;
        out.insert(name, {type, name, o.value(QStringLiteral("table")).toString(),
                          o.value(QStringLiteral("sql")).toString()});
    }
    if (out.isEmpty()) return std::nullopt;
    return out;
}

QString schemaReferencePath()
{
    if (!QCoreApplication::instance()) return {};
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/sightline/schema-reference.json"));
}

const SchemaObjects &currentSchema()
{
    static const SchemaObjects objects = [] {
        QFile file(schemaReferencePath());
        if (!file.fileName().isEmpty() && file.size() < (1 << 22) && file.open(QIODevice::ReadOnly))
            if (auto read = readSchemaReference(file.readAll())) return *read;
        return schemaMadeAt(kSchemaVersion);
    }();
    return objects;
}

} // namespace sightline::store
