// The map's layer state: reference files added (or refused with a reason), visibility, order,
// opacity and kind filters turned into the layers the canvas draws.
#include "sightline/render/mapmodel.h"
#include "sightline/render/recordlayers.h"
#include "sightline/ui/layerpanel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sightline;

class TestMapModel : public QObject
{
    Q_OBJECT

private:
    const QStringList kDefaultOrder{QStringLiteral("basemap"), QStringLiteral("imagery"), QStringLiteral("footprints"),
                                    QStringLiteral("aois"),
                                    QStringLiteral("annotations"), QStringLiteral("claims"), QStringLiteral("events"),
                                    QStringLiteral("sites")};
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

    QString write(const char *name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    static QStringList ids(const render::LayerList &layers)
    {
        QStringList out;
        for (const auto &l : layers)
            out << l->id();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_project = Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("p"), QStringLiteral("a"));
        for (auto kind : {SiteKind::Port, SiteKind::Depot}) {
            Site s;
            s.name = toLabel(kind);
            s.kind = kind;
            s.location = {130.6, 42.4};
            m_project->save(s);
        }
    }

    void projectLayersInDrawingOrder()
    {
        render::MapModel set;
        set.setProject(*m_project, QStringLiteral("/nonexistent/world_map.gpkg"));
        QCOMPARE(ids(set.visibleLayers()), kDefaultOrder);
    }

    void openingAProjectStartsFromItsOwnState()
    {
        render::MapModel model;
        model.open(*m_project, QString(), nullptr);
        const QString file = write("other.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                                    "\"properties\":{},\"geometry\":{\"type\":\"Point\","
                                                    "\"coordinates\":[130.5,42.4]}}]}");
        QString why;
        QVERIFY2(model.addReferenceFile(file, &why), qPrintable(why));
        auto entries = model.entries();
        entries.last().visible = false;
        model.applyEntries(entries);
        // Another project (with no saved state) shows its own map: no layer of the one before.
        QTemporaryDir dir;
        auto other = Project::create(dir.filePath(QStringLiteral("o.gpkg")), QStringLiteral("o"), QStringLiteral("a"));
        QStringList problems;
        model.open(*other, QString(), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(ids(model.visibleLayers()), kDefaultOrder);
    }

    void referenceFileIsAddedAboveTheBasemap()
    {
        render::MapModel set;
        set.setProject(*m_project, QString());
        const QString file = write("line.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                                   "\"properties\":{},\"geometry\":{\"type\":\"LineString\","
                                                   "\"coordinates\":[[130.5,42.4],[130.7,42.45]]}}]}");
        QString why;
        QVERIFY2(set.addReferenceFile(file, &why), qPrintable(why));
        const QStringList order = ids(set.visibleLayers());
        QCOMPARE(order.size(), kDefaultOrder.size() + 1);
        QVERIFY(order[1].startsWith(QStringLiteral("ref:")));
        const GeoBounds b = set.boundsOf(order[1]);
        QCOMPARE(b.minLon, 130.5);
        QCOMPARE(b.maxLat, 42.45);
        set.remove(order[1]);
        QCOMPARE(set.visibleLayers().size(), kDefaultOrder.size());
    }

    void brokenFilesAreRefusedWithTheirName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nowhere.kml")) << QStringLiteral("no such file");
        QTest::newRow("truncated geojson") << write("cut.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Fea")
                                           << QStringLiteral("cut.geojson");
        QTest::newRow("not vector data") << write("notes.txt", "just some notes\n") << QStringLiteral("notes.txt");
    }

    void brokenFilesAreRefusedWithTheirName()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        render::MapModel set;
        set.setProject(*m_project, QString());
        QSignalSpy spy(&set, &render::MapModel::layersChanged);
        QString why;
        QVERIFY(!set.addReferenceFile(file, &why));
        QVERIFY2(why.startsWith(file) && why.contains(says), qPrintable(why));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(set.visibleLayers().size(), kDefaultOrder.size());
    }

    void panelStateDrivesTheLayers()
    {
        render::MapModel set;
        set.setProject(*m_project, QString());
        ui::LayerPanel panel;
        panel.setEntries(set.entries());
        auto entries = panel.entries();
        for (auto &e : entries) {
            if (e.id == QLatin1String("events"))
                e.visible = false;
            if (e.id == QLatin1String("claims"))
                e.opacity = 0.4;
            if (e.id == QLatin1String("sites"))
                e.hiddenKinds = {QStringLiteral("depot")};
        }
        // Areas of interest under the basemap; imagery, footprints and annotations hidden.
        entries.move(3, 0);
        for (auto &e : entries)
            if (e.id == QLatin1String("imagery") || e.id == QLatin1String("footprints") ||
                e.id == QLatin1String("annotations"))
                e.visible = false;
        set.applyEntries(entries);
        const auto layers = set.visibleLayers();
        QCOMPARE(ids(layers), (QStringList{QStringLiteral("aois"), QStringLiteral("basemap"), QStringLiteral("claims"),
                                           QStringLiteral("sites")}));
        QCOMPARE(layers[2]->opacity(), 0.4);
        const auto *sites = dynamic_cast<const render::SiteLayer *>(layers[3].get());
        QVERIFY(sites);
        QCOMPARE(sites->sites().size(), 1);
        QCOMPARE(sites->sites().first().kind, SiteKind::Port);
    }

    void savedStateOfAnOlderVersionKeepsNewLayersInTheirPlace()
    {
        // Saved before imagery, footprints and annotations were layers: the saved order is kept (sites
        // under claims here) and the new layers go where they stand by default.
        render::MapModel set;
        set.setProject(*m_project, QString());
        const QList<LayerState> saved{{QStringLiteral("basemap"), 0, true, 1.0, {}},
                                      {QStringLiteral("aois"), 1, true, 0.5, {}},
                                      {QStringLiteral("sites"), 2, true, 1.0, {}},
                                      {QStringLiteral("claims"), 3, false, 1.0, {}},
                                      {QStringLiteral("events"), 4, true, 1.0, {}}};
        QStringList problems;
        set.restore(saved, &problems);
        QVERIFY(problems.isEmpty());
        QStringList order;
        for (const auto &e : set.entries())
            order << e.id;
        QCOMPARE(order, (QStringList{QStringLiteral("basemap"), QStringLiteral("imagery"), QStringLiteral("footprints"),
                                     QStringLiteral("aois"), QStringLiteral("annotations"), QStringLiteral("sites"),
                                     QStringLiteral("claims"), QStringLiteral("events")}));
        QCOMPARE(set.entries()[3].opacity, 0.5);
        QVERIFY(!set.entries()[6].visible);
    }

    void footprintsListTheScenesByDate()
    {
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(QStringLiteral("scenes.gpkg")), QStringLiteral("s"), QStringLiteral("a"));
        const auto scene = [&](const QString &file, TimeSpan when, const QString &provider) {
            ImageryScene s;
            s.filePath = file;
            s.acquired = when;
            s.provider = provider;
            s.footprint = Geometry::polygon({{130.5, 42.3}, {130.7, 42.3}, {130.7, 42.5}, {130.5, 42.5}, {130.5, 42.3}});
            project->save(s);
        };
        scene(QStringLiteral("late.tif"), TimeSpan::day(2024, 3, 2), QStringLiteral("Maxar"));
        scene(QStringLiteral("early.tif"), TimeSpan::day(2023, 10, 5), QStringLiteral("Planet"));
        render::MapModel set;
        set.setProject(*project, QString());
        QStringList items;
        for (const auto &e : set.entries())
            if (e.id == QStringLiteral("footprints"))
                items = e.items;
        QCOMPARE(items.size(), 2);
        QVERIFY2(items[0].startsWith(QStringLiteral("2023-10-05")) && items[0].contains(QStringLiteral("Planet")), qPrintable(items[0]));
        QVERIFY2(items[1].startsWith(QStringLiteral("2024-03-02")) && items[1].contains(QStringLiteral("Maxar")), qPrintable(items[1]));
        // The panel lists them under the footprints entry, oldest first.
        ui::LayerPanel panel;
        panel.setEntries(set.entries());
        const auto *tree = panel.findChild<QTreeWidget *>();
        QVERIFY(tree);
        const auto found = tree->findItems(QStringLiteral("Imagery footprints"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0]->childCount(), 2);
        QCOMPARE(found[0]->child(0)->text(0), items[0]);
        // A later scene added to the project joins the list.
        scene(QStringLiteral("newest.tif"), TimeSpan::day(2024, 6, 1), QStringLiteral("Airbus"));
        set.setProject(*project, QString());
        for (const auto &e : set.entries())
            if (e.id == QStringLiteral("footprints"))
                QCOMPARE(e.items.size(), 3);
    }

    void clickingFindsTheTopmostRecord()
    {
        // A port at (130.6, 42.4); near it a located claim, a box around a container stack on a
        // scene, and the scene's footprint around all of it.
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(QStringLiteral("hits.gpkg")), QStringLiteral("hits"), QStringLiteral("a"));
        Site port;
        port.name = QStringLiteral("Rajin");
        port.kind = SiteKind::Port;
        port.location = {130.6, 42.4};
        project->save(port);
        Source src;
        src.title = QStringLiteral("report");
        src.publisher = QStringLiteral("p");
        project->save(src);
        Claim claim;
        claim.sourceId = src.meta.id;
        claim.quote = QStringLiteral("containers were stacked at the quay");
        claim.location = Geometry::point(130.62, 42.40);
        project->save(claim);
        ImageryScene scene;
        scene.filePath = QStringLiteral("rajin.tif");
        scene.acquired = TimeSpan::day(2023, 10, 5);
        scene.footprint = Geometry::polygon({{130.5, 42.3}, {130.7, 42.3}, {130.7, 42.5}, {130.5, 42.5}, {130.5, 42.3}});
        project->save(scene);
        Annotation box;
        box.sceneId = scene.meta.id;
        box.objectKind = QStringLiteral("container");
        box.time = TimeSpan::day(2023, 10, 5);
        box.geometry = Geometry::polygon({{130.64, 42.38}, {130.66, 42.38}, {130.66, 42.39}, {130.64, 42.39}, {130.64, 42.38}});
        project->save(box);

        render::MapModel set;
        set.setProject(*project, QString());
        render::MapSettings view;
        view.crs = QStringLiteral("EPSG:4326");
        view.center = {130.6, 42.4};
        view.mapUnitsPerPixel = 0.001; // about 80 m a pixel
        view.outputSize = {400, 400};
        const auto at = [&](double lon, double lat) { return set.recordsAt(view, view.toPixel({lon, lat}), 6); };
        const auto first = [&](double lon, double lat) {
            const QList<RecordRef> hits = at(lon, lat);
            return hits.isEmpty() ? RecordRef{RecordType::Link, {}} : hits.first();
        };
        QCOMPARE(first(130.6, 42.4), (RecordRef{RecordType::Site, port.meta.id}));
        QCOMPARE(first(130.6025, 42.4), (RecordRef{RecordType::Site, port.meta.id})); // within the symbol
        QCOMPARE(first(130.62, 42.40), (RecordRef{RecordType::Claim, claim.meta.id}));
        QCOMPARE(first(130.65, 42.385), (RecordRef{RecordType::Annotation, box.meta.id}));
        QCOMPARE(first(130.52, 42.47), (RecordRef{RecordType::Scene, scene.meta.id}));
        QVERIFY(at(130.8, 42.6).isEmpty()); // outside everything
        // Zoom to layer knows where each layer's records are.
        QCOMPARE(set.boundsOf(QStringLiteral("footprints")), (GeoBounds{130.5, 42.3, 130.7, 42.5}));
        QCOMPARE(set.boundsOf(QStringLiteral("annotations")), (GeoBounds{130.64, 42.38, 130.66, 42.39}));
        QCOMPARE(set.boundsOf(QStringLiteral("claims")), (GeoBounds{130.62, 42.40, 130.62, 42.40}));
        QVERIFY(set.boundsOf(QStringLiteral("events")).isEmpty());

        // What the view does not draw cannot be clicked: before the scene was taken, neither
        // its footprint nor its annotation is there.
        view.timeWindow = TimeWindow({}, QDateTime(QDate(2023, 9, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(at(130.65, 42.385).isEmpty());
        view.timeWindow = {};
        auto entries = set.entries();
        for (auto &e : entries)
            if (e.id == QLatin1String("annotations"))
                e.visible = false;
        set.applyEntries(entries);
        QCOMPARE(first(130.65, 42.385), (RecordRef{RecordType::Scene, scene.meta.id}));
    }
};

QTEST_MAIN(TestMapModel)
#include "tst_mapmodel.moc"
