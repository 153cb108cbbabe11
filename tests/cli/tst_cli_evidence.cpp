// sightline-cli's evidence commands: claims, capture, export-capture, search and verify --record,
// as a user runs them.
#include "support/cliprocess.h"
#include "support/samplerecords.h"
#include "support/testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using test::runCli;

class TestCliEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    Source m_source;
    Site m_site;

    QString writeFile(const QString &name, const QByteArray &content) { return test::writeTestFile(m_dir, name, content); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("p.gpkg"));
        auto p = Project::create(m_file, QStringLiteral("CLI evidence"), QStringLiteral("a"));
        m_site = test::sampleSite();
        p->save(m_site);
        m_source = test::sampleSource();
        p->save(m_source);
        Source other = test::sampleSource();
        other.publisher = QStringLiteral("Newsweek");
        p->save(other);
        Claim a = test::sampleClaim(m_source, m_site); // about 73 railcars, 5 Oct 2023
        p->save(a);
        Claim b = test::sampleClaim(other, m_site);
        b.quote = QStringLiteral("only 20 railcars were there that week");
        b.quantity.value = 20;
        b.quantity.approximate = false;
        b.credibility = *Credibility::fromInt(4);
        p->save(b);
    }

    void claimsListsGradesAndConflicts()
    {
        auto r = runCli({QStringLiteral("claims"), m_file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray claims = o.value(QStringLiteral("claims")).toArray();
        QCOMPARE(claims.size(), 2);
        QStringList grades;
        for (const auto &c : claims)
            grades << c.toObject().value(QStringLiteral("grade")).toString();
        grades.sort();
        QCOMPARE(grades, (QStringList{QStringLiteral("B2"), QStringLiteral("B4")}));
        QCOMPARE(o.value(QStringLiteral("groups")).toArray().size(), 1);
        const QJsonArray conflicts = o.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(conflicts[0].toObject().value(QStringLiteral("figures_disagree")).toBool());
        QVERIFY(conflicts[0].toObject().value(QStringLiteral("description")).toString().contains(QStringLiteral("20 railcars")));

        r = runCli({QStringLiteral("claims"), m_file, QStringLiteral("--source"), QStringLiteral("newsweek")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("B4")));
        QVERIFY(!r.out.contains(QStringLiteral("B2")));
        QVERIFY(r.out.contains(QStringLiteral("1 claim,")));
        r = runCli({QStringLiteral("claims"), m_file, QStringLiteral("--site"), QStringLiteral("tumangang station")});
        QCOMPARE(r.exitCode, 0); // an alias, any case
        QVERIFY(r.out.contains(QStringLiteral("2 claims,")));
        r = runCli({QStringLiteral("claims"), m_file, QStringLiteral("--site"), QStringLiteral("Atlantis")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(m_file) && r.err.contains(QStringLiteral("Atlantis")));
        QCOMPARE(runCli({QStringLiteral("claims")}).exitCode, 1);
    }

    void captureStoresAndSearchFindsIt()
    {
        const QString page = writeFile(QStringLiteral("page.html"),
                                       "<html><head><style>.x{}</style><script>var hidden='zzzscript';</script></head>"
                                       "<body><p>The vessel <b>Lady&nbsp;R</b> left Rajin</p></body></html>");
        const QString id = m_source.meta.id.toString(QUuid::WithoutBraces).left(8);
        auto r = runCli({QStringLiteral("capture"), m_file, QStringLiteral("--source"), id, page, QStringLiteral("--url"),
                         QStringLiteral("https://example.org/page")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("version 1")));
        QVERIFY(r.out.contains(QString::fromLatin1(test::fileSha256(page))));
        QVERIFY(r.out.contains(QStringLiteral("text/html")));
        r = runCli({QStringLiteral("capture"), m_file, QStringLiteral("--source"), id, page, QStringLiteral("--url"),
                    QStringLiteral("https://example.org/page")});
        QVERIFY(r.out.contains(QStringLiteral("version 2"))); // re-captured, first kept

        r = runCli({QStringLiteral("search"), m_file, QStringLiteral("Lady"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("capture"));
        QCOMPARE(hits[0].toObject().value(QStringLiteral("part")).toString(), QStringLiteral("content"));
        // Scripts and markup are not text.
        r = runCli({QStringLiteral("search"), m_file, QStringLiteral("zzzscript")});
        QVERIFY(r.out.contains(QStringLiteral("0 hits")));
        r = runCli({QStringLiteral("search"), m_file, QStringLiteral("railcars")});
        QVERIFY(r.out.contains(QStringLiteral("2 hits")));
        QCOMPARE(runCli({QStringLiteral("search"), m_file}).exitCode, 1);
    }

    void captureRefusals()
    {
        const QString id = m_source.meta.id.toString(QUuid::WithoutBraces);
        const QString big = writeFile(QStringLiteral("big.bin"), QByteArray(2048, 'x'));
        auto r = runCli({QStringLiteral("capture"), m_file, QStringLiteral("--source"), id, big,
                         QStringLiteral("--max-bytes"), QStringLiteral("1024")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(big) && r.err.contains(QStringLiteral("limit")));
        QCOMPARE(r.err.count(u'\n'), 1);
        r = runCli({QStringLiteral("capture"), m_file, QStringLiteral("--source"), QStringLiteral("ffffffff"), big});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no source")));
        QCOMPARE(runCli({QStringLiteral("capture"), m_file, big}).exitCode, 1);

        // A PDF Qt PDF cannot open is still stored and hashed, with a warning naming it.
        const QString pdf = writeFile(QStringLiteral("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage");
        r = runCli({QStringLiteral("capture"), m_file, QStringLiteral("--source"), id, pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(pdf) && r.err.contains(QStringLiteral("Qt PDF cannot open it")));
        QVERIFY(r.out.contains(QString::fromLatin1(test::fileSha256(pdf))));
    }

    void exportCaptureWritesTheSameBytes()
    {
        const QByteArray v1 = "first capture of the statement\n";
        const QByteArray v2 = "second capture of the statement, edited by the site\n";
        const QString one = writeFile(QStringLiteral("statement.txt"), v1);
        const QString sourceId = m_source.meta.id.toString(QUuid::WithoutBraces);
        auto r = runCli({QStringLiteral("capture"), m_file, QStringLiteral("--source"), sourceId, one,
                         QStringLiteral("--url"), QStringLiteral("https://example.org/statement")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString two = writeFile(QStringLiteral("statement.txt"), v2);
        QCOMPARE(two, one);
        r = runCli({QStringLiteral("capture"), m_file, QStringLiteral("--source"), sourceId, two,
                    QStringLiteral("--url"), QStringLiteral("https://example.org/statement")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("version 2")), qPrintable(r.out + r.err));
        Capture latest;
        {
            auto p = Project::open(m_file, QString(), Project::Access::ReadOnly);
            for (const Capture &c : p->all<Capture>())
                if (c.fileName == QStringLiteral("statement.txt") && p->captureVersion(c.meta.id) == 2)
                    latest = c;
        }
        QVERIFY(!latest.meta.id.isNull());
        const QString id = latest.meta.id.toString(QUuid::WithoutBraces);

        // The latest version by its id: the same bytes, the stored SHA-256, printed with path and size.
        const QString out = m_dir.filePath(QStringLiteral("exported.txt"));
        r = runCli({QStringLiteral("export-capture"), m_file, id.left(8), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(test::fileSha256(out), latest.sha256);
        QVERIFY(r.out.contains(out) && r.out.contains(QString::fromLatin1(latest.sha256)) &&
                r.out.contains(QStringLiteral("%1 bytes").arg(v2.size())));
        {
            auto p = Project::open(m_file, QString(), Project::Access::ReadOnly);
            const QList<CustodyEntry> log = p->custodyLog(latest.meta.id);
            QCOMPARE(log.last().action, CustodyEntry::Action::Exported);
            QCOMPARE(log.last().sha256, latest.sha256);
            QVERIFY(log.last().detail.contains(QFileInfo(out).absoluteFilePath()));
        }

        // --version 1 of the same series gives the first bytes.
        const QString first = m_dir.filePath(QStringLiteral("first.txt"));
        r = runCli({QStringLiteral("export-capture"), m_file, id, first, QStringLiteral("--version"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(first);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), v1);

        // An existing file is never replaced without --force.
        r = runCli({QStringLiteral("export-capture"), m_file, id, first});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(first) && r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        f.seek(0);
        QCOMPARE(f.readAll(), v1);
        r = runCli({QStringLiteral("export-capture"), m_file, id, first, QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(test::fileSha256(first), latest.sha256);

        // An unknown id, a version the series lacks, a folder that is not there: exit 2, one line.
        r = runCli({QStringLiteral("export-capture"), m_file, QStringLiteral("ffffffff"), m_dir.filePath(QStringLiteral("x"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(m_file) && r.err.contains(QStringLiteral("no capture")), qPrintable(r.err));
        r = runCli({QStringLiteral("export-capture"), m_file, id, m_dir.filePath(QStringLiteral("x")),
                    QStringLiteral("--version"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("has 2 versions, not 9")), qPrintable(r.err));
        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/out.txt"));
        r = runCli({QStringLiteral("export-capture"), m_file, id, nowhere});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(nowhere) && r.err.contains(QStringLiteral("cannot be written")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(!QFileInfo::exists(nowhere));
        QCOMPARE(runCli({QStringLiteral("export-capture"), m_file, id}).exitCode, 1);
    }

    void verifyRecordsOnlyWhenAsked()
    {
        auto countCustody = [&] {
            auto p = Project::open(m_file, QStringLiteral("t"), Project::Access::ReadOnly);
            return p->custodyLog().size();
        };
        const qsizetype before = countCustody();
        QVERIFY(before > 0);
        const QByteArray hash = test::fileSha256(m_file);
        auto r = runCli({QStringLiteral("verify"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(test::fileSha256(m_file), hash); // read-only: not a byte changed
        r = runCli({QStringLiteral("verify"), m_file, QStringLiteral("--record")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto p = Project::open(m_file, QStringLiteral("t"), Project::Access::ReadOnly);
        const auto log = p->custodyLog();
        QCOMPARE(log.size(), before + p->count(RecordType::Capture));
        QCOMPARE(log.last().action, CustodyEntry::Action::Rehashed);
    }

    // Last: it downgrades a source, which flags claims for the slots above.
    void judgmentsListLikelihoodBasisAndReview()
    {
        QUuid railId, otherId;
        {
            auto p = Project::open(m_file, QStringLiteral("t"));
            QList<Claim> claims = p->all<Claim>();
            QCOMPARE(claims.size(), 2);
            if (claims[0].sourceId != m_source.meta.id)
                std::swap(claims[0], claims[1]);
            Judgment rail;
            rail.statement = QStringLiteral("Munitions cross to Russia by rail at Tumangang–Khasan");
            rail.likelihood = Likelihood::Likely;
            rail.confidence = Confidence::Moderate;
            rail.time = *TimeSpan::parse(QStringLiteral("2023-09/2024-12"));
            rail.author = QStringLiteral("analyst");
            rail.status = JudgmentStatus::Issued;
            p->save(rail);
            Judgment other = rail;
            other.meta = {};
            other.statement = QStringLiteral("Traffic was low before the summit");
            other.likelihood = Likelihood::RoughlyEven;
            other.confidence = Confidence::Low;
            p->save(other);
            for (const auto &[j, c] : {std::pair{&rail, &claims[0]}, std::pair{&rail, &claims[1]},
                                       std::pair{&other, &claims[1]}}) {
                Link l;
                l.from = {RecordType::Judgment, j->meta.id};
                l.to = {RecordType::Claim, c->meta.id};
                l.relation = LinkRelation::DependsOn;
                p->save(l);
            }
            railId = rail.meta.id;
            otherId = other.meta.id;
        }
        auto judgmentsJson = [&] {
            const auto r = runCli({QStringLiteral("judgments"), m_file, QStringLiteral("--json")});
            QHash<QUuid, QJsonObject> out;
            for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("judgments")).toArray())
                out.insert(QUuid::fromString(v.toObject().value(QStringLiteral("uuid")).toString()), v.toObject());
            return out;
        };
        auto j = judgmentsJson();
        QCOMPARE(j.size(), 2);
        QCOMPARE(j[railId].value(QStringLiteral("likelihood")).toString(), QStringLiteral("likely"));
        QCOMPARE(j[railId].value(QStringLiteral("likelihood_min_pct")).toInt(), 55);
        QCOMPARE(j[railId].value(QStringLiteral("likelihood_max_pct")).toInt(), 80);
        QCOMPARE(j[railId].value(QStringLiteral("confidence")).toString(), QStringLiteral("moderate"));
        QCOMPARE(j[railId].value(QStringLiteral("basis")).toString(), QStringLiteral("2 claims · B2, B4"));
        QCOMPARE(j[railId].value(QStringLiteral("rests_on")).toArray().size(), 2);
        QCOMPARE(j[otherId].value(QStringLiteral("basis")).toString(), QStringLiteral("1 claim · B4"));
        QVERIFY(!j[railId].value(QStringLiteral("needs_review")).toBool());

        // Downgrading CSIS flags the judgment resting on its claim, not the other one.
        {
            auto p = Project::open(m_file, QStringLiteral("t"));
            p->setSourceGrade(m_source.meta.id, Reliability::D, QStringLiteral("imagery not released"));
        }
        j = judgmentsJson();
        QVERIFY(j[railId].value(QStringLiteral("needs_review")).toBool());
        QVERIFY(!j[otherId].value(QStringLiteral("needs_review")).toBool());
        QCOMPARE(j[railId].value(QStringLiteral("basis")).toString(), QStringLiteral("2 claims · B4, D2"));
        QVERIFY(j[railId].value(QStringLiteral("review_reasons")).toArray().first().toString().contains(
            QStringLiteral("from B to D")));

        const auto r = runCli({QStringLiteral("judgments"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("! likely (55–80 %), moderate confidence")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  roughly even chance (45–55 %), low confidence")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("2 judgments, 1 needs review")));
        QCOMPARE(runCli({QStringLiteral("judgments")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("judgments"), m_dir.filePath(QStringLiteral("missing.gpkg"))}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliEvidence)
#include "tst_cli_evidence.moc"
