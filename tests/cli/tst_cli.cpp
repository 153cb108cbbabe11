// sightline-cli as a user runs it: exit codes, messages that name the file, machine-readable info.
#include "support/cliprocess.h"
#include "support/samplerecords.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using test::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QString makeProject(const char *name, int sites)
    {
        const QString file = path(name);
        auto p = Project::create(file, QStringLiteral("CLI sample"), QStringLiteral("a"));
        for (int i = 0; i < sites; ++i) {
            Site s = test::sampleSite(QStringLiteral("site %1").arg(i));
            p->save(s);
        }
        return file;
    }

private slots:
    void usageErrorsExitOne()
    {
        QCOMPARE(runCli({}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("info")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("verify"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 1);
        const auto help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("verify PROJECT")));
    }

    void newMakesAnEmptyProject()
    {
        const QString file = path("new.gpkg");
        const auto made = runCli({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("Rail watch"),
                                  QStringLiteral("--scheme"), QStringLiteral("uk-5x5x5"), QStringLiteral("--marking"),
                                  QStringLiteral("tlp:amber")});
        QCOMPARE(made.exitCode, 0);
        QVERIFY(made.out.contains(QStringLiteral("TLP:AMBER")));
        const auto info = runCli({QStringLiteral("info"), file, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Rail watch"));
        QCOMPARE(o.value(QStringLiteral("grading_scheme")).toString(), QStringLiteral("uk-5x5x5"));
        QCOMPARE(o.value(QStringLiteral("marking")).toString(), QStringLiteral("TLP:AMBER"));
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("sites")).toInt(), 0);
        // Without options: the file's name as title, Admiralty grading, no marking.
        const auto plain = runCli({QStringLiteral("new"), path("plain.gpkg")});
        QCOMPARE(plain.exitCode, 0);
        const QJsonObject p = QJsonDocument::fromJson(
            runCli({QStringLiteral("info"), path("plain.gpkg"), QStringLiteral("--json")}).out.toUtf8()).object();
        QCOMPARE(p.value(QStringLiteral("title")).toString(), QStringLiteral("plain"));
        QCOMPARE(p.value(QStringLiteral("grading_scheme")).toString(), QStringLiteral("admiralty"));
        QVERIFY(p.value(QStringLiteral("marking")).isNull());
    }

    void newNeverWritesOverAFileNorTakesBadOptions()
    {
        const QString file = makeProject("taken.gpkg", 2);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const auto again = runCli({QStringLiteral("new"), file});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(file) && again.err.contains(QStringLiteral("already exists")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        const auto badMarking = runCli({QStringLiteral("new"), path("m.gpkg"), QStringLiteral("--marking"), QStringLiteral("TLP:WHITE")});
        QCOMPARE(badMarking.exitCode, 1);
        QVERIFY(badMarking.err.contains(QStringLiteral("TLP:AMBER+STRICT")));
        const auto badScheme = runCli({QStringLiteral("new"), path("m.gpkg"), QStringLiteral("--scheme"), QStringLiteral("nato")});
        QCOMPARE(badScheme.exitCode, 1);
        QVERIFY(!QFile::exists(path("m.gpkg")));
        // A folder that cannot hold it: nothing is left behind, not even a partial file.
        const auto nowhere = runCli({QStringLiteral("new"), path("no/such/folder/x.gpkg")});
        QCOMPARE(nowhere.exitCode, 2);
        QVERIFY(nowhere.err.contains(path("no/such/folder/x.gpkg: ")));
        QVERIFY(!QFile::exists(path("no/such/folder/x.gpkg.partial")));
    }

    void infoCountsEveryRecordType()
    {
        const QString file = makeProject("info.gpkg", 3);
        const auto r = runCli({QStringLiteral("info"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), store::kSchemaVersion);
        const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
        for (const QString &key : allKeys<RecordType>())
            QVERIFY2(counts.contains(key + u's'), qPrintable(key));
        QVERIFY(counts.contains(QStringLiteral("bookmarks")));
        QCOMPARE(counts.value(QStringLiteral("bookmarks")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("sites")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("claims")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("change_log_entries")).toInt(), 3);

        const auto text = runCli({QStringLiteral("info"), file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("schema version: %1").arg(store::kSchemaVersion)));
    }

    void infoReadsASchema1FileWithoutChangingIt()
    {
        const QString file = path("schema1.gpkg");
        QVERIFY(QFile::copy(QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/data/project-schema1.gpkg"), file));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = test::fileSha256(file);
        const auto r = runCli({QStringLiteral("info"), file, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), 1);
        const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("sites")).toInt(), 2);
        QVERIFY(counts.contains(QStringLiteral("bookmarks"))); // a table schema 1 lacks counts as empty
        QCOMPARE(counts.value(QStringLiteral("bookmarks")).toInt(), 0);
        const auto verify = runCli({QStringLiteral("verify"), file});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QCOMPARE(test::fileSha256(file), before);
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QFile text(path("notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a project");
        text.close();
        const QString newer = makeProject("newer.gpkg", 1);
        {
            sql::Database db(newer, sql::Database::Mode::ReadWrite);
            store::setMetaValue(db, QStringLiteral("schema_version"), QStringLiteral("99"));
        }
        for (const char *cmd : {"info", "verify"}) {
            const QString c = QString::fromLatin1(cmd);
            QTest::newRow(qPrintable(c + QStringLiteral(" missing"))) << c << path("missing.gpkg") << QStringLiteral("no such file");
            QTest::newRow(qPrintable(c + QStringLiteral(" text"))) << c << path("notes.txt") << QStringLiteral("not an SQLite database");
            QTest::newRow(qPrintable(c + QStringLiteral(" newer"))) << c << newer << QStringLiteral("newer Sightline");
        }
    }

    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QString, command);
        QFETCH(QString, file);
        QFETCH(QString, says);
        const auto r = runCli({command, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(file) && r.err.contains(says), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }

    void verifyReportsEachProblem()
    {
        const QString file = makeProject("verify.gpkg", 2);
        const auto ok = runCli({QStringLiteral("verify"), file});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QStringLiteral("sound")));
        {
            // A claim whose source vanished, and a link to nothing: written behind the store's back.
            sql::Database db(file, sql::Database::Mode::ReadWrite);
            gpkg::registerFunctions(db); // the spatial index triggers call them
            db.trustCheckedSchema();     // the test made this file: its triggers are Sightline's own
            db.exec(QStringLiteral(
                "INSERT INTO claims (uuid, created_utc, modified_utc, author, revision, source_uuid, quote, "
                "credibility, status) VALUES ('11111111-1111-1111-1111-111111111111', '2024-01-01T00:00:00.000Z', "
                "'2024-01-01T00:00:00.000Z', 'x', 1, '22222222-2222-2222-2222-222222222222', 'q', 6, 'unreviewed');"
                "INSERT INTO links (uuid, created_utc, modified_utc, author, revision, from_type, from_uuid, to_type, "
                "to_uuid, relation) VALUES ('33333333-3333-3333-3333-333333333333', '2024-01-01T00:00:00.000Z', "
                "'2024-01-01T00:00:00.000Z', 'x', 1, 'claim', '11111111-1111-1111-1111-111111111111', 'site', "
                "'44444444-4444-4444-4444-444444444444', 'depicts')"));
        }
        const auto bad = runCli({QStringLiteral("verify"), file});
        QCOMPARE(bad.exitCode, 2);
        const QStringList lines = bad.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QStringLiteral("22222222-2222-2222-2222-222222222222")), qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(QStringLiteral("44444444-4444-4444-4444-444444444444")), qPrintable(lines[1]));
        for (const QString &line : lines)
            QVERIFY(line.startsWith(file + QStringLiteral(": ")));
    }

    void renderDrawsThePngAsked()
    {
        const QString file = makeProject("render.gpkg", 2);
        const QString png = path("map.png");
        const auto r = runCli({QStringLiteral("render"), file, QStringLiteral("-o"), png, QStringLiteral("--size"),
                               QStringLiteral("320x200"), QStringLiteral("--repeat"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage img(png);
        QCOMPARE(img.size(), QSize(320, 200));
        QVERIFY(r.out.contains(QStringLiteral("frames: 3, median")));
        // The two sites share a name prefix; --site takes one by name, --crs utm its local zone.
        const auto site = runCli({QStringLiteral("render"), file, QStringLiteral("-o"), png, QStringLiteral("--size"),
                                  QStringLiteral("200x200"), QStringLiteral("--site"), QStringLiteral("site 1"),
                                  QStringLiteral("--crs"), QStringLiteral("utm")});
        QVERIFY2(site.exitCode == 0, qPrintable(site.err));
        QVERIFY(site.out.contains(QStringLiteral("EPSG:32652")));
    }

    void renderRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown site") << QStringList{QStringLiteral("--site"), QStringLiteral("Atlantis")} << 2
                                      << QStringLiteral("no site named \"Atlantis\"");
        QTest::newRow("unknown crs") << QStringList{QStringLiteral("--crs"), QStringLiteral("EPSG:999999")} << 2
                                     << QStringLiteral("unknown CRS");
        QTest::newRow("extent outside the crs") << QStringList{QStringLiteral("--crs"), QStringLiteral("EPSG:32652"),
                                                               QStringLiteral("--extent"), QStringLiteral("1e8,1e8,1.1e8,1.1e8")}
                                                << 2 << QStringLiteral("outside the area");
        QTest::newRow("bad extent") << QStringList{QStringLiteral("--extent"), QStringLiteral("1,2,3")} << 1
                                    << QStringLiteral("minx,miny,maxx,maxy");
        QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")} << 1
                                  << QStringLiteral("WxH");
    }

    void renderRefusesBadArguments()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString file = makeProject("render-bad.gpkg", 1);
        const QString png = path("never.png");
        const auto r = runCli(QStringList{QStringLiteral("render"), file, QStringLiteral("-o"), png} + extra);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(!QFile::exists(png));
        QFile::remove(file);
    }

    void renderWithoutBasemapWarnsAndDraws()
    {
        const QString file = makeProject("render-nobase.gpkg", 1);
        const QString png = path("plain.png");
        const auto r = runCli({QStringLiteral("render"), file, QStringLiteral("-o"), png, QStringLiteral("--size"),
                               QStringLiteral("100x100"), QStringLiteral("--basemap"), QStringLiteral("/nonexistent/world.gpkg")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("warning:")) && r.err.contains(QStringLiteral("/nonexistent/world.gpkg")),
                 qPrintable(r.err));
        QVERIFY(QImage(png).size() == QSize(100, 100));
    }

    void demoRefusesToOverwrite()
    {
        const QString file = makeProject("exists.gpkg", 1);
        const QByteArray before = test::fileSha256(file);
        const auto r = runCli({QStringLiteral("demo"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QCOMPARE(test::fileSha256(file), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
