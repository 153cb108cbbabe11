// sightline-cli brief: the demo brief with its options, custody entries for what it shows, and
// the one line (exit 1 or 2) that refuses a bad option, with nothing written.
#include "support/cliprocess.h"
#include "support/pdftools.h"

#include "sightline/store/project.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestCliBrief : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    CliResult brief(const QString &pdf, const QStringList &extra)
    {
        return runCli(QStringList{QStringLiteral("brief"), m_project, QStringLiteral("-o"), pdf} + extra);
    }

  private slots:
    void initTestCase()
    {
        const QStringList missing = missingPdfTools();
        if (!missing.isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("the PDF tools are missing (%1): packaging/install-deps.sh installs them")
                    .arg(missing.join(QStringLiteral(", ")))));
        m_project = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const CliResult r = runCli({QStringLiteral("demo"), m_project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void writesTheBriefAndLogsWhatItShows()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        const CliResult r =
            brief(pdf, {QStringLiteral("--marking"), QStringLiteral("TLP:RED"), QStringLiteral("--page"),
                        QStringLiteral("letter"), QStringLiteral("--title"), QStringLiteral("Rail and sea"),
                        QStringLiteral("--author"), QStringLiteral("B. Analyst")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("wrote ") + pdf), qPrintable(r.out));
        const auto info = pdfInfo(pdf);
        QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Rail and sea"));
        QCOMPARE(info.value(QStringLiteral("Author")), QStringLiteral("B. Analyst"));
        QVERIFY(info.value(QStringLiteral("Page size")).startsWith(QLatin1String("612 x 792")));
        const QStringList pages = pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), info.value(QStringLiteral("Pages")).toInt());
        for (const QString &page : pages)
            QCOMPARE(page.count(QStringLiteral("TLP:RED")) >= 2, true);

        // Custody: every capture the brief identifies is logged as viewed in this export.
        const auto project = Project::open(m_project, QString(), Project::Access::ReadOnly);
        const QString detail = QStringLiteral("in export %1").arg(QFileInfo(pdf).absoluteFilePath());
        int viewed = 0, scenes = 0;
        QSet<QUuid> items;
        for (const CustodyEntry &e : project->custodyLog())
            if (e.action == CustodyEntry::Action::Viewed && e.detail == detail) {
                ++viewed;
                if (e.itemType == RecordType::Scene)
                    ++scenes; // the demo's synthetic scenes of Tumangang (open licence terms)
                else
                    items.insert(e.itemId);
                QVERIFY(e.itemType == RecordType::Capture || e.itemType == RecordType::Scene);
                QCOMPARE(e.sha256.size(), 64);
            }
        QVERIFY(viewed > scenes);
        QCOMPARE(scenes, 2);
        QCOMPARE(items.size(), viewed - scenes); // each once
        QVERIFY2(r.out.contains(QStringLiteral("custody: %1 captures and 2 scenes").arg(viewed - scenes)),
                 qPrintable(r.out));
        const QString hashes = pdfText(pdf, true);
        // The synthetic scenes of the Tumangang yard as before-and-after chips, each saying what it is.
        const QString flat = hashes.simplified();
        QVERIFY2(flat.contains(QStringLiteral("The oldest and the newest scene, each over its own footprint")),
                 qPrintable(flat.left(300)));
        QVERIFY(flat.count(QStringLiteral("not imagery of the site")) >= 4); // caption and imagery table, twice each
        for (const QUuid &id : std::as_const(items))
            QVERIFY(hashes.contains(QString::fromLatin1(project->find<Capture>(id)->sha256)));
    }

    void siteByNameInAnyCaseWithAHyphen()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("site.pdf"));
        const CliResult r =
            brief(pdf, {QStringLiteral("--site"), QStringLiteral("RAJIN PORT"), QStringLiteral("--site"),
                        QStringLiteral("tumangang-khasan rail bridge"), QStringLiteral("--template"),
                        QStringLiteral("compact"), QStringLiteral("--from"), QStringLiteral("2023-08"),
                        QStringLiteral("--to"), QStringLiteral("2024-12")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Rajin port")));
        QVERIFY(text.contains(QStringLiteral("Tumangang–Khasan rail bridge")));
        QVERIFY(!text.contains(QStringLiteral("Tikhoretsk ammunition depot")));
        QVERIFY(text.contains(QStringLiteral("1 August 2023 to 31 December 2024")));
    }

    // The count series of a site on its page, with the baseline asked for (--baseline-to, as
    // `series` takes it) or, without, ending the day before the newest value; the timeline of the
    // case as a section unless --no-timeline.
    void seriesBaselineAndTimeline()
    {
        const QString given = m_dir.filePath(QStringLiteral("baseline.pdf"));
        CliResult r = brief(given, {QStringLiteral("--site"), QStringLiteral("tumangang rail facility"),
                                    QStringLiteral("--baseline-to"), QStringLiteral("2023-10-04")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString text = pdfText(given).simplified();
        QVERIFY(text.contains(QStringLiteral("Counts at Tumangang rail facility")));
        QVERIFY2(text.contains(QStringLiteral("Above the baseline: 73 vs a baseline maximum of 20: 3.6× (reported, 5 Oct "
                                              "2023); 73 vs a baseline maximum of 20: 3.6× (counted, 5 Oct 2023 "
                                              "02:14 UTC).")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Timeline of the case")));

        // Without a date the baseline ends the day before the newest value begins (the count of 5
        // October 2023): here the same baseline, the same flags.
        const QString byDefault = m_dir.filePath(QStringLiteral("default-baseline.pdf"));
        r = brief(byDefault, {QStringLiteral("--site"), QStringLiteral("tumangang rail facility"),
                              QStringLiteral("--no-timeline")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        text = pdfText(byDefault).simplified();
        QVERIFY(text.contains(QStringLiteral("The grey band is the baseline Oct 2018 – 4 Oct 2023: median 20, maximum 20")));
        QVERIFY(text.contains(QStringLiteral("(counted, 5 Oct 2023 02:14 UTC).")));
        QVERIFY(!text.contains(QStringLiteral("Timeline of the case")));
        // A baseline before any value: no baseline, and the caption says why.
        const QString early = m_dir.filePath(QStringLiteral("early-baseline.pdf"));
        r = brief(early, {QStringLiteral("--site"), QStringLiteral("tumangang rail facility"),
                          QStringLiteral("--baseline-to"), QStringLiteral("2015")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(early).simplified().contains(QStringLiteral("No baseline: no value lies wholly before 2015.")));

        // A site with no count series says so.
        const QString none = m_dir.filePath(QStringLiteral("no-series.pdf"));
        r = brief(none, {QStringLiteral("--site"), QStringLiteral("vostochny port")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(none).simplified().contains(
            QStringLiteral("No count series: no object at this site was counted on imagery or reported with a figure")));
    }

    void refusesBadOptionsWithOneLine_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("marking") << QStringList{QStringLiteral("--marking"), QStringLiteral("TLP:PURPLE")}
                                 << 1 << QStringLiteral("TLP:PURPLE");
        QTest::newRow("page") << QStringList{QStringLiteral("--page"), QStringLiteral("a3")} << 1
                              << QStringLiteral("a3");
        QTest::newRow("template") << QStringList{QStringLiteral("--template"), QStringLiteral("glossy")} << 1
                                  << QStringLiteral("glossy");
        QTest::newRow("date") << QStringList{QStringLiteral("--from"), QStringLiteral("2023-13")} << 1
                              << QStringLiteral("2023-13");
        QTest::newRow("site") << QStringList{QStringLiteral("--site"), QStringLiteral("Atlantis")} << 2
                              << QStringLiteral("Atlantis");
        QTest::newRow("baseline") << QStringList{QStringLiteral("--baseline-to"), QStringLiteral("2023-02-30")} << 1
                                  << QStringLiteral("2023-02-30");
    }

    void refusesBadOptionsWithOneLine()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
        const CliResult r = brief(pdf, extra);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.trimmed().split(u'\n').first().contains(says), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void refusesWithoutOutputAndKeepsAnOldBriefOnFailure()
    {
        QCOMPARE(runCli({QStringLiteral("brief"), m_project}).exitCode, 1);
        const QString pdf = m_dir.filePath(QStringLiteral("kept.pdf"));
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older brief");
        old.close();
        QCOMPARE(brief(pdf, {QStringLiteral("--site"), QStringLiteral("Atlantis")}).exitCode, 2);
        QFile kept(pdf);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("an older brief"));
        // A project that is not there: one line naming it, exit 2.
        const CliResult r = runCli({QStringLiteral("brief"), m_dir.filePath(QStringLiteral("none.gpkg")),
                                    QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("none.gpkg")));
    }
};

QTEST_MAIN(TestCliBrief)
#include "tst_cli_brief.moc"
