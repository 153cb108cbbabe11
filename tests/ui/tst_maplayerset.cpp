// The map's layer state: reference files added (or refused with a reason), visibility, order,
// opacity and kind filters turned into the layers the canvas draws.
#include "sightline/render/recordlayers.h"
#include "sightline/ui/layerpanel.h"
#include "sightline/ui/maplayerset.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestMapLayerSet : public QObject
{
    Q_OBJECT

private:
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
        ui::MapLayerSet set;
        set.setProject(*m_project, QStringLiteral("/nonexistent/world_map.gpkg"));
        QCOMPARE(ids(set.visibleLayers()),
                 (QStringList{QStringLiteral("basemap"), QStringLiteral("aois"), QStringLiteral("claims"),
                              QStringLiteral("events"), QStringLiteral("sites")}));
    }

    void referenceFileIsAddedAboveTheBasemap()
    {
        ui::MapLayerSet set;
        set.setProject(*m_project, QString());
        const QString file = write("line.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                                   "\"properties\":{},\"geometry\":{\"type\":\"LineString\","
                                                   "\"coordinates\":[[130.5,42.4],[130.7,42.45]]}}]}");
        QString why;
        QVERIFY2(set.addReferenceFile(file, &why), qPrintable(why));
        const QStringList order = ids(set.visibleLayers());
        QCOMPARE(order.size(), 6);
        QVERIFY(order[1].startsWith(QStringLiteral("ref:")));
        const GeoBounds b = set.boundsOf(order[1]);
        QCOMPARE(b.minLon, 130.5);
        QCOMPARE(b.maxLat, 42.45);
        set.remove(order[1]);
        QCOMPARE(set.visibleLayers().size(), 5);
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
        ui::MapLayerSet set;
        set.setProject(*m_project, QString());
        QSignalSpy spy(&set, &ui::MapLayerSet::layersChanged);
        QString why;
        QVERIFY(!set.addReferenceFile(file, &why));
        QVERIFY2(why.startsWith(file) && why.contains(says), qPrintable(why));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(set.visibleLayers().size(), 5);
    }

    void panelStateDrivesTheLayers()
    {
        ui::MapLayerSet set;
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
        std::swap(entries[0], entries[1]); // areas of interest under the basemap
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
};

QTEST_MAIN(TestMapLayerSet)
#include "tst_maplayerset.moc"
