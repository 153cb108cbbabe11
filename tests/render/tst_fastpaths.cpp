// The renderer's fast paths for crowded reference layers draw what the general paths drew: the
// point walk visits what a query visits, in the same order; dots are clipped to their tile;
// areas a few pixels across look as they did when every outline was stroked as a path.
#include "sightline/render/mapmodel.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/preparedshapes.h"
#include "sightline/render/transformcache.h"
#include "sightline/render/vectorfilelayer.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sightline;
using namespace sightline::render;

class TestFastPaths : public QObject
{
    Q_OBJECT

private slots:
    void pointWalkVisitsWhatAQueryVisits()
    {
        QRandomGenerator rng(21);
        QList<QPair<int, QPointF>> points;
        for (int i = 0; i < 20000; ++i)
            points.append({i, QPointF(124.5 + 6 * rng.generateDouble(), 33.5 + 9.5 * rng.generateDouble())});
        ShapeIndex index;
        QString error;
        QVERIFY2(index.build(QStringLiteral("EPSG:3857"), {}, points, true, &error), qPrintable(error));
        const MapExtent all{1.3e7, 3.9e6, 1.46e7, 5.4e6};
        const QList<MapExtent> extents{all, {1.40e7, 4.4e6, 1.41e7, 4.5e6}, {1.39e7, 4.2e6, 1.395e7, 4.9e6},
                                       {1.0e7, 1.0e6, 1.1e7, 1.1e6}};
        for (const MapExtent &e : extents) {
            QList<QPointF> queried, walked;
            index.query(e, [&](const ShapeIndex::Shape &s) { queried << s.point; });
            index.forEachPoint(e, [&](double x, double y) { walked << QPointF(x, y); });
            QCOMPARE(walked, queried);
        }
        int n = 0;
        index.forEachPoint(all, [&](double, double) { ++n; });
        QCOMPARE(n, 20000);
    }

    // Files read side by side are added in the order given, each refusal beside its file, and
    // the layers draw the shapes read then (the file is not read again).
    void referenceFilesReadSideBySide()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, double lon) {
            const QString path = dir.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(QStringLiteral(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
                                       R"("geometry":{"type":"Point","coordinates":[%1,37.5]}}]})")
                            .arg(lon)
                            .toUtf8());
            return path;
        };
        const QString a = write(QStringLiteral("a.geojson"), 127.0), b = write(QStringLiteral("b.geojson"), 128.0);
        const QString missing = dir.filePath(QStringLiteral("gone.geojson"));
        MapModel model;
        const QStringList problems = model.addReferenceFiles({a, missing, b});
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems[0].isEmpty());
        QVERIFY2(problems[1].contains(missing), qPrintable(problems[1]));
        QVERIFY(problems[2].isEmpty());
        QStringList ids;
        for (const LayerEntry &e : model.entries())
            if (e.id.startsWith(QLatin1String("ref:")))
                ids << e.id;
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids[0].contains(QLatin1String("b.geojson"))); // the later one on top
        QVERIFY(ids[1].contains(QLatin1String("a.geojson")));
        // Drawn from what was read: the file is gone by the time the layer is first drawn.
        QVERIFY(QFile::remove(a));
        MapSettings s;
        s.crs = QStringLiteral("EPSG:3857");
        s.center = *cachedTransform(QStringLiteral("EPSG:4326"), s.crs)->forward(QPointF(127.0, 37.5));
        s.mapUnitsPerPixel = 50;
        s.outputSize = {64, 64};
        s.decorations = false;
        RenderStats stats;
        const QImage img = MapRenderer::render(s, model.visibleLayers(), nullptr, nullptr, &stats);
        QVERIFY(img.pixelColor(32, 32) != s.background);
    }

    // Each pixel of a disc, the slow way: within r rows of the centre, and within r columns,
    // the corners' single pixels left out.
    void dotsAreClippedToTheirTile()
    {
        const QRgb color = qRgb(0, 127, 134);
        const QList<QPointF> centres{{10, 10}, {0.4, 30}, {-2, -2}, {255.6, 100}, {260, 128}, {300, 300}, {128, -4.6}, {-40, 20}};
        for (int r : {2, 4, 7}) {
            for (const QPointF &c : centres) {
                QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::transparent);
                DotWriter(image).write(c, r, color);
                const int cx = qRound(c.x()), cy = qRound(c.y());
                for (int y = 0; y < 256; ++y)
                    for (int x = 0; x < 256; ++x) {
                        const int dx = std::abs(x - cx), dy = std::abs(y - cy);
                        const bool in = dx <= r && dy <= r && !(dx == r && dy * dy + r * r > 2 * r * r - r);
                        if ((image.pixel(x, y) == color) != in)
                            QFAIL(qPrintable(QStringLiteral("r %1, centre %2,%3: pixel %4,%5").arg(r).arg(c.x()).arg(c.y()).arg(x).arg(y)));
                    }
                // A rimmed dot in one pass: the pixels of the rim's disc and then the dot's.
                QImage twice(256, 256, QImage::Format_ARGB32_Premultiplied), once(twice.size(), twice.format());
                twice.fill(Qt::transparent);
                once.fill(Qt::transparent);
                DotWriter(twice).write(c, r, qRgb(255, 255, 255));
                DotWriter(twice).write(c, r - 1, color);
                DotWriter(once).writeRimmed(c, r, qRgb(255, 255, 255), color);
                QCOMPARE(once, twice);
            }
        }
    }

    // Four hundred octagons from one to eleven pixels across, drawn by the renderer, against the
    // same octagons drawn as every area used to be (an antialiased polygon, a 1.2-pixel outline
    // stroked as a path; specks under two pixels a block of the outline's colour).
    void smallAreasLookAsBefore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("octagons.geojson"));
        const auto *toMap = cachedTransform(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
        QVERIFY(toMap);
        const double r = 100; // map units a pixel
        MapSettings s;
        s.crs = QStringLiteral("EPSG:3857");
        const QPointF centre = *toMap->forward(QPointF(127.5, 37.5));
        s.center = {std::round(centre.x() / r) * r, std::round(centre.y() / r) * r}; // pixels on whole map units
        s.mapUnitsPerPixel = r;
        s.outputSize = {512, 512};
        s.decorations = false;
        const MapExtent view = s.extent();
        QList<QPolygonF> rings; // lon/lat
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[)");
        QRandomGenerator rng(7);
        for (int i = 0; i < 20; ++i)
            for (int j = 0; j < 20; ++j) {
                const QPointF c = *cachedTransform(QStringLiteral("EPSG:3857"), QStringLiteral("EPSG:4326"))
                                       ->forward(QPointF(view.xMin + (13 + 25 * i + rng.bounded(3)) * r,
                                                         view.yMin + (13 + 25 * j + rng.bounded(3)) * r));
                const double radius = 0.00045 * (1 + 10 * rng.generateDouble()); // degrees: 1 to 11 pixels across
                QPolygonF ring;
                QStringList coords;
                for (int k = 0; k < 9; ++k) {
                    const double a = 2 * M_PI * k / 8;
                    ring << QPointF(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
                    coords << QStringLiteral("[%1,%2]").arg(ring.last().x(), 0, 'f', 9).arg(ring.last().y(), 0, 'f', 9);
                }
                rings << ring;
                f.write(QStringLiteral(R"(%1{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[%2]]}})")
                            .arg(i + j ? QStringLiteral(",") : QString(), coords.join(u','))
                            .toUtf8());
            }
        f.write("]}");
        f.close();
        const QColor color(0x00, 0x7f, 0x86);
        RenderStats stats;
        const QImage drawn = MapRenderer::render(s, {std::make_shared<VectorFileLayer>(path, QString(), color)}, nullptr,
                                                 nullptr, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));

        QImage before(s.outputSize, QImage::Format_ARGB32_Premultiplied);
        before.fill(s.background);
        QPainter p(&before);
        p.setRenderHint(QPainter::Antialiasing);
        QColor fill = color;
        fill.setAlpha(50);
        p.setPen(QPen(color, 1.2));
        p.setBrush(fill);
        for (QPolygonF ring : rings) {
            toMap->forward(&ring.data()->rx(), &ring.data()->ry(), static_cast<int>(ring.size()), 2);
            const QRectF b = ring.boundingRect();
            for (QPointF &pt : ring)
                pt = {(pt.x() - view.xMin) / r, (view.yMax - pt.y()) / r};
            if (std::max(b.width(), b.height()) < 2 * r) {
                const QPointF topLeft((b.left() - view.xMin) / r, (view.yMax - b.bottom()) / r);
                const QPointF bottomRight((b.right() - view.xMin) / r, (view.yMax - b.top()) / r);
                p.fillRect(QRect(topLeft.toPoint(), bottomRight.toPoint()).normalized().adjusted(0, 0, 1, 1), color);
            } else {
                p.drawPolygon(ring);
            }
        }
        p.end();

        double sum = 0;
        int over16 = 0, worst = 0, differ = 0;
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x) {
                const QRgb a = drawn.pixel(x, y), b = before.pixel(x, y);
                const int d = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
                sum += d;
                worst = std::max(worst, d);
                over16 += d > 16 ? 1 : 0;
                differ += d > 0 ? 1 : 0;
            }
        const double mean = sum / (512.0 * 512.0);
        qInfo("small areas against the path-stroked outlines: mean difference %.3f levels, %d pixels differ, %.2f %% by more "
              "than 16 levels, at most %d",
              mean, differ, 100.0 * over16 / (512 * 512), worst);
        QVERIFY2(mean < 1.0, qPrintable(QString::number(mean)));
        QVERIFY2(over16 < 512 * 512 / 50, qPrintable(QString::number(over16)));
        QVERIFY2(worst <= 100, qPrintable(QString::number(worst)));
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestFastPaths t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_fastpaths.moc"
