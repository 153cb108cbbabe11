// sightline-cli timeline: every kind of item in time order with the keys the JSON promises, the
// window and site filters, an open start ordered by its latest moment, and the one line that
// refuses a bad date or an unknown site.
#include "support/cliprocess.h"

#include "sightline/store/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestCliTimeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    Site m_crossing, m_port;

    CliResult timeline(const QStringList &extra)
    {
        return runCli(QStringList{QStringLiteral("timeline"), m_project} + extra);
    }

    QJsonArray items(const QStringList &extra)
    {
        const CliResult r = timeline(extra + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
    }

    static QStringList titles(const QJsonArray &items)
    {
        QStringList t;
        for (const QJsonValue &v : items)
            t << v.toObject().value(QStringLiteral("title")).toString();
        return t;
    }

private slots:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("timeline.gpkg"));
        auto p = Project::create(m_project, QStringLiteral("timeline"), QStringLiteral("a"));
        m_crossing.name = QStringLiteral("Tumangang–Khasan");
        m_crossing.location = {130.6, 42.4};
        p->save(m_crossing);
        m_port.name = QStringLiteral("Rajin");
        m_port.location = {130.3, 42.2};
        p->save(m_port);
        Source s;
        s.publisher = QStringLiteral("CSIS");
        s.reliability = Reliability::B;
        p->save(s);

        Event summit;
        summit.title = QStringLiteral("Kim–Putin summit");
        summit.time = *TimeSpan::parse(QStringLiteral("2023-09-13"));
        p->save(summit);
        Claim railcars;
        railcars.sourceId = s.meta.id;
        railcars.quote = QStringLiteral("about 73 railcars at the crossing");
        railcars.siteIds = {m_crossing.meta.id};
        railcars.time = *TimeSpan::parse(QStringLiteral("2023-10"));
        railcars.credibility = *Credibility::fromInt(2);
        railcars.quantity.value = 73;
        railcars.quantity.unit = QStringLiteral("railcars");
        p->save(railcars);
        Claim until;
        until.sourceId = s.meta.id;
        until.quote = QStringLiteral("containers reached the port no later than 23 December");
        until.siteIds = {m_port.meta.id};
        until.time = *TimeSpan::parse(QStringLiteral("../2023-12-23"));
        p->save(until);
        ImageryScene scene;
        scene.filePath = QStringLiteral("scene.tif");
        scene.footprint = Geometry::polygon({{130.5, 42.3}, {130.7, 42.3}, {130.7, 42.5}, {130.5, 42.5}, {130.5, 42.3}});
        scene.acquired = *TimeSpan::parse(QStringLiteral("2024-03-02T10:14:05Z"));
        scene.providerSceneId = QStringLiteral("SCENE-1");
        p->save(scene);
        Observation o;
        o.siteId = m_crossing.meta.id;
        o.objectKind = QStringLiteral("railcar");
        o.count.value = 60;
        o.count.unit = QStringLiteral("railcars");
        o.time = *TimeSpan::parse(QStringLiteral("2023-11-02T10:14Z"));
        o.sceneId = scene.meta.id;
        p->save(o);
        Judgment j;
        j.statement = QStringLiteral("munitions cross by rail");
        j.time = *TimeSpan::parse(QStringLiteral("2023-08/2024-12"));
        j.siteIds = {m_crossing.meta.id};
        j.author = QStringLiteral("analyst");
        p->save(j);
    }

    void everyKindInTimeOrder()
    {
        const QJsonArray all = items({});
        QCOMPARE(titles(all), (QStringList{QStringLiteral("munitions cross by rail"), QStringLiteral("Kim–Putin summit"),
                                           QStringLiteral("about 73 railcars at the crossing"), QStringLiteral("60 railcars at Tumangang–Khasan"),
                                           QStringLiteral("containers reached the port no later than 23 December"),
                                           all[5].toObject().value(QStringLiteral("title")).toString()}));
        QStringList types;
        for (const QJsonValue &v : all)
            types << v.toObject().value(QStringLiteral("type")).toString();
        QCOMPARE(types, (QStringList{QStringLiteral("judgment"), QStringLiteral("event"), QStringLiteral("claim"),
                                     QStringLiteral("observation"), QStringLiteral("claim"), QStringLiteral("scene")}));
        QVERIFY(all[5].toObject().value(QStringLiteral("title")).toString().contains(QStringLiteral("SCENE-1")));
    }

    void itemsCarryTheirTimeHonestly()
    {
        const QJsonArray all = items({});
        const QJsonObject month = all[2].toObject();
        QCOMPARE(month.value(QStringLiteral("time")).toString(), QStringLiteral("2023-10"));
        QCOMPARE(month.value(QStringLiteral("precision")).toString(), QStringLiteral("month"));
        QCOMPARE(month.value(QStringLiteral("earliest")).toString(), QStringLiteral("2023-10-01T00:00:00.000Z"));
        QCOMPARE(month.value(QStringLiteral("latest")).toString(), QStringLiteral("2023-10-31T23:59:59.999Z"));
        QCOMPARE(month.value(QStringLiteral("sites")).toArray().first().toString(), QStringLiteral("Tumangang–Khasan"));
        QVERIFY(QUuid::fromString(month.value(QStringLiteral("uuid")).toString()).isNull() == false);
        QCOMPARE(month.value(QStringLiteral("ordered_by")).toString(), QStringLiteral("earliest"));
        QCOMPARE(all[3].toObject().value(QStringLiteral("precision")).toString(), QStringLiteral("minute"));
        QCOMPARE(all[3].toObject().value(QStringLiteral("counted")).toString(), QStringLiteral("counted"));
        QCOMPARE(all[5].toObject().value(QStringLiteral("precision")).toString(), QStringLiteral("second"));
        QCOMPARE(all[0].toObject().value(QStringLiteral("precision")).toString(), QStringLiteral("month"));
        // The open start: no earliest moment, ordered by its latest, and says so.
        const QJsonObject open = all[4].toObject();
        QCOMPARE(open.value(QStringLiteral("time")).toString(), QStringLiteral("../2023-12-23"));
        QVERIFY(open.value(QStringLiteral("earliest")).isNull());
        QCOMPARE(open.value(QStringLiteral("latest")).toString(), QStringLiteral("2023-12-23T23:59:59.999Z"));
        QCOMPARE(open.value(QStringLiteral("ordered_by")).toString(), QStringLiteral("latest"));
        QCOMPARE(open.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
        // Each item has every key.
        for (const QJsonValue &v : all)
            for (const char *key : {"type", "uuid", "title", "time", "earliest", "latest", "precision", "sites"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        // The text listing says it too.
        const CliResult text = timeline({});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("open start: ordered by its latest moment")));
        QVERIFY(text.out.contains(QStringLiteral("6 items")));
    }

    void windowKeepsWhatOverlapsIt()
    {
        // October 2023: the month-precision claim, the judgment's period and the open start
        // (which may have happened then); not the September summit or the November count.
        QCOMPARE(titles(items({QStringLiteral("--from"), QStringLiteral("2023-10-20"), QStringLiteral("--to"),
                               QStringLiteral("2023-10-27")})),
                 (QStringList{QStringLiteral("munitions cross by rail"), QStringLiteral("about 73 railcars at the crossing"),
                              QStringLiteral("containers reached the port no later than 23 December")}));
        QCOMPARE(items({QStringLiteral("--from"), QStringLiteral("2024-01")}).size(), 2); // judgment, scene
    }

    void siteByNameWithATypedHyphen()
    {
        const QJsonArray at = items({QStringLiteral("--site"), QStringLiteral("tumangang-khasan")});
        QStringList types;
        for (const QJsonValue &v : at)
            types << v.toObject().value(QStringLiteral("type")).toString();
        // The scene covers the crossing's point; the port's claim and the summit (no site) go.
        QCOMPARE(types, (QStringList{QStringLiteral("judgment"), QStringLiteral("claim"), QStringLiteral("observation"),
                                     QStringLiteral("scene")}));
        const CliResult r = timeline({QStringLiteral("--site"), QStringLiteral("Nowhere")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(r.err.contains(m_project));
    }

    void badDatesAreRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("says");
        QTest::newRow("30 February") << QStringList{QStringLiteral("--from"), QStringLiteral("2023-02-30")}
                                     << QStringLiteral("--from \"2023-02-30\" is not a date; accepted forms: 2023, 2023-10");
        QTest::newRow("ambiguous") << QStringList{QStringLiteral("--to"), QStringLiteral("10/11/12")}
                                   << QStringLiteral("--to \"10/11/12\" is not a date; accepted forms");
        QTest::newRow("ends before it starts")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"), QStringLiteral("2023-06")}
            << QStringLiteral("ends before --from \"2024\" starts; accepted forms");
    }

    void badDatesAreRefused()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, says);
        const CliResult r = timeline(extra);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "tst_cli_timeline.moc"
