// A received project is hostile input: the schema check, the connection's limits and progress
// handler, the custody checks of verify, the rules for scene paths, the cleaned copy and copies
// without deleted remains. Each hostile file is made in the test with plain SQLite.
#include "support/hostilefiles.h"
#include "support/samplerecords.h"

#include "sightline/store/cleancopy.h"
#include "sightline/store/filerules.h"
#include "sightline/store/schema.h"
#include "sightline/store/schemacheck.h"
#include "sightline/store/sqlite.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace sightline;
using namespace sightline::test;

class TestStoreUntrusted : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A small project with a site, a source, two claims and a capture.
    QString makeProject(const QString &name)
    {
        const QString file = path(name);
        auto p = Project::create(file, QStringLiteral("Untrusted"), QStringLiteral("analyst"));
        Site site = sampleSite();
        p->save(site);
        Source source = sampleSource();
        p->save(source);
        Claim claim = sampleClaim(source, site);
        p->save(claim);
        QBuffer content;
        content.setData("<html><body>Railcars at Tumangang</body></html>");
        content.open(QIODevice::ReadOnly);
        Capture c;
        c.sourceId = source.meta.id;
        c.fileName = QStringLiteral("page.html");
        c.mediaType = QStringLiteral("text/html");
        p->addCapture(c, content);
        return file;
    }

    // Opening must refuse with one line naming the file and the object, writing nothing.
    void expectRefused(const QString &file, const QString &object)
    {
        const QByteArray before = fileBytes(file);
        for (auto access : {Project::Access::ReadOnly, Project::Access::ReadWrite}) {
            try {
                Project::open(file, QStringLiteral("analyst"), access);
                QFAIL("a file with a foreign schema object was opened");
            } catch (const StoreError &e) {
                QCOMPARE(e.kind(), StoreError::Kind::Foreign);
                QVERIFY2(e.message().startsWith(file) && e.message().contains(object),
                         qPrintable(e.message()));
                QVERIFY(!e.message().contains(u'\n'));
            }
        }
        QCOMPARE(fileBytes(file), before);
    }

  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void ownFilesPassTheSchemaCheck()
    {
        const QString file = makeProject(QStringLiteral("own.gpkg"));
        sql::Database db(file, sql::Database::Mode::ReadOnly);
        QVERIFY(store::schemaProblems(db, store::kSchemaVersion).isEmpty());
        QVERIFY(Project::open(file, {}, Project::Access::ReadOnly)->verify().isEmpty());
    }

    void theFirstSchemaPassesAtItsVersion()
    {
        const QString file = path(QStringLiteral("schema1.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/data/project-schema1.gpkg"), file));
        sql::Database db(file, sql::Database::Mode::ReadOnly);
        const auto problems = store::schemaProblems(db, 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text()));
        // At the current version the later tables are missing, the tables that later schemas
        // added columns to differ (the change log its entry ids), and those that schema 8 gave an
        // integer key; nothing else.
        const auto later = store::schemaProblems(db, store::kSchemaVersion);
        QVERIFY(!later.isEmpty());
        const QSet<QString> widened{QStringLiteral("annotations"), QStringLiteral("claims"),
                                    QStringLiteral("observations"), QStringLiteral("scenes"),
                                    QStringLiteral("change_log"), QStringLiteral("capture_chunks"),
                                    QStringLiteral("sightline_meta")};
        for (const auto &p : later)
            if (p.kind != store::SchemaProblem::Kind::Missing)
                QVERIFY2(p.kind == store::SchemaProblem::Kind::Changed && widened.contains(p.name), qPrintable(p.text()));
    }

    void foreignTriggerIsRefused()
    {
        const QString file = makeProject(QStringLiteral("trigger.gpkg"));
        QCOMPARE(plant(file, QStringLiteral("CREATE TRIGGER rewrite_quote AFTER INSERT ON captures BEGIN "
                                            "UPDATE claims SET quote = 'forged'; END")),
                 QString());
        expectRefused(file, QStringLiteral("trigger \"rewrite_quote\" on captures"));
    }

    void whatGdalAndQgisAddInPlaceIsAllowed()
    {
        // OGR's feature counts (its text exactly, as GDAL 3.6 writes it for a layer) and a style
        // saved in QGIS (the project's own layer_styles): the file stays a project that opens.
        const QString file = makeProject(QStringLiteral("edited-in-qgis.gpkg"));
        QCOMPARE(plant(file, QStringLiteral(
                                 "CREATE TABLE gpkg_ogr_contents(table_name TEXT NOT NULL PRIMARY KEY,feature_count "
                                 "INTEGER DEFAULT NULL);"
                                 "CREATE TRIGGER \"trigger_insert_feature_count_sites\" AFTER INSERT ON \"sites\" BEGIN "
                                 "UPDATE gpkg_ogr_contents SET feature_count = feature_count + 1 WHERE lower(table_name) "
                                 "= lower('sites'); END;"
                                 "CREATE TRIGGER \"trigger_delete_feature_count_sites\" AFTER DELETE ON \"sites\" BEGIN "
                                 "UPDATE gpkg_ogr_contents SET feature_count = feature_count - 1 WHERE lower(table_name) "
                                 "= lower('sites'); END;"
                                 "INSERT INTO layer_styles (f_table_name, styleName) VALUES ('sites', 'by kind')")),
                 QString());
        {
            sql::Database db(file, sql::Database::Mode::ReadOnly);
            const auto problems = store::schemaProblems(db, store::kSchemaVersion);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text()));
        }
        auto p = Project::open(file, QStringLiteral("analyst"));
        Site added = sampleSite(QStringLiteral("Khasan station"));
        p->save(added);
        QCOMPARE(p->count(RecordType::Site), 2);
    }

    void countingTriggerThatDoesMoreIsRefused()
    {
        // The same name as OGR's, but it writes elsewhere: not GDAL's text, so refused.
        const QString file = makeProject(QStringLiteral("false-count.gpkg"));
        QCOMPARE(plant(file, QStringLiteral(
                                 "CREATE TABLE gpkg_ogr_contents(table_name TEXT NOT NULL PRIMARY KEY,feature_count "
                                 "INTEGER DEFAULT NULL);"
                                 "CREATE TRIGGER \"trigger_insert_feature_count_claims\" AFTER INSERT ON \"claims\" "
                                 "BEGIN UPDATE claims SET quote = 'forged'; END")),
                 QString());
        expectRefused(file, QStringLiteral("trigger \"trigger_insert_feature_count_claims\" on claims"));
    }

    void changedTriggerIsRefused()
    {
        const QString file = makeProject(QStringLiteral("changed.gpkg"));
        QCOMPARE(plant(file, QStringLiteral(
                                 "DROP TRIGGER custody_log_no_delete; CREATE TRIGGER custody_log_no_delete "
                                 "BEFORE DELETE ON custody_log BEGIN SELECT 1; END")),
                 QString());
        expectRefused(file, QStringLiteral("trigger \"custody_log_no_delete\""));
    }

    void viewInPlaceOfTableIsRefusedAtOnce()
    {
        const QString file = makeProject(QStringLiteral("view.gpkg"));
        QCOMPARE(plant(file,
                       QStringLiteral("DROP TABLE judgments; CREATE VIEW judgments AS WITH RECURSIVE r(x) AS "
                                      "(SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x AS fid FROM r")),
                 QString());
        QElapsedTimer t;
        t.start();
        expectRefused(file, QStringLiteral("view \"judgments\""));
        QVERIFY(t.elapsed() < 5000);
    }

    void runawayStatementIsInterrupted()
    {
        sql::Database db(QStringLiteral(":memory:"), sql::Database::Mode::Create);
        db.setStatementLimitMs(300);
        QElapsedTimer t;
        t.start();
        try {
            db.scalarInt(QStringLiteral("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
                                        "SELECT count(*) FROM r"));
            QFAIL("an endless statement finished");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Runaway);
            QVERIFY2(e.message().contains(QStringLiteral("was stopped")), qPrintable(e.message()));
        }
        QVERIFY(t.elapsed() < 3000);
    }

    void hugeValuesAreRefused()
    {
        sql::Database db(QStringLiteral(":memory:"), sql::Database::Mode::Create);
        try {
            db.scalarInt(QStringLiteral("SELECT length(randomblob(200000000))"));
            QFAIL("a 200 MB value was made");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("over the limit")), qPrintable(e.message()));
        }
    }

    void viewsAndExtensionsAreOff()
    {
        sql::Database db(QStringLiteral(":memory:"), sql::Database::Mode::Create);
        db.exec(QStringLiteral("CREATE VIEW v AS SELECT 1 AS x"));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.scalarInt(QStringLiteral("SELECT x FROM v")));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 db.scalarInt(QStringLiteral("SELECT load_extension('/tmp/x.so')")));
    }

    void deletedCustodyEntriesAndDroppedTriggersAreReported()
    {
        const QString file = makeProject(QStringLiteral("custody.gpkg"));
        {
            auto p = Project::open(file, QStringLiteral("analyst"));
            const auto c = p->all<Capture>().first();
            p->logCustody(RecordType::Capture, c.meta.id, CustodyEntry::Action::Viewed);
            p->logCustody(RecordType::Capture, c.meta.id, CustodyEntry::Action::Viewed);
        }
        QCOMPARE(
            plant(file, QStringLiteral(
                            "DROP TRIGGER custody_log_no_delete; DELETE FROM custody_log WHERE fid = 2")),
            QString());
        const QByteArray before = fileBytes(file);
        const QStringList problems = Project::open(file, {}, Project::Access::ReadOnly)->verify();
        QVERIFY2(problems.join(u'\n').contains(
                     QStringLiteral("trigger \"custody_log_no_delete\" on custody_log is missing")),
                 qPrintable(problems.join(u'\n')));
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("entries 2 to 2 are missing")));
        QCOMPARE(fileBytes(file), before);
    }

    void lastCustodyEntryDeletedIsReported()
    {
        const QString file = makeProject(QStringLiteral("custody-last.gpkg"));
        QCOMPARE(
            plant(file, QStringLiteral("DROP TRIGGER custody_log_no_delete; DELETE FROM custody_log; "
                                       "CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log\n"
                                       "  BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END")),
            QString());
        const QStringList problems = Project::open(file, {}, Project::Access::ReadOnly)->verify();
        QVERIFY2(problems.join(u'\n').contains(QStringLiteral("entries 1 to 1 are missing")),
                 qPrintable(problems.join(u'\n')));
    }

    void forgedCaptureIsReported()
    {
        // The bytes and the recorded hash replaced together, as the planted triggers did.
        const QString file = makeProject(QStringLiteral("forged.gpkg"));
        const QByteArray forged("<html><body>Nothing at Tumangang</body></html>");
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
        QCOMPARE(plant(file, QStringLiteral(
                                 "UPDATE capture_chunks SET data = x'%1'; UPDATE captures SET sha256 = '%2'")
                                 .arg(QString::fromLatin1(forged.toHex()), sha)),
                 QString());
        const QStringList problems = Project::open(file, {}, Project::Access::ReadOnly)->verify();
        QVERIFY2(problems.join(u'\n').contains(QStringLiteral("custody entry 1 (imported) names SHA-256")),
                 qPrintable(problems.join(u'\n')));
    }

    void malformedHashesAreReported()
    {
        const QString file = makeProject(QStringLiteral("hash.gpkg"));
        QCOMPARE(plant(file, QStringLiteral("UPDATE captures SET sha256 = '../../etc/passwd'")), QString());
        const QStringList problems = Project::open(file, {}, Project::Access::ReadOnly)->verify();
        QVERIFY2(problems.join(u'\n').contains(QStringLiteral("is not 64 lowercase hex digits")),
                 qPrintable(problems.join(u'\n')));
    }

    void sceneFileRules()
    {
        QVERIFY(store::isSha256Hex(QByteArray(64, 'a')));
        QVERIFY(!store::isSha256Hex("../../somewhere/name"));
        QVERIFY(!store::isSha256Hex(QByteArray(64, 'A')));
        QVERIFY(store::sceneFileRefusal(QStringLiteral("/etc/passwd")).contains(QStringLiteral("/etc")));
        QVERIFY(store::sceneFileRefusal(QStringLiteral("/dev/zero"))
                    .contains(QStringLiteral("not a regular file")));
        const QString fifo = path(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(store::sceneFileRefusal(fifo).contains(QStringLiteral("not a regular file")));
        QElapsedTimer t;
        t.start();
        QVERIFY(store::regularFileSha256(fifo).isEmpty()); // never waits for a writer
        QVERIFY(store::regularFileSha256(QStringLiteral("/dev/zero")).isEmpty());
        QVERIFY(t.elapsed() < 2000);
        const QString hidden = writeFile(QStringLiteral(".ssh/id_ed25519"), "secret");
        QVERIFY(store::sceneFileRefusal(hidden).contains(QStringLiteral("hidden folder")));
        const QString plain = writeFile(QStringLiteral("imagery/scene.tif"), "pixels");
        QCOMPARE(store::sceneFileRefusal(plain), QString());
        QCOMPARE(store::regularFileSha256(plain, 3), QByteArray()); // over the size limit
    }

    void savedCopyHoldsNoDeletedQuote()
    {
        const QString file = path(QStringLiteral("deleted.gpkg"));
        const QString secret =
            QStringLiteral("The informant in Rajin port said the crates were moved at night by "
                           "the harbour crane crew, confirmed by a second witness: zqxvoltrazine");
        {
            auto p = Project::create(file, QStringLiteral("Deleted"), QStringLiteral("analyst"));
            Site site = sampleSite();
            p->save(site);
            Source source = sampleSource();
            p->save(source);
            Claim claim = sampleClaim(source, site);
            claim.quote = secret;
            p->save(claim);
            Claim kept = sampleClaim(source, site);
            p->save(kept);
            p->remove<Claim>(claim.meta.id);
        }
        const QByteArray tail = secret.mid(90).toUtf8(); // beyond the change log's 80-character summary
        const QByteArray word("zqxvoltrazine");
        // The project itself still holds them, in free pages and the search index: what a copy must not.
        const QByteArray original = fileBytes(file);
        QVERIFY(original.contains(tail) || original.contains(word));
        const QString copy = path(QStringLiteral("shared.gpkg"));
        Project::open(file, QStringLiteral("analyst"), Project::Access::ReadOnly)->saveCopyAs(copy);
        const QByteArray shared = fileBytes(copy);
        QVERIFY(!shared.isEmpty());
        QVERIFY(!shared.contains(tail));
        QVERIFY(!shared.contains(word));
        QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
        auto p = Project::open(copy, {}, Project::Access::ReadOnly);
        QCOMPARE(p->count(RecordType::Claim), 1);
        QVERIFY(p->verify().isEmpty());
        QVERIFY(p->search(QStringLiteral("zqxvoltrazine")).isEmpty());
        QCOMPARE(p->search(QStringLiteral("railcars")).size(), 1);
    }

    void cleanedCopyHoldsOnlyWhatSightlineMakes()
    {
        const QString file = makeProject(QStringLiteral("dirty.gpkg"));
        QCOMPARE(
            plant(file,
                  QStringLiteral(
                      "CREATE TRIGGER swap BEFORE INSERT ON capture_chunks BEGIN SELECT 1; END;"
                      "CREATE VIEW extra AS SELECT 1;"
                      "DROP TABLE judgments; CREATE VIEW judgments AS SELECT randomblob(200000000) AS fid;"
                      "DROP TRIGGER source_grades_no_update; CREATE TRIGGER source_grades_no_update BEFORE "
                      "UPDATE ON source_grades BEGIN SELECT 1; END;"
                      "CREATE TABLE loot (x)")),
            QString());
        const QByteArray before = fileBytes(file);
        const QString cleaned = path(QStringLiteral("cleaned.gpkg"));
        const QStringList changes = store::writeCleanedCopy(file, cleaned);
        QCOMPARE(fileBytes(file), before);
        const QString said = changes.join(u'\n');
        for (const char *name : {"swap", "extra", "judgments", "source_grades_no_update", "loot"})
            QVERIFY2(said.contains(QLatin1String(name)), qPrintable(said));
        auto p = Project::open(cleaned, QStringLiteral("analyst"));
        QCOMPARE(p->count(RecordType::Claim), 1);
        QCOMPARE(p->count(RecordType::Capture), 1);
        QCOMPARE(p->count(RecordType::Judgment), 0);
        QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        sql::Database db(cleaned, sql::Database::Mode::ReadOnly);
        QVERIFY(store::schemaProblems(db, store::kSchemaVersion).isEmpty());
    }

  private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString file = path(name);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly)) return {};
        f.write(content);
        return file;
    }
};

QTEST_GUILESS_MAIN(TestStoreUntrusted)
#include "tst_store_untrusted.moc"
