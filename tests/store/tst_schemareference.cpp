// The schema a build writes beside its programs at build time: the same as the schema code makes
// in memory, taken only when it was made with this SQLite for this schema version, and a file
// that does not fit leaves the check to make the schema itself.
#include "sightline/store/gpkg.h"
#include "sightline/store/schema.h"
#include "sightline/store/schemacheck.h"
#include "sightline/store/schemareference.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sqlite3.h>

using namespace sightline;
using namespace sightline::store;

class TestSchemaReference : public QObject
{
    Q_OBJECT

    static QJsonObject fileObject() { return QJsonDocument::fromJson(schemaReferenceFile()).object(); }

  private slots:
    // A stale file (the schema code changed, the build did not write it again) fails here.
    void theFileBesideTheProgramsIsWhatTheSchemaCodeMakes()
    {
        const QString path = schemaReferencePath();
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(": not written by the build")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto read = readSchemaReference(file.readAll());
        QVERIFY2(read, qPrintable(path + QStringLiteral(": not taken")));
        const SchemaObjects made = schemaMadeAt(kSchemaVersion);
        QCOMPARE(read->size(), made.size());
        for (auto it = made.cbegin(); it != made.cend(); ++it)
            QVERIFY2(read->value(it.key()) == it.value(), qPrintable(it.key()));
        QVERIFY(currentSchema() == made);
        // Every table of a new project is in it, with its triggers.
        QVERIFY(made.contains(QStringLiteral("claims")));
        QVERIFY(made.contains(QStringLiteral("change_log_no_update")));
    }

    void aFileOfAnotherSqliteOrSchemaIsNotTaken()
    {
        QVERIFY(readSchemaReference(schemaReferenceFile()));
        QJsonObject other = fileObject();
        other[QStringLiteral("sqlite")] = QStringLiteral("3.0.0");
        QVERIFY(!readSchemaReference(QJsonDocument(other).toJson()));
        other = fileObject();
        other[QStringLiteral("schema_version")] = kSchemaVersion + 1;
        QVERIFY(!readSchemaReference(QJsonDocument(other).toJson()));
        other = fileObject();
        other.remove(QStringLiteral("sqlite"));
        QVERIFY(!readSchemaReference(QJsonDocument(other).toJson()));
        QCOMPARE(fileObject().value(QStringLiteral("sqlite")).toString(),
                 QString::fromLatin1(sqlite3_libversion()));
    }

    void aDamagedFileIsNotTaken()
    {
        const QByteArray whole = schemaReferenceFile();
        QVERIFY(!readSchemaReference(whole.left(whole.size() / 2)));
        QVERIFY(!readSchemaReference(QByteArray()));
        QVERIFY(!readSchemaReference("[]"));
        for (const char *field : {"type", "name", "table", "sql"}) {
            QJsonObject top = fileObject();
            QJsonArray objects = top.value(QStringLiteral("objects")).toArray();
            QJsonObject first = objects.first().toObject();
            first[QLatin1String(field)] = 7; // not text
            objects[0] = first;
            top[QStringLiteral("objects")] = objects;
            QVERIFY2(!readSchemaReference(QJsonDocument(top).toJson()), field);
        }
        QJsonObject top = fileObject();
        QJsonArray objects = top.value(QStringLiteral("objects")).toArray();
        objects.append(objects.first()); // one name twice
        top[QStringLiteral("objects")] = objects;
        QVERIFY(!readSchemaReference(QJsonDocument(top).toJson()));
        top[QStringLiteral("objects")] = QJsonArray();
        QVERIFY(!readSchemaReference(QJsonDocument(top).toJson()));
    }

    // The check against it still refuses what this build does not make.
    void theCheckStillRefusesAForeignObject()
    {
        sql::Database db(QStringLiteral(":memory:"), sql::Database::Mode::Create);
        gpkg::registerFunctions(db);
        {
            sql::Transaction tx(db);
            createSchema(db, QStringLiteral("t"));
            tx.commit();
        }
        QVERIFY(schemaProblems(db, kSchemaVersion).isEmpty());
        db.exec(QStringLiteral("CREATE TRIGGER planted AFTER INSERT ON claims BEGIN SELECT 1; END"));
        const auto problems = schemaProblems(db, kSchemaVersion);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().name, QStringLiteral("planted"));
        QCOMPARE(problems.first().kind, SchemaProblem::Kind::Foreign);
    }
};

QTEST_GUILESS_MAIN(TestSchemaReference)
#include "tst_schemareference.moc"
