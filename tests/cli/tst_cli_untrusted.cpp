// The attacks a hostile sender tried on a project file, each made in the test on a copy of the
// demo project with plain SQLite, then met with sightline-cli: refused or neutralised, with one
// line naming the file and the object, nothing written, nothing left hanging.
#include "support/cliprocess.h"
#include "support/hostilefiles.h"
#include "support/testrasters.h"

#include "sightline/store/project.h"
#include "sightline/store/scenefiles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace sightline;
using namespace sightline::test;

class TestCliUntrusted : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh copy of the demo project with the hostile SQL applied.
    QString hostile(const QString &name, const QString &sql)
    {
        const QString file = path(name);
        QFile::remove(file);
        if (!QFile::copy(m_demo, file)) return {};
        QFile(file).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QString why = plant(file, sql);
        if (!why.isEmpty()) qWarning("%s", qPrintable(why));
        return why.isEmpty() ? file : QString();
    }

    // Refused with exit 2, in one line naming the file and the object, quickly, file unchanged.
    void expectRefused(const QStringList &args, const QString &file, const QString &object)
    {
        const QByteArray before = fileBytes(file);
        QElapsedTimer t;
        t.start();
        const CliResult r = runCli(args, 30000);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(" -> ") + r.err));
        QVERIFY2(r.err.contains(file) && r.err.contains(object), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(t.elapsed() < 10000);
        QCOMPARE(fileBytes(file), before);
    }

    QString firstSourceId(const QString &file)
    {
        return Project::open(file, {}, Project::Access::ReadOnly)
            ->all<Source>()
            .first()
            .meta.id.toString(QUuid::WithoutBraces);
    }

    QString firstCaptureId(const QString &file)
    {
        return Project::open(file, {}, Project::Access::ReadOnly)
            ->all<Capture>()
            .first()
            .meta.id.toString(QUuid::WithoutBraces);
    }

  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.gpkg"));
        const CliResult r = runCli({QStringLiteral("demo"), m_demo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(plant(m_demo, QString()), QString()); // one file, no WAL beside it
    }

    void triggerOnCapturesRefusedBeforeCapture()
    {
        const QString file =
            hostile(QStringLiteral("t1.gpkg"),
                    QStringLiteral("CREATE TRIGGER quote_rewrite AFTER INSERT ON captures BEGIN "
                                   "UPDATE claims SET quote = 'forged quote'; END"));
        QVERIFY(!file.isEmpty());
        const QString page = path(QStringLiteral("page.html"));
        QFile f(page);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><body>Railcars</body></html>");
        f.close();
        const QString source = firstSourceId(m_demo);
        expectRefused({QStringLiteral("capture"), file, QStringLiteral("--source"), source, page}, file,
                      QStringLiteral("trigger \"quote_rewrite\" on captures"));
        expectRefused({QStringLiteral("verify"), file}, file, QStringLiteral("quote_rewrite"));
    }

    void triggersReplacingCapturedBytesRefused()
    {
        const QString file = hostile(
            QStringLiteral("t2.gpkg"),
            QStringLiteral(
                "CREATE TRIGGER chunk_swap AFTER INSERT ON capture_chunks BEGIN UPDATE capture_chunks SET "
                "data = x'00' WHERE rowid = new.rowid; END;"
                "CREATE TRIGGER hash_swap AFTER INSERT ON captures BEGIN UPDATE captures SET sha256 = "
                "'6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d' WHERE fid = new.fid; "
                "END"));
        QVERIFY(!file.isEmpty());
        const QString page = path(QStringLiteral("page2.html"));
        QFile f(page);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><body>Real bytes</body></html>");
        f.close();
        expectRefused(
            {QStringLiteral("capture"), file, QStringLiteral("--source"), firstSourceId(m_demo), page}, file,
            QStringLiteral("trigger \"chunk_swap\" on capture_chunks"));
        expectRefused(
            {QStringLiteral("export-capture"), file, firstCaptureId(m_demo), path(QStringLiteral("out.bin"))},
            file, QStringLiteral("chunk_swap"));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.bin"))));
    }

    void forgedBytesWithMatchingHashReportedByVerify()
    {
        // What the triggers above would have left: other bytes, and their hash as the record's.
        const QByteArray forged("forged bytes");
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
        const QString capture = firstCaptureId(m_demo);
        const QString file = hostile(QStringLiteral("t3.gpkg"),
                                     QStringLiteral("DELETE FROM capture_chunks WHERE capture_uuid = '%1';"
                                                    "INSERT INTO capture_chunks (capture_uuid, seq, data) VALUES ('%1', 0, x'%2');"
                                                    "UPDATE captures SET sha256 = '%3' WHERE uuid = '%1'")
                                         .arg(capture, QString::fromLatin1(forged.toHex()), sha));
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileBytes(file);
        const CliResult r = runCli({QStringLiteral("verify"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("capture %1").arg(capture)) &&
                     r.err.contains(QStringLiteral("(imported) names SHA-256")),
                 qPrintable(r.err));
        QCOMPARE(fileBytes(file), before);
        // export-capture hands out nothing: the content agrees with the forged hash, not the custody log's.
        const QString out = path(QStringLiteral("forged-out.html"));
        const CliResult e = runCli({QStringLiteral("export-capture"), file, capture, out});
        QCOMPARE(e.exitCode, 2);
        QVERIFY2(e.err.contains(QStringLiteral("does not agree with its custody log")), qPrintable(e.err));
        QVERIFY(!QFile::exists(out));
    }

    void droppedAppendOnlyTriggersAndDeletedEntriesReported()
    {
        const QString file =
            hostile(QStringLiteral("t4.gpkg"),
                    QStringLiteral("DROP TRIGGER custody_log_no_delete; DROP TRIGGER custody_log_no_update;"
                                   "DELETE FROM custody_log WHERE fid = 2"));
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileBytes(file);
        const CliResult r = runCli({QStringLiteral("verify"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("trigger \"custody_log_no_delete\" on custody_log is missing")),
            qPrintable(r.err));
        QVERIFY(
            r.err.contains(QStringLiteral("trigger \"custody_log_no_update\" on custody_log is missing")));
        QVERIFY(r.err.contains(QStringLiteral("custody log: entries 2 to 2 are missing")));
        QCOMPARE(fileBytes(file), before);
    }

    void endlessViewRefusedByInfoVerifyJudgments()
    {
        const QString file =
            hostile(QStringLiteral("t5.gpkg"),
                    QStringLiteral("DROP TABLE judgments; CREATE VIEW judgments AS WITH RECURSIVE r(x) AS "
                                   "(SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x AS fid FROM r"));
        QVERIFY(!file.isEmpty());
        for (const QString &command :
             {QStringLiteral("info"), QStringLiteral("verify"), QStringLiteral("judgments")})
            expectRefused({command, file}, file, QStringLiteral("view \"judgments\""));
    }

    void hugeBlobViewRefusedByClaims()
    {
        const QString file = hostile(QStringLiteral("t6.gpkg"),
                                     QStringLiteral("DROP TABLE claims; CREATE VIEW claims AS SELECT "
                                                    "randomblob(200000000) AS quote, 1 AS fid"));
        QVERIFY(!file.isEmpty());
        expectRefused({QStringLiteral("claims"), file}, file, QStringLiteral("view \"claims\""));
    }

    void escapeSequencesInQuoteAreEscaped()
    {
        const QString hostileQuote =
            QStringLiteral("Railcars \x1b]0;title\x07\x1b[2J seen \u202Eevil\u202C here");
        const QString file =
            hostile(QStringLiteral("t7.gpkg"),
                    QStringLiteral("UPDATE claims SET quote = '%1' WHERE fid = (SELECT min(fid) FROM claims)")
                        .arg(hostileQuote));
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileBytes(file);
        CliResult r = runCli({QStringLiteral("claims"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x202e), QChar(0x202c)})
            QVERIFY(!r.out.contains(c));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "Railcars \\u001b]0;title\\u0007\\u001b[2J seen \\u202eevil\\u202c here")),
                 qPrintable(r.out));
        r = runCli({QStringLiteral("claims"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x202e)));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        bool found = false;
        for (const QJsonValue &v : doc.object().value(QStringLiteral("claims")).toArray())
            found = found || v.toObject().value(QStringLiteral("quote")).toString() == hostileQuote;
        QVERIFY(found); // the JSON reader gets the text exactly as stored
        QCOMPARE(fileBytes(file), before);
    }

    void sceneHashAsPathWritesNothingOutside()
    {
        const QString file = path(QStringLiteral("scenes.gpkg"));
        {
            auto p = Project::create(file, QStringLiteral("Scenes"), QStringLiteral("analyst"));
            RasterSpec s;
            s.width = s.height = 64;
            const QString image = path(QStringLiteral("scene.tif"));
            QVERIFY(makeRaster(image, s));
            store::SceneImportOptions options;
            options.embed = true;
            store::importScene(*p, image, options);
        }
        QCOMPARE(plant(file, QStringLiteral("UPDATE scenes SET sha256 = '../../../%1/escaped'")
                                 .arg(m_dir.path().mid(1))),
                 QString());
        const QByteArray before = fileBytes(file);
        const CliResult r =
            runCli({QStringLiteral("render"), file, QStringLiteral("-o"), path(QStringLiteral("map.png")),
                    QStringLiteral("--size"), QStringLiteral("64x64")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 2, qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("escaped"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("escaped.tif"))));
        const CliResult v = runCli({QStringLiteral("verify"), file});
        QCOMPARE(v.exitCode, 2);
        QVERIFY2(v.err.contains(QStringLiteral("is not 64 lowercase hex digits")), qPrintable(v.err));
        QCOMPARE(fileBytes(file), before);
    }

    void scenePathsToDevicesFifosAndSystemFilesRefused()
    {
        const QString fifo = path(QStringLiteral("scene-fifo.tif"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString file = path(QStringLiteral("paths.gpkg"));
        {
            auto p = Project::create(file, QStringLiteral("Paths"), QStringLiteral("analyst"));
            RasterSpec s;
            s.width = s.height = 64;
            for (const char *name : {"paths-1.tif", "paths-2.tif", "paths-3.tif"}) {
                const QString image = path(QString::fromLatin1(name));
                QVERIFY(makeRaster(image, s));
                store::importScene(*p, image);
            }
        }
        QCOMPARE(plant(file, QStringLiteral(
                                 "UPDATE scenes SET file_path = CASE fid WHEN 1 THEN '/dev/zero' WHEN 2 THEN "
                                 "'%1' ELSE '/etc/passwd' END")
                                 .arg(fifo)),
                 QString());
        const QByteArray before = fileBytes(file);
        QElapsedTimer t;
        t.start();
        const CliResult v = runCli({QStringLiteral("verify"), file}, 30000);
        QCOMPARE(v.exitCode, 2);
        QVERIFY2(v.err.contains(QStringLiteral("/dev/zero: refused")) &&
                     v.err.contains(fifo + QStringLiteral(": refused")) &&
                     v.err.contains(QStringLiteral("/etc/passwd: refused")),
                 qPrintable(v.err));
        QVERIFY(!v.err.contains(QString::fromLatin1(store::fileSha256(QStringLiteral("/etc/passwd")))));
        const CliResult r =
            runCli({QStringLiteral("render"), file, QStringLiteral("-o"), path(QStringLiteral("paths.png")),
                    QStringLiteral("--size"), QStringLiteral("64x64")},
                   30000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("refused")));
        QVERIFY(t.elapsed() < 20000);
        QCOMPARE(fileBytes(file), before);
    }

    void renderOptionsRefuseNanInfinityAndTooMuchMemory()
    {
        const QString out = path(QStringLiteral("opt.png"));
        const QList<QStringList> cases{
            {QStringLiteral("--dpi"), QStringLiteral("nan")},
            {QStringLiteral("--dpi"), QStringLiteral("inf")},
            {QStringLiteral("--extent"), QStringLiteral("-inf,-inf,inf,inf")},
            {QStringLiteral("--extent"), QStringLiteral("nan,0,1,1")},
            {QStringLiteral("--cache-mb"), QStringLiteral("9223372036854775807")},
            {QStringLiteral("--size"), QStringLiteral("20000x20000")},
            {QStringLiteral("--repeat"), QStringLiteral("nan")},
        };
        for (const QStringList &c : cases) {
            QElapsedTimer t;
            t.start();
            const CliResult r =
                runCli(QStringList{QStringLiteral("render"), m_demo, QStringLiteral("-o"), out} + c);
            QVERIFY2(r.exitCode == 1, qPrintable(c.join(u' ') + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(c.first()) && r.err.trimmed().count(u'\n') == 0, qPrintable(r.err));
            QVERIFY(t.elapsed() < 10000);
            QVERIFY(!QFile::exists(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliUntrusted)
#include "tst_cli_untrusted.moc"
