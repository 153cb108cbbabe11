// sightline-cli annotations and series as a user runs them: filters, the site lookup that
// matches a typed hyphen to a dash, the series' rows in text, JSON and CSV with the baseline flag,
// dismissed conflicts in claims, and clear refusals of bad input.
#include "support/cliprocess.h"
#include "support/samplerecords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using test::runCli;

class TestCliCounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    ImageryScene m_before, m_after;

    ImageryScene scene(Project &p, const Site &site, const QString &file, const TimeSpan &when)
    {
        ImageryScene s;
        s.filePath = file;
        s.footprint = site.aoi;
        s.acquired = when;
        s.provider = QStringLiteral("Test");
        p.save(s);
        return s;
    }

    static Annotation point(const ImageryScene &s, const Site &site, const QString &kind, int count = 1)
    {
        Annotation a;
        a.sceneId = s.meta.id;
        a.siteId = site.meta.id;
        a.objectKind = kind;
        a.count = count;
        a.shape = count > 1 ? AnnotationShape::Box : AnnotationShape::Point;
        a.geometry = Geometry::point(130.605, 42.425);
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("counts.gpkg"));
        auto p = Project::create(m_file, QStringLiteral("Counts"), QStringLiteral("a"));
        Site yard = test::sampleSite(QStringLiteral("Tumangang–Khasan yard")); // an en dash
        p->save(yard);
        Site other = test::sampleSite(QStringLiteral("Rajin port"));
        p->save(other);
        m_before = scene(*p, yard, QStringLiteral("before.tif"), TimeSpan::day(2023, 8, 20));
        m_after = scene(*p, yard, QStringLiteral("after.tif"), TimeSpan::day(2023, 10, 5));
        Project::Batch batch(*p);
        for (int i = 0; i < 20; ++i) {
            Annotation a = point(m_before, yard, QStringLiteral("railcar"));
            p->save(a);
        }
        Annotation box = point(m_after, yard, QStringLiteral("railcar"), 60);
        p->save(box);
        for (int i = 0; i < 13; ++i) {
            Annotation a = point(m_after, yard, QStringLiteral("railcar"));
            p->save(a);
        }
        Annotation vessel = point(m_after, other, QStringLiteral("vessel"), 2);
        p->save(vessel);
        batch.commit();
        // A reported maximum over the earlier years, from a claim.
        Source src = test::sampleSource();
        p->save(src);
        Claim c = test::sampleClaim(src, yard);
        c.time = *TimeSpan::parse(QStringLiteral("2018-10/2023-10-04"));
        c.quantity = Quantity();
        c.quantity.max = 20;
        c.quantity.approximate = true;
        c.quantity.unit = QStringLiteral("railcars");
        c.quantity.objectKind = QStringLiteral("railcar");
        c.quantity.measure = Measure::Maximum;
        p->save(c);
        Observation reported;
        reported.siteId = yard.meta.id;
        reported.objectKind = QStringLiteral("railcar");
        reported.count = c.quantity;
        reported.time = c.time;
        reported.claimId = c.meta.id;
        p->save(reported);
    }

    void annotationsFilters()
    {
        auto r = runCli({QStringLiteral("annotations"), m_file, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("annotations")).toArray().size(), 35);
        QCOMPARE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("railcar")).toInt(), 93);
        QCOMPARE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("vessel")).toInt(), 2);

        r = runCli({QStringLiteral("annotations"), m_file, QStringLiteral("--site"), QStringLiteral("tumangang-khasan YARD"),
                    QStringLiteral("--scene"), m_after.meta.id.toString(QUuid::WithoutBraces).left(8),
                    QStringLiteral("--kind"), QStringLiteral("railcar"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray rows = o.value(QStringLiteral("annotations")).toArray();
        QCOMPARE(rows.size(), 14);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("time")).toString(), QStringLiteral("2023-10-05"));
        QCOMPARE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("railcar")).toInt(), 73);

        r = runCli({QStringLiteral("annotations"), m_file, QStringLiteral("--kind"), QStringLiteral("vessel")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("counted: vessel 2")), qPrintable(r.out));
    }

    void annotationsRefusesBadInput()
    {
        auto r = runCli({QStringLiteral("annotations"), m_file, QStringLiteral("--site"), QStringLiteral("Nowhere")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(m_file) && r.err.contains(QStringLiteral("no site named \"Nowhere\"")));
        r = runCli({QStringLiteral("annotations"), m_file, QStringLiteral("--kind"), QStringLiteral("tanks")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no object kind \"tanks\"")) && r.err.contains(QStringLiteral("railcar")),
                 qPrintable(r.err));
        r = runCli({QStringLiteral("annotations"), m_file, QStringLiteral("--scene"), QStringLiteral("ffffffff")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("annotations")});
        QCOMPARE(r.exitCode, 1);
        r = runCli({QStringLiteral("annotations"), m_dir.filePath(QStringLiteral("missing.gpkg"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }

    // The vocabulary with how often each kind is marked; a kind of the project's own added,
    // listed, refused while marked and removed; bad keys and colours refused naming the file.
    void kindsListAddAndRemove()
    {
        const QString file = m_dir.filePath(QStringLiteral("kinds.gpkg"));
        QVERIFY(QFile::copy(m_file, file));
        auto r = runCli({QStringLiteral("kinds"), file, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonArray kinds = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("kinds")).toArray();
        QCOMPARE(kinds.size(), builtInObjectKinds().size());
        const auto kindNamed = [&kinds](const QString &key) {
            for (const QJsonValue &v : std::as_const(kinds))
                if (v.toObject().value(QStringLiteral("key")).toString() == key)
                    return v.toObject();
            return QJsonObject();
        };
        QCOMPARE(kindNamed(QStringLiteral("railcar")).value(QStringLiteral("annotations")).toInt(), 34);
        QCOMPARE(kindNamed(QStringLiteral("railcar")).value(QStringLiteral("objects")).toInt(), 93);
        QVERIFY(kindNamed(QStringLiteral("railcar")).value(QStringLiteral("built_in")).toBool());

        r = runCli({QStringLiteral("kinds"), file, QStringLiteral("--add"), QStringLiteral("Fuel_Wagon"),
                    QStringLiteral("--name"), QStringLiteral("Fuel wagon"), QStringLiteral("--colour"), QStringLiteral("#12AB34")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("kinds"), file, QStringLiteral("--json")});
        kinds = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("kinds")).toArray();
        QCOMPARE(kinds.size(), builtInObjectKinds().size() + 1);
        QCOMPARE(kindNamed(QStringLiteral("fuel_wagon")).value(QStringLiteral("colour")).toString(), QStringLiteral("#12ab34"));
        QVERIFY(!kindNamed(QStringLiteral("fuel_wagon")).value(QStringLiteral("built_in")).toBool());
        r = runCli({QStringLiteral("annotations"), file, QStringLiteral("--kind"), QStringLiteral("fuel_wagon")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // the new kind is a filter the vocabulary knows

        for (const QStringList &bad : {QStringList{QStringLiteral("--add"), QStringLiteral("railcar"), QStringLiteral("--name"), QStringLiteral("Wagon")},
                                      QStringList{QStringLiteral("--add"), QStringLiteral("tank wagon"), QStringLiteral("--name"), QStringLiteral("Tank")},
                                      QStringList{QStringLiteral("--add"), QStringLiteral("tank"), QStringLiteral("--name"), QStringLiteral("Tank"), QStringLiteral("--colour"), QStringLiteral("red")},
                                      QStringList{QStringLiteral("--remove"), QStringLiteral("railcar")},
                                      QStringList{QStringLiteral("--remove"), QStringLiteral("tank")}}) {
            r = runCli(QStringList{QStringLiteral("kinds"), file} + bad);
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(u' ') + r.err));
            QVERIFY2(r.err.contains(file) && r.err.trimmed().count(u'\n') == 0, qPrintable(r.err));
        }
        r = runCli({QStringLiteral("kinds"), file, QStringLiteral("--add"), QStringLiteral("tank")}); // no name
        QCOMPARE(r.exitCode, 1);
        r = runCli({QStringLiteral("kinds"), file, QStringLiteral("--name"), QStringLiteral("Tank")});
        QCOMPARE(r.exitCode, 1);

        r = runCli({QStringLiteral("kinds"), file, QStringLiteral("--remove"), QStringLiteral("fuel_wagon")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("kinds"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QStringLiteral("fuel_wagon")));
        QVERIFY(r.out.contains(QStringLiteral("railcar")) && r.out.contains(QStringLiteral("annotations 34, objects 93")));
    }

    void seriesWithBaselineAndFlag()
    {
        auto r = runCli({QStringLiteral("series"), m_file, QStringLiteral("--site"), QStringLiteral("Tumangang-Khasan yard"),
                         QStringLiteral("--kind"), QStringLiteral("railcar"), QStringLiteral("--baseline-to"),
                         QStringLiteral("2023-10-04"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray points = o.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 3);
        const QJsonObject first = points[0].toObject(), last = points[2].toObject();
        QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2018-10/2023-10-04"));
        QCOMPARE(first.value(QStringLiteral("origin")).toString(), QStringLiteral("reported"));
        QCOMPARE(first.value(QStringLiteral("maximum")).toDouble(), 20.0);
        QVERIFY(first.value(QStringLiteral("value")).isNull());
        QCOMPARE(first.value(QStringLiteral("earliest")).toString(), QStringLiteral("2018-10-01T00:00:00Z"));
        QCOMPARE(last.value(QStringLiteral("origin")).toString(), QStringLiteral("counted"));
        QCOMPARE(last.value(QStringLiteral("scene")).toString(), m_after.meta.id.toString(QUuid::WithoutBraces));
        QCOMPARE(last.value(QStringLiteral("value")).toDouble(), 73.0);
        QVERIFY(last.value(QStringLiteral("exceeds_baseline")).toBool());
        QCOMPARE(last.value(QStringLiteral("flag")).toString(), QStringLiteral("73 vs a baseline maximum of 20: 3.6×"));
        const QJsonObject baseline = o.value(QStringLiteral("baseline")).toObject();
        QCOMPARE(baseline.value(QStringLiteral("maximum")).toDouble(), 20.0);
        QCOMPARE(baseline.value(QStringLiteral("median")).toDouble(), 20.0);
        QCOMPARE(baseline.value(QStringLiteral("values")).toInt(), 2);

        r = runCli({QStringLiteral("series"), m_file, QStringLiteral("--site"), QStringLiteral("tumangang–khasan yard"),
                    QStringLiteral("--kind"), QStringLiteral("railcar"), QStringLiteral("--baseline-to"),
                    QStringLiteral("2023-10-04")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("! 2023-10-05  73 railcars  counted  scene")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("73 vs a baseline maximum of 20: 3.6×")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("median 20, maximum 20 (from 2 observations)")), qPrintable(r.out));
        QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("3 observations")), qPrintable(r.out));
    }

    void seriesCsvAndWindow()
    {
        auto r = runCli({QStringLiteral("series"), m_file, QStringLiteral("--site"), QStringLiteral("TUMANGANG-KHASAN YARD"),
                         QStringLiteral("--kind"), QStringLiteral("railcar"), QStringLiteral("--from"),
                         QStringLiteral("2023-09"), QStringLiteral("--baseline-to"), QStringLiteral("2023-09"),
                         QStringLiteral("--csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3); // header, the reported range that reaches into the window, the 73
        QCOMPARE(lines[0], QStringLiteral("time,earliest,latest,value,minimum,maximum,origin,scene,claim,exceeds_baseline,flag"));
        QVERIFY2(lines[2].startsWith(QStringLiteral("2023-10-05,2023-10-05T00:00:00Z,2023-10-05T23:59:59Z,73,,,counted,")),
                 qPrintable(lines[2]));
        // Within the window nothing lies wholly before September: no baseline, no flag.
        QVERIFY2(lines[2].endsWith(QStringLiteral(",false,")), qPrintable(lines[2]));
    }

    void seriesRefusesBadInput()
    {
        const QString site = QStringLiteral("Tumangang-Khasan yard");
        auto r = runCli({QStringLiteral("series"), m_file, QStringLiteral("--kind"), QStringLiteral("railcar")});
        QCOMPARE(r.exitCode, 1); // --site is required
        r = runCli({QStringLiteral("series"), m_file, QStringLiteral("--site"), site, QStringLiteral("--kind"),
                    QStringLiteral("railcar"), QStringLiteral("--json"), QStringLiteral("--csv")});
        QCOMPARE(r.exitCode, 1);
        r = runCli({QStringLiteral("series"), m_file, QStringLiteral("--site"), site, QStringLiteral("--kind"),
                    QStringLiteral("railcar"), QStringLiteral("--baseline-to"), QStringLiteral("2023-13-45")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("2023-13-45")));
        r = runCli({QStringLiteral("series"), m_file, QStringLiteral("--site"), site, QStringLiteral("--kind"),
                    QStringLiteral("railcar"), QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"),
                    QStringLiteral("2023")});
        QCOMPARE(r.exitCode, 1);
        r = runCli({QStringLiteral("series"), m_file, QStringLiteral("--site"), QStringLiteral("Atlantis"),
                    QStringLiteral("--kind"), QStringLiteral("railcar")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(m_file));
    }
};

QTEST_GUILESS_MAIN(TestCliCounts)
#include "tst_cli_counts.moc"
