// What a frame of imagery costs must not change what it shows: a reprojected frame matches
// GDAL's own warper (nearest neighbour, every pixel transformed exactly) on the same grid; the
// layers under opaque imagery are not drawn, and the frame is the same as without them; a scene's
// outline, drawn only in the tiles it crosses, changes nothing inside it and is drawn where it
// crosses, as the PDF path draws it.
#include "support/testrasters.h"

#include "sightline/render/footprintlayer.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/rasterlayer.h"
#include "sightline/render/transformcache.h"
#include "sightline/store/scenefiles.h"

#include <gdal_utils.h>

#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::render;
using namespace sightline::test;

namespace {

// The test raster: 512 x 512 pixels of 2 m from (552000, 4697000) in UTM 52N, each band
// varying with x and y, so that a pixel taken from the wrong place shows.
const QPointF kCentreUtm(552512, 4696488);

// Mean absolute difference of the colour channels over the frame, and the share of pixels
// whose largest channel difference is over tolerance.
std::pair<double, double> difference(const QImage &a, const QImage &b, int tolerance)
{
    double sum = 0;
    qint64 off = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int dr = std::abs(qRed(p) - qRed(q)), dg = std::abs(qGreen(p) - qGreen(q)), db = std::abs(qBlue(p) - qBlue(q));
            sum += dr + dg + db;
            off += std::max({dr, dg, db}) > tolerance;
        }
    const double n = static_cast<double>(a.width()) * a.height();
    return {sum / (3 * n), off / n};
}

} // namespace

class TestImageryFrames : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QString m_file;

    LayerList raster() const { return {std::make_shared<RasterLayer>(RasterLayer::sourcesOf(*m_project))}; }

    std::shared_ptr<FootprintLayer> footprints(bool withPixels) const
    {
        const QList<ImageryScene> scenes = m_project->all<ImageryScene>();
        return std::make_shared<FootprintLayer>(scenes, withPixels ? QSet<QUuid>{scenes.first().meta.id} : QSet<QUuid>{});
    }

    // A view of the scene in crs, about metres a pixel, its grid on whole pixels of the map's.
    static MapSettings viewOf(const QString &crs, double metres, QSize size)
    {
        MapSettings s;
        s.crs = crs;
        s.outputSize = size;
        s.decorations = false;
        const auto *toMap = cachedTransform(QStringLiteral("EPSG:32652"), crs);
        const QPointF c = *toMap->forward(kCentreUtm);
        const QPointF east = *toMap->forward(kCentreUtm + QPointF(1, 0));
        s.mapUnitsPerPixel = metres * std::hypot(east.x() - c.x(), east.y() - c.y());
        s.center = QPointF(std::round(c.x() / s.mapUnitsPerPixel) * s.mapUnitsPerPixel,
                           std::round(c.y() / s.mapUnitsPerPixel) * s.mapUnitsPerPixel);
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        RasterSpec spec;
        spec.pattern = true;
        m_file = m_dir.filePath(QStringLiteral("scene.tif"));
        QVERIFY(makeRaster(m_file, spec));
        m_project = Project::create(m_dir.filePath(QStringLiteral("case.gpkg")), QStringLiteral("Imagery"), QStringLiteral("a"));
        store::importScene(*m_project, m_file);
        QCOMPARE(m_project->all<ImageryScene>().size(), 1);
    }

    void reprojectedFrameMatchesGdalWarper_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<double>("metres");
        QTest::newRow("Web Mercator, native resolution") << QStringLiteral("EPSG:3857") << 2.0;
        QTest::newRow("Web Mercator, zoomed in") << QStringLiteral("EPSG:3857") << 0.7;
        QTest::newRow("lon/lat") << QStringLiteral("EPSG:4326") << 2.0;
    }

    void reprojectedFrameMatchesGdalWarper()
    {
        QFETCH(QString, crs);
        QFETCH(double, metres);
        const QSize size(300, 200); // inside the 1024 m scene at these scales
        const MapSettings s = viewOf(crs, metres, size);
        RenderStats stats;
        const QImage ours = MapRenderer::render(s, raster(), nullptr, nullptr, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));

        // GDAL's warper onto the same grid: nearest neighbour, no approximation.
        const MapExtent e = s.extent();
        QStringList args{QStringLiteral("-of"), QStringLiteral("MEM"), QStringLiteral("-t_srs"), crs, QStringLiteral("-r"),
                         QStringLiteral("near"), QStringLiteral("-et"), QStringLiteral("0"), QStringLiteral("-ts"),
                         QString::number(size.width()), QString::number(size.height()), QStringLiteral("-te")};
        for (double v : {e.xMin, e.yMin, e.xMax, e.yMax})
            args << QString::number(v, 'f', 9);
        QList<QByteArray> bytes;
        std::vector<char *> argv;
        for (const QString &a : std::as_const(args))
            bytes << a.toUtf8();
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        GDALWarpAppOptions *options = GDALWarpAppOptionsNew(argv.data(), nullptr);
        GDALDatasetH src = GDALOpen(m_file.toUtf8().constData(), GA_ReadOnly);
        QVERIFY(src);
        int failed = 0;
        GDALDatasetH warped = GDALWarp("", nullptr, 1, &src, options, &failed);
        GDALWarpAppOptionsFree(options);
        QVERIFY(warped && !failed);
        std::vector<uchar> rgb(static_cast<size_t>(size.width()) * size.height() * 3);
        QCOMPARE(GDALDatasetRasterIO(warped, GF_Read, 0, 0, size.width(), size.height(), rgb.data(), size.width(),
                                     size.height(), GDT_Byte, 3, nullptr, 3, size.width() * 3, 1),
                 CE_None);
        GDALClose(warped);
        GDALClose(src);
        QImage theirs(size, QImage::Format_RGB32);
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x) {
                const uchar *p = &rgb[(static_cast<size_t>(y) * size.width() + x) * 3];
                theirs.setPixel(x, y, qRgb(p[0], p[1], p[2]));
            }
        // Nearest neighbour: a pixel centre within a hair of a scene pixel's edge may take its
        // neighbour (a step of the pattern, 3 to 7 levels, rarely its wrap from 255 to 0).
        const auto [mean, off] = difference(ours, theirs, 8);
        QVERIFY2(mean < 0.5 && off < 0.005, qPrintable(QStringLiteral("mean %1 levels, %2 % of pixels off by more than 8")
                                                            .arg(mean)
                                                            .arg(off * 100)));
    }

    void layersUnderOpaqueImageryAreNotDrawn()
    {
        // A footprint without pixels has a fill: under the scene it would draw in every tile.
        const auto under = footprints(false);
        const LayerList imagery = raster();
        const LayerList both{under, imagery.first()};
        const MapSettings inside = viewOf(QStringLiteral("EPSG:32652"), 1.0, {600, 400});
        RenderStats stats;
        const QImage frame = MapRenderer::render(inside, both, nullptr, nullptr, &stats);
        QVERIFY(stats.tilesRenderedByLayer.value(QStringLiteral("imagery")) > 0);
        QCOMPARE(stats.tilesRenderedByLayer.value(QStringLiteral("footprints")), 0);
        QCOMPARE(frame, MapRenderer::render(inside, imagery));
        // Over the scene's edge it shows, and is drawn.
        MapSettings edge = inside;
        edge.center.rx() -= 512;
        stats = {};
        const QImage atEdge = MapRenderer::render(edge, both, nullptr, nullptr, &stats);
        QVERIFY(stats.tilesRenderedByLayer.value(QStringLiteral("footprints")) > 0);
        QVERIFY(atEdge != MapRenderer::render(edge, imagery));
    }

    void outlineDrawnOnlyWhereItCrossesATile()
    {
        const LayerList imagery = raster();
        const LayerList both{imagery.first(), footprints(true)};
        const MapSettings inside = viewOf(QStringLiteral("EPSG:3857"), 1.0, {600, 400});
        QCOMPARE(MapRenderer::render(inside, both), MapRenderer::render(inside, imagery));
        // The scene's western edge in view: the outline is drawn there, as the PDF path draws it.
        MapSettings edge = inside;
        edge.center.rx() -= 600;
        const QImage atEdge = MapRenderer::render(edge, both);
        QVERIFY(atEdge != MapRenderer::render(edge, imagery));
        QImage printed(edge.outputSize, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&printed);
        MapRenderer::paint(painter, edge, both);
        painter.end();
        const auto [mean, off] = difference(atEdge, printed, 40);
        QVERIFY2(mean < 1.0 && off < 0.01, qPrintable(QStringLiteral("mean %1, %2 %").arg(mean).arg(off * 100)));
    }
};

QTEST_MAIN(TestImageryFrames)
#include "tst_imageryframes.moc"
