// The window and the command line draw the same map: one project and one view rendered through
// the canvas (as the window shows it) and through `sightline-cli render`, compared pixel for
// pixel. The project's saved layer states hide a layer and a site kind, reorder two layers, make
// one half transparent and name a reference file; the run adds a reference layer of its own and a
// time window that hides a claim. A renderer that ignored any of these would draw another picture.
#include "support/cliprocess.h"
#include "support/testrasters.h"

#include "sightline/render/basemaplayer.h"
#include "sightline/render/mapmodel.h"
#include "sightline/store/scenefiles.h"
#include "sightline/ui/mapcanvas.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

Site site(const char *name, SiteKind kind, double lon, double lat)
{
    Site s;
    s.name = QString::fromLatin1(name);
    s.kind = kind;
    s.location = {lon, lat};
    s.aoi = Geometry::polygon({{lon - 0.002, lat - 0.0015}, {lon + 0.002, lat - 0.0015}, {lon + 0.002, lat + 0.0015},
                               {lon - 0.002, lat + 0.0015}, {lon - 0.002, lat - 0.0015}});
    return s;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            n += p[col] != q[col];
    }
    return n;
}

} // namespace

class TestSameMap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_projectFile, m_savedReference, m_runReference;
    ImageryScene m_scene;

private slots:
    void initTestCase()
    {
        // A scene (UTM 52N, near 129.63 E 42.42 N) and the evidence around it.
        const QString image = m_dir.filePath(QStringLiteral("scene.tif"));
        RasterSpec spec;
        spec.width = spec.height = 1024;
        spec.pattern = true;
        spec.dateTime = QStringLiteral("2023:10:05 02:14:00");
        QVERIFY(makeRaster(image, spec));
        m_projectFile = m_dir.filePath(QStringLiteral("same.gpkg"));
        auto project = Project::create(m_projectFile, QStringLiteral("same map"), QStringLiteral("a"));
        store::importScene(*project, image);
        m_scene = project->all<ImageryScene>().first();
        for (Site s : {site("Quay", SiteKind::Port, 129.640, 42.420), site("Depot 7", SiteKind::Depot, 129.650, 42.425),
                       site("Yard", SiteKind::RailYard, 129.660, 42.415)})
            project->save(s);
        Source source;
        source.title = QStringLiteral("report");
        project->save(source);
        for (const auto &[lon, lat, when] : {std::tuple{129.645, 42.418, "2023-10-05"}, std::tuple{129.655, 42.421, "2024-03"}}) {
            Claim c;
            c.sourceId = source.meta.id;
            c.quote = QStringLiteral("railcars at the quay");
            c.location = Geometry::point(lon, lat);
            c.time = *TimeSpan::parse(QString::fromLatin1(when));
            project->save(c);
        }
        Event e;
        e.title = QStringLiteral("train arrives");
        e.time = TimeSpan::day(2023, 10, 6);
        e.location = Geometry::point(129.652, 42.417);
        project->save(e);
        Annotation a;
        a.sceneId = m_scene.meta.id;
        a.objectKind = QStringLiteral("railcar");
        a.time = m_scene.acquired;
        a.geometry = Geometry::point(129.642, 42.419);
        project->save(a);

        // The layer state as the window saves it: a reference file, claims above sites, events
        // hidden, depots hidden, areas of interest at half opacity.
        m_savedReference = writeFile(m_dir.filePath(QStringLiteral("rail.geojson")),
                                     "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                                     "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[129.62,42.41],[129.67,42.43]]}}]}");
        m_runReference = writeFile(m_dir.filePath(QStringLiteral("zone.geojson")),
                                   "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                                   "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[129.63,42.405],[129.645,42.405],"
                                   "[129.645,42.412],[129.63,42.412],[129.63,42.405]]]}}]}");
        render::MapModel window;
        window.setProject(*project, render::BasemapLayer::defaultPath());
        QString why;
        QVERIFY2(window.addReferenceFile(m_savedReference, &why), qPrintable(why));
        QList<render::LayerEntry> entries = window.entries();
        int claims = -1, sites = -1;
        for (int i = 0; i < entries.size(); ++i) {
            render::LayerEntry &x = entries[i];
            if (x.id == QLatin1String("events"))
                x.visible = false;
            if (x.id == QLatin1String("sites")) {
                x.hiddenKinds = {QStringLiteral("depot")};
                sites = i;
            }
            if (x.id == QLatin1String("aois"))
                x.opacity = 0.5;
            if (x.id == QLatin1String("claims"))
                claims = i;
        }
        QVERIFY(claims >= 0 && sites > claims);
        entries.move(claims, sites); // claims drawn over the sites
        window.applyEntries(entries);
        project->setLayerStates(window.states());
    }

    void canvasAndCommandLineDrawTheSamePixels()
    {
        const QSize size(640, 400);
        const QString crs = QStringLiteral("EPSG:3857");
        const render::MapExtent extent{14429000, 5218500, 14436000, 5223500};
        const QString from = QStringLiteral("2023-10"), to = QStringLiteral("2023-12");

        // The window's way: the project's map, this run's reference layer and time window, in a canvas.
        const auto project = Project::open(m_projectFile, QString(), Project::Access::ReadOnly);
        render::MapModel model;
        QStringList problems;
        model.open(*project, render::BasemapLayer::defaultPath(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QString why;
        QVERIFY2(model.addReferenceFile(m_runReference, &why), qPrintable(why));
        model.setTimeWindow(*TimeWindow::parse(from, to, &why));
        ui::MapCanvas canvas;
        canvas.resize(size);
        canvas.setLayers(model.visibleLayers());
        canvas.setTimeWindow(model.timeWindow());
        const render::MapSettings fit = render::MapSettings::fitting(extent, size, crs);
        QVERIFY(canvas.setView(crs, fit.center, fit.mapUnitsPerPixel));
        QTRY_VERIFY_WITH_TIMEOUT(!canvas.isRendering() && canvas.frame().size() == size, 20000);
        const QImage onScreen = canvas.frame();

        // The command line's way.
        const QString png = m_dir.filePath(QStringLiteral("cli.png"));
        const auto num = [](double v) { return QString::number(v, 'g', 17); };
        const CliResult r = runCli({QStringLiteral("render"), m_projectFile, QStringLiteral("-o"), png, QStringLiteral("--size"),
                                    QStringLiteral("640x400"), QStringLiteral("--crs"), crs, QStringLiteral("--extent"),
                                    QStringList{num(extent.xMin), num(extent.yMin), num(extent.xMax), num(extent.yMax)}.join(u','),
                                    QStringLiteral("--layer"), m_runReference, QStringLiteral("--from"), from,
                                    QStringLiteral("--to"), to});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("warning")), qPrintable(r.err));
        const QImage fromCli(png);
        QCOMPARE(fromCli.size(), size);
        QCOMPARE(differingPixels(onScreen, fromCli), 0);

        // And the states, the layer and the window matter: without them the picture is another.
        render::MapModel plain;
        plain.setProject(*project, render::BasemapLayer::defaultPath());
        const QImage unstyled = render::MapRenderer::render(plain.viewOf(fit), plain.visibleLayers());
        QVERIFY(differingPixels(unstyled, fromCli) > 100);
        const QImage noWindow = render::MapRenderer::render(fit, model.visibleLayers());
        QVERIFY(differingPixels(noWindow, fromCli) > 10);
        model.remove(model.entries().at(1).id); // this run's reference layer (the newest, just above the basemap)
        const QImage noRunLayer = render::MapRenderer::render(model.viewOf(fit), model.visibleLayers());
        QVERIFY(differingPixels(noRunLayer, fromCli) > 100);
    }
};

QTEST_MAIN(TestSameMap)
#include "tst_samemap.moc"
