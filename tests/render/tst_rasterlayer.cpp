// Imagery on the map: a raster of a known colour, made with GDAL, drawn where it lies in its own
// CRS, in Web Mercator and in lon/lat; the overview a zoomed-out view reads; 16-bit stretch,
// band mapping, opacity; hidden before its time; a missing or damaged file is a message naming
// it, never a crash.
#include "support/screenshots.h"
#include "support/testrasters.h"

#include "sightline/render/footprintlayer.h"
#include "sightline/render/mapmodel.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/projectlayers.h"
#include "sightline/render/rasterlayer.h"
#include "sightline/render/renderjob.h"
#include "sightline/render/sceneraster.h"
#include "sightline/render/transformcache.h"
#include "sightline/store/scenefiles.h"

#include <QDir>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::render;
using namespace sightline::test;

namespace {

const QColor kScene(200, 40, 30);
const QColor kOverview(20, 180, 60); // written into the factor-4 overview only
const QPointF kCentreUtm(552512, 4696488); // the test raster's middle (UTM 52N)

MapSettings viewAt(QPointF utm, const QString &crs, double metresPerPixel, QSize size = {300, 300})
{
    MapSettings s;
    s.crs = crs;
    const auto lonLat = *cachedTransform(QStringLiteral("EPSG:32652"), QStringLiteral("EPSG:4326"))->forward(utm);
    s.center = *cachedTransform(QStringLiteral("EPSG:4326"), crs)->forward(lonLat);
    // Map units per pixel for about metresPerPixel on the ground.
    if (crs == QLatin1String("EPSG:4326"))
        s.mapUnitsPerPixel = metresPerPixel / 111320.0;
    else if (crs == QLatin1String("EPSG:3857"))
        s.mapUnitsPerPixel = metresPerPixel / std::cos(lonLat.y() * M_PI / 180);
    else
        s.mapUnitsPerPixel = metresPerPixel;
    s.outputSize = size;
    s.decorations = false;
    return s;
}

bool near(QColor a, QColor b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(QColor c)
{
    return QStringLiteral("(%1, %2, %3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

} // namespace

class TestRasterLayer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    // A project with one scene made from spec; the file is in the project's folder.
    std::unique_ptr<Project> projectWith(const RasterSpec &spec, QString *image = nullptr)
    {
        const QString dir = m_dir.filePath(QStringLiteral("p%1").arg(++m_count));
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/scene.tif");
        if (!makeRaster(file, spec))
            return nullptr;
        if (image)
            *image = file;
        auto p = Project::create(dir + QStringLiteral("/case.gpkg"), QStringLiteral("Imagery"), QStringLiteral("a"));
        store::importScene(*p, file);
        return p;
    }

    static QImage draw(const Project &p, const MapSettings &s, RenderStats *stats = nullptr, TileCache *cache = nullptr)
    {
        const LayerList layers{std::make_shared<RasterLayer>(RasterLayer::sourcesOf(p))};
        return MapRenderer::render(s, layers, cache, nullptr, stats);
    }

private slots:
    void footprintOverItsImageryIsAnOutlineOnly()
    {
        auto p = projectWith(RasterSpec{});
        QVERIFY(p);
        const QList<ImageryScene> scenes = p->all<ImageryScene>();
        const MapSettings s = viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 5.0);
        const auto raster = std::make_shared<RasterLayer>(RasterLayer::sourcesOf(*p));
        // The map draws the scene's pixels: under the footprint they keep their own colour.
        QImage img = MapRenderer::render(
            s, {raster, std::make_shared<FootprintLayer>(scenes, QSet<QUuid>{scenes.first().meta.id})});
        QCOMPARE(img.pixelColor(150, 150), kScene);
        QCOMPARE(img.pixelColor(120, 170), kScene);
        // Its outline is still drawn, at the scene's western edge (552000 m).
        const int edge = qRound(s.toPixel(QPointF(552000, kCentreUtm.y())).x());
        bool outline = false;
        for (int dx = -1; dx <= 1; ++dx)
            outline |= near(img.pixelColor(edge + dx, 150), footprintColor(), 75);
        QVERIFY(outline);
        // A footprint without pixels under it keeps its faint fill.
        img = MapRenderer::render(s, {raster, std::make_shared<FootprintLayer>(scenes)});
        QVERIFY2(img.pixelColor(150, 150) != kScene, qPrintable(describe(img.pixelColor(150, 150))));
    }

    void sceneWhereItLiesInEveryCrs_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<bool>("tiled");
        QTest::newRow("own CRS, tiled") << QStringLiteral("EPSG:32652") << true;
        QTest::newRow("own CRS, strips") << QStringLiteral("EPSG:32652") << false;
        QTest::newRow("Web Mercator") << QStringLiteral("EPSG:3857") << true;
        QTest::newRow("lon/lat") << QStringLiteral("EPSG:4326") << false;
    }

    void sceneWhereItLiesInEveryCrs()
    {
        QFETCH(QString, crs);
        QFETCH(bool, tiled);
        RasterSpec spec;
        spec.tiled = tiled;
        auto p = projectWith(spec);
        QVERIFY(p);
        // 300 pixels at 5 m show the 1024 m scene whole, with a margin on each side.
        const MapSettings s = viewAt(kCentreUtm, crs, 5.0);
        RenderStats stats;
        const QImage img = draw(*p, s, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(near(img.pixelColor(150, 150), kScene), qPrintable(describe(img.pixelColor(150, 150))));
        // The scene's corners, placed through PROJ, are inside/outside by a few pixels.
        const auto *toMap = cachedTransform(QStringLiteral("EPSG:32652"), crs);
        const QPointF nw = s.toPixel(*toMap->forward(QPointF(552000, 4697000)));
        const QPointF se = s.toPixel(*toMap->forward(QPointF(553024, 4695976)));
        if (crs != QLatin1String("EPSG:4326")) // 1024 m at 5 m a pixel
            QVERIFY2(std::abs(se.x() - nw.x() - 205) < 6, qPrintable(QString::number(se.x() - nw.x())));
        QVERIFY(near(img.pixelColor(QPointF(nw.x() + 3, nw.y() + 3).toPoint()), kScene));
        QVERIFY(near(img.pixelColor(QPointF(se.x() - 3, se.y() - 3).toPoint()), kScene));
        QCOMPARE(img.pixelColor(QPointF(nw.x() - 4, nw.y() - 4).toPoint()), s.background);
        QCOMPARE(img.pixelColor(QPointF(se.x() + 4, se.y() + 4).toPoint()), s.background);
    }

    void zoomedOutReadsTheOverview()
    {
        RasterSpec spec;
        spec.width = spec.height = 2048;
        spec.pixelSize = 0.5;
        spec.overviews = true;
        QString image;
        auto p = projectWith(spec, &image);
        QVERIFY(p);
        {
            // Mark the factor-4 overview with a colour of its own.
            GDALDatasetH ds = GDALOpen(image.toUtf8().constData(), GA_Update);
            QVERIFY(ds);
            const double values[3] = {20, 180, 60};
            for (int b = 0; b < 3; ++b) {
                GDALRasterBandH o = GDALGetOverview(GDALGetRasterBand(ds, b + 1), 1);
                QCOMPARE(GDALGetRasterBandXSize(o), 512);
                std::vector<double> all(512 * 512, values[b]);
                QCOMPARE(GDALRasterIO(o, GF_Write, 0, 0, 512, 512, all.data(), 512, 512, GDT_Float64, 0, 0), CE_None);
            }
            GDALClose(ds);
        }
        // The scene spans 1024 m: at 0.5 m a pixel the full image, at 2.5 m the factor-4
        // overview (2 m a pixel, the finest not coarser than the view), at 1.2 m factor 2.
        const QImage fine = draw(*p, viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 0.5));
        QVERIFY2(near(fine.pixelColor(150, 150), kScene), qPrintable(describe(fine.pixelColor(150, 150))));
        const QImage coarse = draw(*p, viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 2.5));
        QVERIFY2(near(coarse.pixelColor(150, 150), kOverview), qPrintable(describe(coarse.pixelColor(150, 150))));
        const QImage between = draw(*p, viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 1.2));
        QVERIFY2(near(between.pixelColor(150, 150), kScene), qPrintable(describe(between.pixelColor(150, 150))));
        // Reprojected too.
        const QImage mercator = draw(*p, viewAt(kCentreUtm, QStringLiteral("EPSG:3857"), 2.5));
        QVERIFY2(near(mercator.pixelColor(150, 150), kOverview), qPrintable(describe(mercator.pixelColor(150, 150))));
    }

    void sixteenBitOneBandIsStretched()
    {
        RasterSpec spec;
        spec.bands = 1;
        spec.type = GDT_UInt16;
        spec.values = {300};
        spec.gradient = true; // 300 at the west edge to 3000 at the east
        auto p = projectWith(spec);
        QVERIFY(p);
        const QImage img = draw(*p, viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 5.0));
        const QColor west = img.pixelColor(55, 150), middle = img.pixelColor(150, 150), east = img.pixelColor(245, 150);
        for (const QColor &c : {west, middle, east})
            QVERIFY2(c.red() == c.green() && c.green() == c.blue(), qPrintable(describe(c))); // grey
        // Percentile 2-98: the west edge near black, the east near white, the middle between.
        QVERIFY2(west.red() < 30 && east.red() > 225, qPrintable(describe(west) + describe(east)));
        QVERIFY2(middle.red() > 90 && middle.red() < 170, qPrintable(describe(middle)));
    }

    void displaySettingsApply()
    {
        auto p = projectWith(RasterSpec{});
        QVERIFY(p);
        ImageryScene s = p->all<ImageryScene>().first();
        s.display.bands = {3, 2, 1};
        p->save(s);
        const MapSettings view = viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 5.0);
        QVERIFY(near(draw(*p, view).pixelColor(150, 150), QColor(30, 40, 200)));

        s.display.bands = {0, 0, 0};
        s.display.opacity = 0.5;
        p->save(s);
        const QColor half = draw(*p, view).pixelColor(150, 150);
        const QColor bg = view.background;
        QVERIFY2(near(half, QColor((200 + bg.red()) / 2, (40 + bg.green()) / 2, (30 + bg.blue()) / 2), 3),
                 qPrintable(describe(half)));

        s.display = {};
        s.display.stretch = SceneDisplay::Stretch::Manual;
        s.display.minimum = {0, 0, 0};
        s.display.maximum = {100, 100, 100}; // 200 saturates, 40 and 30 brighten
        p->save(s);
        const QColor stretched = draw(*p, view).pixelColor(150, 150);
        QVERIFY2(near(stretched, QColor(255, 102, 77), 3), qPrintable(describe(stretched)));

        s.display.bands = {5, 1, 1}; // no band 5: one message naming the file, nothing drawn
        p->save(s);
        RenderStats stats;
        const QImage none = draw(*p, view, &stats);
        QCOMPARE(none.pixelColor(150, 150), view.background);
        QVERIFY2(stats.problems.join(u' ').contains(QStringLiteral("scene.tif: has no band 5")),
                 qPrintable(stats.problems.join(u'\n')));
    }

    void hiddenBeforeItWasTaken()
    {
        RasterSpec spec;
        spec.dateTime = QStringLiteral("2023:10:05 02:14:00");
        auto p = projectWith(spec);
        QVERIFY(p);
        MapSettings view = viewAt(kCentreUtm, QStringLiteral("EPSG:3857"), 5.0);
        view.timeWindow = TimeWindow({}, QDateTime(QDate(2023, 10, 4), QTime(12, 0), Qt::UTC));
        QCOMPARE(draw(*p, view).pixelColor(150, 150), view.background);
        view.timeWindow = TimeWindow({}, QDateTime(QDate(2023, 10, 6), QTime(12, 0), Qt::UTC));
        QVERIFY(near(draw(*p, view).pixelColor(150, 150), kScene));
    }

    void missingOrDamagedFileIsAMessage()
    {
        QString image;
        auto p = projectWith(RasterSpec{}, &image);
        QVERIFY(p);
        const MapSettings view = viewAt(kCentreUtm, QStringLiteral("EPSG:3857"), 5.0);

        // Damaged after import: the pixels cannot be read.
        RasterSpec big;
        big.width = big.height = 512;
        big.compress = QStringLiteral("DEFLATE");
        big.gradient = true;
        const QString whole = m_dir.filePath(QStringLiteral("whole.tif"));
        QVERIFY(makeRaster(whole, big));
        QVERIFY(QFile::remove(image));
        QVERIFY(truncatedCopy(whole, image, 0.3));
        RenderStats stats;
        QImage img = draw(*p, view, &stats);
        QVERIFY(!img.isNull());
        QCOMPARE(img.pixelColor(150, 150), view.background);
        QCOMPARE(stats.problems.size(), 1);
        QVERIFY2(stats.problems.first().contains(image + QStringLiteral(": is damaged")), qPrintable(stats.problems.first()));

        // Gone: the rest of the map is drawn, the scene is named once, its footprint labelled.
        QVERIFY(QFile::remove(image));
        stats = {};
        MapModel model;
        model.open(*p, QStringLiteral("/nonexistent/world_map.gpkg"), nullptr);
        const LayerList layers = model.visibleLayers();
        img = MapRenderer::render(view, layers, nullptr, nullptr, &stats);
        QVERIFY(!img.isNull());
        const QStringList mentions = stats.problems.filter(QStringLiteral("scene.tif"));
        QCOMPARE(mentions.size(), 1);
        QVERIFY2(mentions.first().contains(QStringLiteral("file missing")), qPrintable(mentions.first()));
    }

    void newViewShowsACoarseFrameFirst()
    {
        RasterSpec spec;
        spec.width = spec.height = 2048;
        spec.pixelSize = 0.5;
        spec.overviews = true;
        auto p = projectWith(spec);
        QVERIFY(p);
        const LayerList layers{std::make_shared<RasterLayer>(RasterLayer::sourcesOf(*p))};
        RenderJob job(std::make_shared<TileCache>());
        QSignalSpy spy(&job, &RenderJob::finished);
        MapSettings view = viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 0.5, {400, 300});
        const quint64 frame = job.start(view, layers);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 20000);
        QTRY_VERIFY(!job.isRunning());
        // First a quarter-resolution frame (from the overview four times coarser), then the full one.
        const auto coarse = spy[0][2].value<MapSettings>();
        QCOMPARE(spy[0][0].toULongLong(), frame);
        QCOMPARE(coarse.mapUnitsPerPixel, 4 * view.mapUnitsPerPixel);
        QCOMPARE(spy[0][1].value<QImage>().size(), QSize(100, 75));
        QVERIFY(near(spy[0][1].value<QImage>().pixelColor(50, 37), kScene));
        QCOMPARE(spy[1][2].value<MapSettings>().mapUnitsPerPixel, view.mapUnitsPerPixel);
        QCOMPARE(spy[1][1].value<QImage>().size(), QSize(400, 300));

        // A pan keeps the last full frame moving instead: no coarse frame.
        spy.clear();
        view.center += QPointF(30, 0);
        job.start(view, layers);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QTRY_VERIFY(!job.isRunning());
        QCOMPARE(spy[0][2].value<MapSettings>().mapUnitsPerPixel, view.mapUnitsPerPixel);

        // Without imagery no layer is slow to draw: one frame for a new view.
        spy.clear();
        view.mapUnitsPerPixel *= 2;
        job.start(view, LayerList{});
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    }

    void frameEdgesDrawnInPartMatchWholeTiles_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::newRow("own CRS") << QStringLiteral("EPSG:32652");
        QTest::newRow("Web Mercator") << QStringLiteral("EPSG:3857");
    }

    // A cold frame draws imagery in the tiles along its edges only as far as it shows them;
    // the picture is the one whole tiles give, pixel for pixel.
    void frameEdgesDrawnInPartMatchWholeTiles()
    {
        QFETCH(QString, crs);
        RasterSpec spec;
        spec.width = spec.height = 1024;
        spec.pixelSize = 1.0;
        spec.pattern = true;
        auto p = projectWith(spec);
        QVERIFY(p);
        const LayerList layers{std::make_shared<RasterLayer>(RasterLayer::sourcesOf(*p))};
        const MapSettings s = viewAt(kCentreUtm, crs, 1.0, {700, 500}); // no edge on the tile grid
        TileCache cache;
        RenderStats first, again;
        const QImage cold = MapRenderer::render(s, layers, &cache, nullptr, &first);
        QVERIFY(first.tilesRendered > 0);
        // The same view again (a flicker) draws nothing: the parts were kept.
        QCOMPARE(MapRenderer::render(s, layers, &cache, nullptr, &again), cold);
        QCOMPARE(again.tilesRendered, 0);

        // Whole tiles, drawn ahead as the map window does while idle.
        TileCache wholeCache;
        RenderStats ahead, fromWhole;
        MapRenderer::prefetch(s, layers, &wholeCache, nullptr, &ahead);
        QCOMPARE(MapRenderer::render(s, layers, &wholeCache, nullptr, &fromWhole), cold);
        QCOMPARE(fromWhole.tilesRendered, 0);
        // Drawing ahead after the cold frame makes its edge tiles whole: a pan of a few pixels
        // then draws nothing.
        MapRenderer::prefetch(s, layers, &cache);
        MapSettings moved = s;
        moved.center += QPointF(5 * s.mapUnitsPerPixel, 0);
        RenderStats pan;
        MapRenderer::render(moved, layers, &cache, nullptr, &pan);
        QCOMPARE(pan.tilesRendered, 0);
    }

    void sceneDrawsTheNeededPartOfATile()
    {
        RasterSpec spec;
        spec.pattern = true;
        QString file;
        auto p = projectWith(spec, &file);
        QVERIFY(p);
        SceneRaster raster(p->all<ImageryScene>().first(), file);
        QVERIFY(raster.load(nullptr));
        // A 256-pixel tile at 2 m a pixel inside the scene, of which the top-left 100 x 60 are needed.
        const double x0 = 552100, y1 = 4696900, size = 256 * 2.0;
        TileContext tile{{x0, y1 - size, x0 + size, y1}, 2.0, 1.0, 2.0, {}, nullptr, QRect(0, 0, 100, 60)};
        QImage part(256, 256, QImage::Format_ARGB32_Premultiplied);
        part.fill(Qt::magenta);
        QVERIFY(raster.draw(part, tile, QStringLiteral("EPSG:32652")));
        tile.needed = QRect();
        QImage whole(256, 256, QImage::Format_ARGB32_Premultiplied);
        QVERIFY(raster.draw(whole, tile, QStringLiteral("EPSG:32652")));
        QCOMPARE(part.copy(0, 0, 100, 60), whole.copy(0, 0, 100, 60));
        QCOMPARE(part.pixelColor(100, 30), QColor(Qt::magenta)); // left as it was
        QCOMPARE(part.pixelColor(30, 60), QColor(Qt::magenta));
        QVERIFY(whole.pixelColor(100, 30) != QColor(Qt::magenta));
        QVERIFY(whole.pixelColor(10, 10) != whole.pixelColor(11, 10)); // the pattern, not one colour
    }

    void imageryIsCreditedWithItsLicence()
    {
        ImageryScene scene;
        scene.filePath = QStringLiteral("imagery/rajin.tif");
        QCOMPARE(RasterLayer::creditOf(scene), QStringLiteral("Imagery: rajin.tif."));
        scene.provider = QStringLiteral("Maxar");
        scene.acquired = *TimeSpan::parse(QStringLiteral("2024-05-10T02:14:00Z"));
        scene.licence = QStringLiteral("May not be republished\nwithout permission");
        QCOMPARE(RasterLayer::creditOf(scene),
                 QStringLiteral("Imagery: Maxar, 2024-05-10. Licence: May not be republished without permission"));

        auto p = projectWith(RasterSpec{});
        QVERIFY(p);
        ImageryScene stored = p->all<ImageryScene>().first();
        stored.provider = QStringLiteral("Maxar");
        stored.licence = QStringLiteral("May not be republished without permission");
        p->save(stored);
        const LayerList layers{std::make_shared<RasterLayer>(RasterLayer::sourcesOf(*p))};
        MapSettings s = viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 5.0, {400, 300});
        s.decorations = true;
        RenderStats stats;
        const QImage credited = MapRenderer::render(s, layers, nullptr, nullptr, &stats);
        QCOMPARE(stats.credits, QStringList{RasterLayer::creditOf(p->all<ImageryScene>().first())});
        // Drawn bottom right, on the map's own pixels (background here).
        s.decorations = false;
        const QImage bare = MapRenderer::render(s, layers);
        bool differs = false;
        for (int y = 240; y < 296; ++y)
            for (int x = 300; x < 396 && !differs; ++x)
                differs = credited.pixelColor(x, y) != bare.pixelColor(x, y);
        QVERIFY(differs);
        QCOMPARE(credited.pixelColor(200, 150), bare.pixelColor(200, 150));
        sightline::test::keepScreenshot(credited, QStringLiteral("sightline-imagery-credit.png"));
        // A view that does not show the scene credits nothing.
        RenderStats elsewhere;
        MapRenderer::render(viewAt(kCentreUtm + QPointF(20000, 0), QStringLiteral("EPSG:32652"), 5.0), layers, nullptr,
                            nullptr, &elsewhere);
        QVERIFY(elsewhere.credits.isEmpty());
    }

    void aSceneElsewhereEnteringTheWindowKeepsTheTiles()
    {
        // Two dated scenes 80 km apart; the view shows the first. A window step that takes the
        // other in (or out) draws no imagery tile here: tiles are keyed by the scenes that
        // reach them, not by every scene the layer has.
        RasterSpec here;
        here.dateTime = QStringLiteral("2023:10:05 02:14:00");
        auto p = projectWith(here);
        QVERIFY(p);
        RasterSpec far = here;
        far.dateTime = QStringLiteral("2023:08:20 02:10:00");
        far.originX += 80000;
        far.values = {20, 40, 200, 255};
        const QString farFile = m_dir.filePath(QStringLiteral("far.tif"));
        QVERIFY(makeRaster(farFile, far));
        store::importScene(*p, farFile);
        const LayerList layers{std::make_shared<RasterLayer>(RasterLayer::sourcesOf(*p))};
        QCOMPARE(std::static_pointer_cast<const RasterLayer>(layers.first())->sceneCount(), 2);
        TileCache cache;
        MapSettings view = viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 2.0);
        view.timeWindow = TimeWindow(QDateTime(QDate(2023, 10, 1), QTime(0, 0), Qt::UTC),
                                     QDateTime(QDate(2023, 10, 8), QTime(0, 0), Qt::UTC));
        const QImage first = MapRenderer::render(view, layers, &cache);
        QVERIFY(near(first.pixelColor(150, 150), kScene));
        // Open at its start: the far scene is shown too, the view's scenes are the same.
        view.timeWindow = TimeWindow({}, QDateTime(QDate(2023, 10, 8), QTime(0, 0), Qt::UTC));
        RenderStats step;
        const QImage second = MapRenderer::render(view, layers, &cache, nullptr, &step);
        QCOMPARE(step.tilesRenderedByLayer.value(QStringLiteral("imagery")), 0);
        QCOMPARE(second, first);
        // A step that hides the scene in view does draw its tiles again.
        view.timeWindow = TimeWindow({}, QDateTime(QDate(2023, 9, 1), QTime(0, 0), Qt::UTC));
        RenderStats hidden;
        const QImage third = MapRenderer::render(view, layers, &cache, nullptr, &hidden);
        QVERIFY(hidden.tilesRenderedByLayer.value(QStringLiteral("imagery")) > 0);
        QCOMPARE(third.pixelColor(150, 150), view.background);
    }

    void tilesGoIntoTheCappedCache()
    {
        RasterSpec spec;
        spec.width = spec.height = 2048;
        spec.pixelSize = 0.5;
        spec.overviews = true;
        auto p = projectWith(spec);
        QVERIFY(p);
        const LayerList layers{std::make_shared<RasterLayer>(RasterLayer::sourcesOf(*p))};
        TileCache cache(40LL * 256 * 256 * 4);
        MapSettings view = viewAt(kCentreUtm, QStringLiteral("EPSG:32652"), 0.5, {600, 400});
        const QImage first = MapRenderer::render(view, layers, &cache);
        RenderStats again;
        const QImage second = MapRenderer::render(view, layers, &cache, nullptr, &again);
        QCOMPARE(again.tilesRendered, 0);
        QCOMPARE(first, second);
        for (int i = 0; i < 20; ++i) {
            view.center += QPointF(60, 0);
            MapRenderer::render(view, layers, &cache);
            QVERIFY(cache.bytes() <= cache.capBytes());
        }
        QVERIFY(cache.peakBytes() <= cache.capBytes());
    }
};

QTEST_MAIN(TestRasterLayer)
#include "tst_rasterlayer.moc"
