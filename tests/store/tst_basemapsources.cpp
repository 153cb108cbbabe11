// A project's basemap sources: saved as JSON in sightline_meta with a change log entry, and
// read back as untrusted input (another person's file): what does not pass is left out, said.
#include "sightline/store/project.h"
#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(sightline::BasemapSource)

using namespace sightline;

namespace {
BasemapSource service(const QString &name, const QString &url,
                      const QString &attribution = QStringLiteral("© someone"))
{
    BasemapSource s;
    s.name = name;
    s.kind = BasemapSource::Kind::Xyz;
    s.location = url;
    s.attribution = attribution;
    return s;
}
BasemapSource file(const QString &name, const QString &path)
{
    BasemapSource s;
    s.name = name;
    s.kind = BasemapSource::Kind::File;
    s.location = path;
    return s;
}
} // namespace

class TestBasemapSources : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

  private slots:
    void savedAndReadBack()
    {
        auto p = Project::create(m_dir.filePath(QStringLiteral("a.gpkg")), QStringLiteral("A"),
                                 QStringLiteral("ana"));
        QCOMPARE(p->basemapSources(), BasemapSources{});
        BasemapSources all;
        all.sources << service(QStringLiteral("OSM"),
                               QStringLiteral("https://tile.example.org/{z}/{x}/{y}.png"),
                               QStringLiteral("© OpenStreetMap contributors"))
                    << file(QStringLiteral("Rason package"), QStringLiteral("/data/rason.mbtiles"));
        all.sources[0].maxZoom = 18;
        all.sources[0].requestsPerSecond = 2;
        all.active = QStringLiteral("OSM");
        const qint64 before = p->changeLogCount();
        p->saveBasemapSources(all);
        QCOMPARE(p->changeLogCount(), before + 1);
        const ChangeLogEntry last = p->changeLog().last();
        QCOMPARE(last.recordTypeKey, QStringLiteral("basemap_sources"));
        QVERIFY(last.summary.contains(QStringLiteral("OSM")));
        QStringList problems;
        QCOMPARE(p->basemapSources(&problems), all);
        QVERIFY(problems.isEmpty());
        QVERIFY(p->basemapSources().named(QStringLiteral("rason PACKAGE")));
        p.reset();
        auto again =
            Project::open(m_dir.filePath(QStringLiteral("a.gpkg")), QString(), Project::Access::ReadOnly);
        QCOMPARE(again->basemapSources(), all);
    }

    void refusedOnSave_data()
    {
        QTest::addColumn<BasemapSource>("source");
        QTest::newRow("service without attribution")
            << service(QStringLiteral("x"), QStringLiteral("https://t.example/{z}/{x}/{y}.png"), {});
        QTest::newRow("ftp") << service(QStringLiteral("x"),
                                        QStringLiteral("ftp://t.example/{z}/{x}/{y}.png"));
        QTest::newRow("file URL") << service(QStringLiteral("x"),
                                             QStringLiteral("file:///tmp/{z}/{x}/{y}.png"));
        QTest::newRow("no placeholders")
            << service(QStringLiteral("x"), QStringLiteral("https://t.example/tile.png"));
        QTest::newRow("no name") << service(QString(), QStringLiteral("https://t.example/{z}/{x}/{y}.png"));
        QTest::newRow("URL as file") << file(QStringLiteral("x"),
                                             QStringLiteral("https://t.example/a.mbtiles"));
        QTest::newRow("vsicurl") << file(QStringLiteral("x"),
                                         QStringLiteral("/vsicurl/https://t.example/a.tif"));
        BasemapSource deep =
            service(QStringLiteral("x"), QStringLiteral("https://t.example/{z}/{x}/{y}.png"));
        deep.maxZoom = 40;
        QTest::newRow("zoom 40") << deep;
        BasemapSource fast = deep;
        fast.maxZoom = 19;
        fast.requestsPerSecond = 1000;
        QTest::newRow("1000 requests a second") << fast;
    }
    void refusedOnSave()
    {
        QFETCH(BasemapSource, source);
        auto p = Project::create(m_dir.filePath(QStringLiteral("r.gpkg")), QStringLiteral("R"),
                                 QStringLiteral("ana"));
        const qint64 before = p->changeLogCount();
        BasemapSources all;
        all.sources << source;
        QVERIFY_THROWS_EXCEPTION(StoreError, p->saveBasemapSources(all));
        QCOMPARE(p->changeLogCount(), before);
        QCOMPARE(p->basemapSources(), BasemapSources{});
        QFile::remove(m_dir.filePath(QStringLiteral("r.gpkg")));
    }

    void hostileJsonIsFiltered()
    {
        auto p = Project::create(m_dir.filePath(QStringLiteral("h.gpkg")), QStringLiteral("H"),
                                 QStringLiteral("ana"));
        // As another tool (or a hand) could write it: one good source among bad ones.
        const QString json = QStringLiteral(
            R"({"version":1,"active":"evil","sources":[)"
            R"({"name":"good","kind":"xyz","location":"https://t.example/{z}/{x}/{y}.png","attribution":"© t"},)"
            R"({"name":"evil","kind":"xyz","location":"file:///etc/passwd?{z}{x}{y}","attribution":"x"},)"
            R"({"name":"unattributed","kind":"xyz","location":"http://t.example/{z}/{x}/{y}.png"},)"
            R"({"name":"odd kind","kind":"gopher","location":"/tmp/a"},)"
            R"({"name":"good","kind":"file","location":"/tmp/b.mbtiles"},)"
            R"({"name":"bell\u0007","kind":"file","location":"/tmp/c.mbtiles"}]})");
        store::setMetaValue(p->database(), QStringLiteral("basemap_sources"), json);
        QStringList problems;
        const BasemapSources read = p->basemapSources(&problems);
        QCOMPARE(read.sources.size(), 1);
        QCOMPARE(read.sources.first().name, QStringLiteral("good"));
        QVERIFY(read.active.isEmpty()); // "evil" was dropped: Natural Earth
        QCOMPARE(problems.size(), 6);
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("evil: file:///etc/passwd")));
        QVERIFY(problems.join(u'\n').contains(
            QStringLiteral("unattributed: a tile service needs its attribution")));

        store::setMetaValue(p->database(), QStringLiteral("basemap_sources"), QStringLiteral("{not json"));
        problems.clear();
        QCOMPARE(p->basemapSources(&problems), BasemapSources{});
        QCOMPARE(problems.size(), 1);
    }

    void textTakenForTheRightKind()
    {
        QCOMPARE(basemapSourceFromText(QStringLiteral("https://a.example/{z}/{x}/{-y}.png"), {}).kind,
                 BasemapSource::Kind::Xyz);
        QCOMPARE(
            basemapSourceFromText(QStringLiteral("https://a.example/wmts/1.0.0/WMTSCapabilities.xml"), {})
                .kind,
            BasemapSource::Kind::Wmts);
        QCOMPARE(basemapSourceFromText(QStringLiteral("https://a.example/wms?LAYERS=x"), {}).kind,
                 BasemapSource::Kind::Wms);
        const BasemapSource f = basemapSourceFromText(QStringLiteral("/data/rason.osm.pbf"), {});
        QCOMPARE(f.kind, BasemapSource::Kind::File);
        QCOMPARE(f.name, QStringLiteral("rason.osm.pbf"));
        QVERIFY(
            basemapSourceProblem(basemapSourceFromText(QStringLiteral("https://a.example/{z}/{x}/{-y}.png"),
                                                       QStringLiteral("A")))
                .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBasemapSources)
#include "tst_basemapsources.moc"
