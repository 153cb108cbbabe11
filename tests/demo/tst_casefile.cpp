// Malformed case files are refused with the file and the record named, and leave the project
// untouched: an import is all or nothing.
#include "sightline/interop/casefile.h"
#include "sightline/interop/importerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestCaseFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString write(const QByteArray &bytes, const char *name = nullptr)
    {
        const QString file = m_dir.filePath(name ? QString::fromLatin1(name) : QStringLiteral("case%1.json").arg(++m_n));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return file;
    }

    static QByteArray minimalCase(const QByteArray &claims, const QByteArray &captures = "[]")
    {
        return R"({"format": "sightline-case", "version": 1, "title": "T",
  "sites": [{"key": "s", "name": "Site", "kind": "port", "country": "KP", "lon": 130.3, "lat": 42.25}],
  "sources": [{"key": "src", "publisher": "P", "title": "T", "kind": "report", "reliability": "B"}],
  "captures": )" + captures + R"(, "claims": )" + claims + "}";
    }

private slots:
    void sound()
    {
        write("The railcars were counted.", "article.txt");
        const QString file = write(minimalCase(
            R"([{"key": "c", "source": "src", "capture": "cap", "quote": "railcars were counted", "locator": "p. 1",
                "sites": ["s"], "time": "2023-10-05", "quantity": {"value": 73, "approximate": true, "unit": "railcars", "object": "railcar"},
                "credibility": 2, "status": "accepted"}])",
            R"([{"key": "cap", "source": "src", "file": "article.txt", "mediaType": "text/plain"}])"));
        auto p = Project::create(m_dir.filePath(QStringLiteral("sound.gpkg")), QStringLiteral("x"), QStringLiteral("a"));
        const auto report = importCaseFile(*p, file, m_dir.path());
        QCOMPARE(report.imported.value(RecordType::Claim), 1);
        QCOMPARE(report.imported.value(RecordType::Capture), 1);
        QVERIFY(report.warnings.isEmpty());
        const Claim c = p->all<Claim>().first();
        QCOMPARE(c.quantity.toDisplayString(), QStringLiteral("about 73 railcars"));
        QVERIFY(!c.captureId.isNull());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        write("The railcars were counted.", "article.txt");
        const QByteArray claim = R"([{"key": "c", "source": "src", "quote": "q", "time": "2023-10-05", "credibility": 2, "status": "accepted"}])";
        QTest::newRow("truncated json") << minimalCase(claim).left(120) << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("wrong format") << QByteArray(R"({"format": "geojson"})") << QStringLiteral("not a Sightline case file");
        QTest::newRow("newer version") << QByteArray(R"({"format": "sightline-case", "version": 7, "title": "x"})")
                                       << QStringLiteral("version 7");
        QByteArray unknownSite = claim;
        unknownSite.replace("\"time\"", "\"sites\": [\"nowhere\"], \"time\"");
        QTest::newRow("unknown site") << minimalCase(unknownSite) << QStringLiteral("claim \"c\": refers to sites \"nowhere\"");
        QByteArray badTime = claim;
        badTime.replace("2023-10-05", "2023-13-05");
        QTest::newRow("bad time") << minimalCase(badTime) << QStringLiteral("claim \"c\": \"2023-13-05\" is not a time");
        QByteArray badCred = claim;
        badCred.replace("\"credibility\": 2", "\"credibility\": 9");
        QTest::newRow("bad credibility") << minimalCase(badCred) << QStringLiteral("credibility must be 1 to 6");
        QByteArray misquoted = claim;
        misquoted.replace("\"quote\": \"q\"", "\"capture\": \"cap\", \"quote\": \"railcars were seen\"");
        QTest::newRow("quote not in capture")
            << minimalCase(misquoted, R"([{"key": "cap", "source": "src", "file": "article.txt"}])")
            << QStringLiteral("does not occur verbatim");
        QTest::newRow("hash mismatch")
            << minimalCase(claim, R"([{"key": "cap", "source": "src", "file": "article.txt", "sha256": "00"}])")
            << QStringLiteral("the case file expects 00");
        QByteArray badKind = minimalCase(claim);
        badKind.replace("\"kind\": \"port\"", "\"kind\": \"harbour\"");
        QTest::newRow("unknown site kind") << badKind << QStringLiteral("kind \"harbour\" is not one of port");
        QByteArray duplicate = minimalCase(claim);
        duplicate.replace(R"("sites": [{"key": "s")", R"("sites": [{"key": "s", "name": "A", "kind": "port", "lon": 1, "lat": 1}, {"key": "s")");
        QTest::newRow("duplicate key") << duplicate << QStringLiteral("used twice");
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString file = write(content);
        const QString projectFile = m_dir.filePath(QStringLiteral("refused%1.gpkg").arg(m_n));
        auto p = Project::create(projectFile, QStringLiteral("x"), QStringLiteral("a"));
        try {
            importCaseFile(*p, file, m_dir.path());
            QFAIL("the case file was imported");
        } catch (const ImportError &e) {
            QVERIFY2(e.message().startsWith(file + QStringLiteral(": ")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        }
        for (const QString &key : allKeys<RecordType>())
            QCOMPARE(p->count(*fromKey<RecordType>(key)), 0);
        QCOMPARE(p->changeLogCount(), 0);
    }

    void captureNamesNeverLeaveTheFolder()
    {
        QTemporaryDir outside;
        QFile secret(outside.filePath(QStringLiteral("secret.txt")));
        secret.open(QIODevice::WriteOnly);
        secret.write("railcars were counted");
        secret.close();
        const QString rel = QDir(m_dir.path()).relativeFilePath(secret.fileName());
        const QString file = write(minimalCase("[]", R"([{"key": "cap", "source": "src", "file": ")" + rel.toUtf8() + R"("}])"));
        auto p = Project::create(m_dir.filePath(QStringLiteral("escape.gpkg")), QStringLiteral("x"), QStringLiteral("a"));
        const auto report = importCaseFile(*p, file, m_dir.path());
        QCOMPARE(p->count(RecordType::Capture), 0);
        QCOMPARE(report.warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
