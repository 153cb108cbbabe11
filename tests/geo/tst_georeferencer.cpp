// The georeferencer: points picked from a known affine mapping fit with no residual and give a
// GeoTIFF whose geotransform is that mapping; a curved mapping is fitted better by a second-order
// polynomial or a thin-plate spline than by a plane; too few, doubled and collinear points and
// unreadable images are refused with one line naming the image; the image is never written.
#include "support/testrasters.h"

#include "sightline/geo/georeferencer.h"
#include "sightline/geo/rasterinfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

using namespace sightline;
using namespace sightline::geo;
using namespace sightline::test;

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Map position of a pixel position under an affine mapping gt (GDAL's geotransform order).
QPointF affine(const std::array<double, 6> &gt, QPointF px)
{
    return {gt[0] + px.x() * gt[1] + px.y() * gt[2], gt[3] + px.x() * gt[4] + px.y() * gt[5]};
}

QList<GroundControlPoint> pointsFrom(const QList<QPointF> &pixels, const std::function<QPointF(QPointF)> &mapping)
{
    QList<GroundControlPoint> out;
    for (const QPointF &p : pixels)
        out << GroundControlPoint{p, mapping(p)};
    return out;
}

} // namespace

class TestGeoreferencer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_image; // 600 x 400, three bands, no georeferencing
    const QList<QPointF> m_fivePixels{{20, 30}, {580, 25}, {570, 390}, {35, 360}, {300, 200}};

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        RasterSpec s;
        s.width = 600;
        s.height = 400;
        s.crs.clear();
        s.gradient = true;
        s.values = {20, 10, 5, 255};
        m_image = path(QStringLiteral("screenshot.tif"));
        QVERIFY(makeRaster(m_image, s));
        QVERIFY(lacksGeoreferencing(m_image));
        QString why;
        QVERIFY(!readRasterInfo(m_image, &why));
        QVERIFY2(why.contains(QStringLiteral("sightline-cli georeference")), qPrintable(why));
    }

    void affinePointsFitExactlyAndTheOutputHasThatGeotransform_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<double>("pixelSize");
        QTest::addColumn<double>("originX");
        QTest::addColumn<double>("originY");
        QTest::newRow("lon/lat") << QStringLiteral("EPSG:4326") << 2e-5 << 129.71 << 42.43;
        QTest::newRow("UTM 52N") << QStringLiteral("EPSG:32652") << 2.0 << 552000.0 << 4697000.0;
    }
    void affinePointsFitExactlyAndTheOutputHasThatGeotransform()
    {
        QFETCH(QString, crs);
        QFETCH(double, pixelSize);
        QFETCH(double, originX);
        QFETCH(double, originY);
        const std::array<double, 6> gt{originX, pixelSize, 0, originY, 0, -pixelSize};
        const QByteArray before = sha(m_image);

        QString error;
        auto g = Georeferencer::open(m_image, &error);
        QVERIFY2(g, qPrintable(error));
        QCOMPARE(g->width(), 600);
        QVERIFY(g->setCrs(crs));
        g->setPoints(pointsFrom(m_fivePixels, [&](QPointF p) { return affine(gt, p); }));
        const auto fit = g->fit(&error);
        QVERIFY2(fit, qPrintable(error));
        QCOMPARE(fit->residuals.size(), 5);
        for (const GcpResidual &r : fit->residuals) {
            QVERIFY2(r.pixels < 1e-3, qPrintable(QString::number(r.pixels)));
            QVERIFY(r.meters < 0.01);
        }
        QVERIFY(fit->rmsPixels < 1e-3);

        const QString out = path(QStringLiteral("screenshot-%1.georef.tif").arg(QString(crs).remove(u':')));
        QVERIFY2(g->write(out, &error), qPrintable(error));
        GDALDatasetH ds = GDALOpen(out.toUtf8().constData(), GA_ReadOnly);
        QVERIFY(ds);
        double written[6];
        QCOMPARE(GDALGetGeoTransform(ds, written), CE_None);
        QVERIFY2(std::abs(written[0] - gt[0]) < 0.1 * pixelSize, qPrintable(QString::number(written[0], 'f', 8)));
        QVERIFY2(std::abs(written[3] - gt[3]) < 0.1 * pixelSize, qPrintable(QString::number(written[3], 'f', 8)));
        QVERIFY(std::abs(written[1] - gt[1]) < 0.01 * pixelSize);
        QVERIFY(std::abs(written[5] - gt[5]) < 0.01 * pixelSize);
        QCOMPARE(written[2], 0.0);
        QCOMPARE(written[4], 0.0);
        QVERIFY(std::abs(GDALGetRasterXSize(ds) - 600) <= 1);
        QVERIFY(std::abs(GDALGetRasterYSize(ds) - 400) <= 1);
        // Three colours and an alpha band; tiled, compressed, with an overview.
        QCOMPARE(GDALGetRasterCount(ds), 4);
        QCOMPARE(GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, 4)), GCI_AlphaBand);
        int bw = 0, bh = 0;
        GDALGetBlockSize(GDALGetRasterBand(ds, 1), &bw, &bh);
        QCOMPARE(bw, 256);
        QCOMPARE(QString::fromLatin1(GDALGetMetadataItem(ds, "COMPRESSION", "IMAGE_STRUCTURE")),
                 QStringLiteral("DEFLATE"));
        QVERIFY(GDALGetOverviewCount(GDALGetRasterBand(ds, 1)) >= 1);
        // The pixels came along: the gradient grows from left to right.
        unsigned char left = 0, right = 0;
        QCOMPARE(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Read, 10, 200, 1, 1, &left, 1, 1, GDT_Byte, 0, 0), CE_None);
        QCOMPARE(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Read, 590, 200, 1, 1, &right, 1, 1, GDT_Byte, 0, 0), CE_None);
        QVERIFY2(left < 40 && right > 150, qPrintable(QStringLiteral("%1 %2").arg(left).arg(right)));
        GDALClose(ds);

        // Sightline reads it as an ordinary georeferenced scene; the image itself is untouched.
        const auto info = readRasterInfo(out, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->georeference, RasterInfo::Georeference::GeoTransform);
        QCOMPARE(info->crs, crs);
        QCOMPARE(sha(m_image), before);
        QVERIFY(!QFile::exists(m_image + QStringLiteral(".aux.xml")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void curvedMappingIsFittedBetterByPoly2AndTps()
    {
        // A scan that bends: ground x grows faster towards the bottom of the image.
        auto curved = [](QPointF p) {
            return QPointF(552000 + 2.0 * p.x() + 0.001 * p.x() * p.y(), 4697000 - 2.0 * p.y() + 0.0005 * p.x() * p.x());
        };
        QList<QPointF> grid;
        for (double y : {20.0, 200.0, 380.0})
            for (double x : {30.0, 300.0, 570.0})
                grid << QPointF(x, y);
        auto g = Georeferencer::open(m_image, nullptr);
        QVERIFY(g);
        QVERIFY(g->setCrs(QStringLiteral("EPSG:32652")));
        g->setPoints(pointsFrom(grid, curved));
        QMap<GeoreferenceMethod, GeoreferenceFit> fits;
        for (auto m : {GeoreferenceMethod::Polynomial1, GeoreferenceMethod::Polynomial2,
                       GeoreferenceMethod::ThinPlateSpline}) {
            g->setMethod(m);
            QString error;
            const auto fit = g->fit(&error);
            QVERIFY2(fit, qPrintable(error));
            fits.insert(m, *fit);
        }
        const GeoreferenceFit &p1 = fits[GeoreferenceMethod::Polynomial1];
        QVERIFY2(p1.rmsPixels > 5, qPrintable(QString::number(p1.rmsPixels)));
        // 2 to 2.5 m a pixel on the ground.
        QVERIFY2(p1.rmsMeters > 1.5 * p1.rmsPixels && p1.rmsMeters < 3.0 * p1.rmsPixels,
                 qPrintable(QStringLiteral("%1 m, %2 px").arg(p1.rmsMeters).arg(p1.rmsPixels)));
        QVERIFY(fits[GeoreferenceMethod::Polynomial2].rmsPixels < p1.rmsPixels / 10);
        QVERIFY(fits[GeoreferenceMethod::ThinPlateSpline].rmsPixels < p1.rmsPixels / 10);

        // The spline writes too, and its file places the points where they were picked.
        g->setMethod(GeoreferenceMethod::ThinPlateSpline);
        const QString out = path(QStringLiteral("curved.georef.tif"));
        QString error;
        QVERIFY2(g->write(out, &error), qPrintable(error));
        QVERIFY2(readRasterInfo(out, &error), qPrintable(error));
        const QString notes = g->provenance("abc123", fits[GeoreferenceMethod::ThinPlateSpline]);
        QVERIFY(notes.contains(QStringLiteral("SHA-256 abc123")));
        QVERIFY(notes.contains(QStringLiteral("thin-plate spline through 9 ground control points in EPSG:32652")));
        QVERIFY2(notes.contains(QStringLiteral("  9: 570.00, 380.00 -> %1, %2; ")
                                    .arg(curved({570, 380}).x(), 0, 'f', 2)
                                    .arg(curved({570, 380}).y(), 0, 'f', 2)),
                 qPrintable(notes));
    }

    void badPointsAreRefusedNamingTheImage_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QList<QPointF>>("pixels");
        QTest::addColumn<QString>("message");
        const QList<QPointF> five{{20, 30}, {580, 25}, {570, 390}, {35, 360}, {300, 200}};
        QTest::newRow("two for poly1") << int(GeoreferenceMethod::Polynomial1) << five.mid(0, 2)
                                       << QStringLiteral("polynomial, order 1 needs at least 3 ground control points, "
                                                         "and 2 are given");
        QTest::newRow("five for poly2") << int(GeoreferenceMethod::Polynomial2) << five
                                        << QStringLiteral("polynomial, order 2 needs at least 6 ground control points, "
                                                          "and 5 are given");
        QTest::newRow("none for tps") << int(GeoreferenceMethod::ThinPlateSpline) << QList<QPointF>{}
                                      << QStringLiteral("thin-plate spline needs at least 3");
        QTest::newRow("collinear") << int(GeoreferenceMethod::Polynomial1)
                                   << QList<QPointF>{{10, 10}, {100, 100}, {250, 250}, {390, 390}}
                                   << QStringLiteral("the ground control points lie on one line in the image");
        QTest::newRow("doubled") << int(GeoreferenceMethod::ThinPlateSpline)
                                 << QList<QPointF>{{10, 10}, {500, 20}, {300, 300}, {500.2, 20.1}}
                                 << QStringLiteral("ground control points 2 and 4 are at the same place in the image");
    }
    void badPointsAreRefusedNamingTheImage()
    {
        QFETCH(int, method);
        QFETCH(QList<QPointF>, pixels);
        QFETCH(QString, message);
        auto g = Georeferencer::open(m_image, nullptr);
        QVERIFY(g);
        g->setMethod(static_cast<GeoreferenceMethod>(method));
        g->setPoints(pointsFrom(pixels, [](QPointF p) { return QPointF(129.7 + p.x() * 1e-5, 42.4 - p.y() * 1e-5); }));
        QString error;
        QVERIFY(!g->fit(&error));
        QVERIFY2(error.startsWith(m_image + QStringLiteral(": ") + message), qPrintable(error));
        const QString out = path(QStringLiteral("refused.tif"));
        QVERIFY(!g->write(out, &error));
        QVERIFY(!QFile::exists(out));
    }

    void collinearOnTheMapIsRefused()
    {
        auto g = Georeferencer::open(m_image, nullptr);
        QVERIFY(g);
        g->setPoints({{{10, 10}, {129.7, 42.4}}, {{500, 20}, {129.8, 42.5}}, {{300, 300}, {129.9, 42.6}}});
        QString error;
        QVERIFY(!g->fit(&error));
        QVERIFY2(error.contains(QStringLiteral("lie on one line on the map")), qPrintable(error));
    }

    void unreadableImagesAreNamed()
    {
        const QString noise = path(QStringLiteral("noise.png"));
        QVERIFY(randomBytes(noise, 5000));
        QString error;
        QVERIFY(!Georeferencer::open(noise, &error));
        QVERIFY2(error.startsWith(noise + QStringLiteral(": is not a raster image GDAL can read")), qPrintable(error));
        QVERIFY(!Georeferencer::open(path(QStringLiteral("gone.png")), &error));
        QCOMPARE(error, path(QStringLiteral("gone.png")) + QStringLiteral(": no such file"));
        auto g = Georeferencer::open(m_image, nullptr);
        QVERIFY(!g->setCrs(QStringLiteral("EPSG:999999"), &error));
        QVERIFY(error.startsWith(QStringLiteral("unknown CRS \"EPSG:999999\"")));
    }

    void previewIsScaledToFit()
    {
        auto g = Georeferencer::open(m_image, nullptr);
        double scale = 0;
        const QImage img = g->preview(300, &scale);
        QCOMPARE(img.size(), QSize(300, 200));
        QCOMPARE(scale, 2.0);
        QVERIFY(qRed(img.pixel(5, 100)) < qRed(img.pixel(295, 100)));
    }
};

QTEST_GUILESS_MAIN(TestGeoreferencer)
#include "tst_georeferencer.moc"
