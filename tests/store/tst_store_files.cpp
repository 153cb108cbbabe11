// Files that are not sound Sightline projects are refused with one clear line naming the file,
// and are left exactly as they were. Older schemas migrate forward, all or nothing.
#include "support/samplerecords.h"

#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace sightline;
using K = StoreError::Kind;

Q_DECLARE_METATYPE(StoreError::Kind)

class TestStoreFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString makeProject(const QString &name)
    {
        const QString file = path(name);
        auto p = Project::create(file, QStringLiteral("Sample"), QStringLiteral("a"));
        Site s = test::sampleSite();
        p->save(s);
        Source src = test::sampleSource();
        p->save(src);
        for (int i = 0; i < 300; ++i) {
            Claim c = test::sampleClaim(src, s);
            c.notes = QString(200, QChar(u'a' + i % 26));
            p->save(c);
        }
        return file;
    }

    static void writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    // A file from elsewhere is refused in one line that names it, as bad input, and left as it was.
    static void expectRefusedUntouched(const QString &file)
    {
        const QByteArray before = test::fileSha256(file);
        try {
            Project::open(file, QStringLiteral("a"), Project::Access::ReadOnly);
            QFAIL(qPrintable(file + QStringLiteral(" was taken for a Sightline project")));
        } catch (const StoreError &e) {
            QVERIFY2(e.message().startsWith(file), qPrintable(e.message()));
            QVERIFY2(e.kind() != K::Internal, qPrintable(e.message()));
            QVERIFY2(!e.message().contains(u'\n'), qPrintable(e.message()));
        }
        QCOMPARE(test::fileSha256(file), before);
    }

    static QByteArray readFile(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GDALAllRegister();
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<StoreError::Kind>("kind");
        QTest::addColumn<QString>("says");

        QTest::newRow("missing") << path(QStringLiteral("nowhere.gpkg")) << K::NotFound << QStringLiteral("no such file");

        writeFile(path(QStringLiteral("empty.gpkg")), {});
        QTest::newRow("empty") << path(QStringLiteral("empty.gpkg")) << K::NotSqlite << QStringLiteral("empty");

        writeFile(path(QStringLiteral("text.gpkg")), "This is a note, not a project.\n");
        QTest::newRow("text") << path(QStringLiteral("text.gpkg")) << K::NotSqlite
                              << QStringLiteral("not an SQLite database");

        writeFile(path(QStringLiteral("pdf.gpkg")), "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n");
        QTest::newRow("pdf renamed") << path(QStringLiteral("pdf.gpkg")) << K::NotSqlite
                                     << QStringLiteral("not an SQLite database");

        {
            sql::Database db(path(QStringLiteral("plain.sqlite")), sql::Database::Mode::Create);
            db.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
        }
        QTest::newRow("plain sqlite") << path(QStringLiteral("plain.sqlite")) << K::NotGeoPackage
                                      << QStringLiteral("not a GeoPackage");

        {
            // A GeoPackage written by GDAL, as QGIS users make them every day.
            GDALDriverH driver = GDALGetDriverByName("GPKG");
            QVERIFY(driver);
            const QByteArray name = path(QStringLiteral("qgis-layer.gpkg")).toUtf8();
            GDALDatasetH ds = GDALCreate(driver, name.constData(), 0, 0, 0, GDT_Unknown, nullptr);
            QVERIFY(ds);
            OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
            OSRImportFromEPSG(srs, 4326);
            QVERIFY(GDALDatasetCreateLayer(ds, "roads", srs, wkbLineString, nullptr));
            OSRDestroySpatialReference(srs);
            GDALClose(ds);
        }
        QTest::newRow("other geopackage") << path(QStringLiteral("qgis-layer.gpkg")) << K::NotSightline
                                          << QStringLiteral("not a Sightline project");

        const QString newer = makeProject(QStringLiteral("newer.gpkg"));
        {
            sql::Database db(newer, sql::Database::Mode::ReadWrite);
            store::setMetaValue(db, QStringLiteral("schema_version"), QString::number(store::kSchemaVersion + 1));
        }
        QTest::newRow("newer schema") << newer << K::TooNew << QStringLiteral("newer Sightline");

        const QString half = makeProject(QStringLiteral("half.gpkg"));
        QVERIFY(QFile::resize(half, QFileInfo(half).size() / 2));
        QTest::newRow("truncated by half") << half << K::Truncated << QStringLiteral("truncated");

        const QString stub = makeProject(QStringLiteral("stub.gpkg"));
        QVERIFY(QFile::resize(stub, 60));
        QTest::newRow("truncated header") << stub << K::Truncated << QStringLiteral("truncated");

        const QString odd = makeProject(QStringLiteral("odd.gpkg"));
        {
            QFile f(odd);
            QVERIFY(f.open(QIODevice::Append));
            f.write("tail");
        }
        QTest::newRow("partial page") << odd << K::Truncated << QStringLiteral("whole number");

        // The schema page (page 1 after the header) overwritten with noise.
        const QString schema = makeProject(QStringLiteral("schema-damaged.gpkg"));
        {
            QByteArray bytes = readFile(schema);
            for (int i = 100; i < 4096; ++i)
                bytes[i] = static_cast<char>((i * 31) & 0xff);
            writeFile(schema, bytes);
        }
        QTest::newRow("schema page damaged") << schema << K::Corrupt << QStringLiteral("damaged");

        const QString pageSize = makeProject(QStringLiteral("pagesize.gpkg"));
        {
            QByteArray bytes = readFile(pageSize);
            bytes[16] = 0x03; // 0x0300: not a power of two
            bytes[17] = 0x00;
            writeFile(pageSize, bytes);
        }
        QTest::newRow("bad page size") << pageSize << K::Corrupt << QStringLiteral("page size");
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(StoreError::Kind, kind);
        QFETCH(QString, says);
        const QByteArray before = test::fileSha256(file);
        for (auto access : {Project::Access::ReadOnly, Project::Access::ReadWrite}) {
            try {
                Project::open(file, QStringLiteral("a"), access);
                QFAIL("the file was opened");
            } catch (const StoreError &e) {
                QCOMPARE(e.kind(), kind);
                QVERIFY2(e.message().startsWith(file + QStringLiteral(": ")), qPrintable(e.message()));
                QVERIFY2(e.message().contains(says), qPrintable(e.message()));
                QVERIFY2(!e.message().contains(u'\n'), "one line");
            }
        }
        QCOMPARE(test::fileSha256(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
    }

    void soundProjectOpensAndVerifies()
    {
        const QString file = makeProject(QStringLiteral("sound.gpkg"));
        const auto p = Project::open(file, QStringLiteral("b"));
        QCOMPARE(p->count(RecordType::Claim), 300);
        QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        QCOMPARE(p->database().scalarText(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    }

    void createRefusesToOverwrite()
    {
        const QString file = makeProject(QStringLiteral("existing.gpkg"));
        const QByteArray before = test::fileSha256(file);
        QVERIFY_THROWS_EXCEPTION(StoreError, Project::create(file, QStringLiteral("x"), QStringLiteral("a")));
        QCOMPARE(test::fileSha256(file), before);
    }

    void damageInsideATableIsReportedByVerify()
    {
        const QString file = makeProject(QStringLiteral("table-damaged.gpkg"));
        QByteArray bytes = readFile(file);
        const int pageSize = 4096;
        // Damage the last pages, where the claims' rows are, but not the schema.
        for (qsizetype i = bytes.size() - 4 * pageSize; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(0xa5);
        writeFile(file, bytes);
        try {
            const auto p = Project::open(file, QStringLiteral("a"), Project::Access::ReadOnly);
            const QStringList problems = p->verify();
            QVERIFY(!problems.isEmpty());
            QVERIFY2(problems.first().contains(QStringLiteral("integrity")), qPrintable(problems.first()));
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), K::Corrupt); // also acceptable: found already on open
        }
    }

    void migrationRunsForwardAllOrNothing()
    {
        const QString file = makeProject(QStringLiteral("migrate.gpkg"));
        sql::Database db(file, sql::Database::Mode::ReadWrite);
        // Made-up steps from a file marked as schema 1; the real ones are in tst_store_migration.
        store::setMetaValue(db, QStringLiteral("schema_version"), QStringLiteral("1"));
        const QList<store::Migration> steps{
            {1, [](sql::Database &d) { d.exec(QStringLiteral("ALTER TABLE sites ADD COLUMN population INTEGER")); }},
            {2, [](sql::Database &d) { d.exec(QStringLiteral("THIS IS NOT SQL")); }},
        };
        // A failing step leaves the file at its old version with nothing of the earlier steps.
        QVERIFY_THROWS_EXCEPTION(StoreError, store::migrate(db, 1, 3, steps));
        QCOMPARE(store::metaValue(db, QStringLiteral("schema_version")), QStringLiteral("1"));
        QVERIFY(!db.scalarInt(QStringLiteral("SELECT count(*) FROM pragma_table_info('sites') WHERE name = 'population'"))
                     .value_or(0));
        // A missing step is an error too.
        QVERIFY_THROWS_EXCEPTION(StoreError, store::migrate(db, 1, 3, steps.mid(0, 1)));
        // The good step alone brings it to version 2.
        store::migrate(db, 1, 2, steps);
        QCOMPARE(store::metaValue(db, QStringLiteral("schema_version")), QStringLiteral("2"));
        QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM pragma_table_info('sites') WHERE name = 'population'")),
                 1);
    }

    void conformanceGeoPackagesAreNotProjects()
    {
        const QString dir = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
        if (dir.isEmpty())
            QSKIP("SIGHTLINE_CONFORMANCE_DIR is not set: skipping the OGC/NGA GeoPackage samples");
        QDirIterator it(dir + QStringLiteral("/gpkg"), {QStringLiteral("*.gpkg")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int tried = 0;
        while (it.hasNext()) {
            expectRefusedUntouched(it.next());
            if (QTest::currentTestFailed())
                return;
            ++tried;
        }
        QVERIFY(tried > 0);
        qInfo("%d conformance GeoPackages refused cleanly", tried);
    }

    void conformanceFilesOfOtherKindsAreRefusedCleanly()
    {
        const QString dir = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
        if (dir.isEmpty())
            QSKIP("SIGHTLINE_CONFORMANCE_DIR is not set: skipping the malformed rasters, PDFs, KML, GeoJSON and STIX");
        int tried = 0;
        for (const char *sub : {"malformed", "pdf", "raster", "vector", "stix"}) {
            QDirIterator it(dir + u'/' + QLatin1String(sub), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                expectRefusedUntouched(it.next());
                if (QTest::currentTestFailed())
                    return;
                ++tried;
            }
        }
        QVERIFY(tried > 0);
        qInfo("%d conformance files of other kinds refused cleanly", tried);
    }
};

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "tst_store_files.moc"
