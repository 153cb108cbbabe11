// Reading image files with GDAL: what they say about themselves, and one clear line naming the
// file for every kind of bad input. The rasters are made by the test with GDAL.
#include "support/testrasters.h"

#include "sightline/geo/rasterinfo.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestRasterInfo : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void checkRefused(const QString &file, const QString &expected, const QString &assumedCrs = {})
    {
        QString error;
        QVERIFY(!geo::readRasterInfo(file, &error, assumedCrs));
        QVERIFY2(error.startsWith(file + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    }

private slots:
    void tiledUtmWithOverviewsAndTags()
    {
        RasterSpec s;
        s.overviews = true;
        s.compress = QStringLiteral("JPEG");
        s.dateTime = QStringLiteral("2023:10:05 02:14:00");
        s.artist = QStringLiteral("Airbus DS");
        const QString file = path(QStringLiteral("utm.tif"));
        QVERIFY(makeRaster(file, s));
        QString error;
        const auto info = geo::readRasterInfo(file, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->driver, QStringLiteral("GTiff"));
        QCOMPARE(info->width, 512);
        QCOMPARE(info->height, 512);
        QCOMPARE(info->bandCount, 3);
        QCOMPARE(info->dataType, QStringLiteral("Byte"));
        QCOMPARE(info->crs, QStringLiteral("EPSG:32652"));
        QVERIFY(info->crsName.contains(QStringLiteral("UTM zone 52N")));
        QCOMPARE(info->overviewCount, 4);
        QCOMPARE(info->georeference, geo::RasterInfo::Georeference::GeoTransform);
        // Corners by gdaltransform -s_srs EPSG:32652 -t_srs EPSG:4326: north-west 129.632094 E
        // 42.423570 N, south-west 129.632001 E; the scene is 1024 m wide.
        const GeoBounds b = info->footprint.bounds();
        QVERIFY2(std::abs(b.minLon - 129.632001) < 2e-6 && std::abs(b.maxLat - 42.423570) < 2e-6,
                 qPrintable(QStringLiteral("%1 %2").arg(b.minLon, 0, 'f', 7).arg(b.maxLat, 0, 'f', 7)));
        QVERIFY(std::abs((b.maxLon - b.minLon) * 111320 * std::cos(42.42 * M_PI / 180) - 1024) < 20);
        QVERIFY2(std::abs(info->resolutionMeters - 2.0) < 0.01, qPrintable(QString::number(info->resolutionMeters)));
        QCOMPARE(info->acquired.toText(), QStringLiteral("2023-10-05T02:14:00 local")); // a TIFF's DateTime has no zone
        QCOMPARE(info->provider, QStringLiteral("Airbus DS"));
    }

    void stripedGeographicOneBand16Bit()
    {
        RasterSpec s;
        s.tiled = false;
        s.bands = 1;
        s.type = GDT_UInt16;
        s.values = {1200};
        s.gradient = true;
        s.crs = QStringLiteral("EPSG:4326");
        s.originX = 130.60;
        s.originY = 42.43;
        s.pixelSize = 0.00002;
        const QString file = path(QStringLiteral("geo16.tif"));
        QVERIFY(makeRaster(file, s));
        QString error;
        const auto info = geo::readRasterInfo(file, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->bandCount, 1);
        QCOMPARE(info->dataType, QStringLiteral("UInt16"));
        QCOMPARE(info->crs, QStringLiteral("EPSG:4326"));
        QCOMPARE(info->overviewCount, 0);
        const GeoBounds b = info->footprint.bounds();
        QVERIFY(std::abs(b.minLon - 130.60) < 1e-9 && std::abs(b.maxLat - 42.43) < 1e-9);
        QVERIFY(std::abs(b.maxLon - (130.60 + 512 * 0.00002)) < 1e-9);
        // 0.00002 degrees: 2.2 m north-south, 1.6 m east-west at 42.4 N.
        QVERIFY2(info->resolutionMeters > 1.7 && info->resolutionMeters < 2.1,
                 qPrintable(QString::number(info->resolutionMeters)));
        QVERIFY(info->acquired.isUnknown());
    }

    void pngWithWorldFile()
    {
        RasterSpec s;
        s.format = QStringLiteral("PNG");
        s.bands = 3;
        const QString file = path(QStringLiteral("shot.png"));
        QVERIFY(makeRaster(file, s));
        QVERIFY(QFile::exists(path(QStringLiteral("shot.wld"))));
        QString error;
        const auto info = geo::readRasterInfo(file, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->driver, QStringLiteral("PNG"));
        QCOMPARE(info->crs, QStringLiteral("EPSG:32652")); // from the .aux.xml beside it

        // Without the .aux.xml the world file gives the position but not the CRS.
        QVERIFY(QFile::remove(file + QStringLiteral(".aux.xml")));
        checkRefused(file, QStringLiteral("says nothing of its CRS"));
        const auto assumed = geo::readRasterInfo(file, &error, QStringLiteral("EPSG:32652"));
        QVERIFY2(assumed, qPrintable(error));
        QCOMPARE(assumed->crs, QStringLiteral("EPSG:32652"));
        QVERIFY(std::abs(assumed->resolutionMeters - 2.0) < 0.01);
        checkRefused(file, QStringLiteral("unknown CRS"), QStringLiteral("EPSG:999999"));
    }

    void badFilesAreRefusedByName()
    {
        checkRefused(path(QStringLiteral("gone.tif")), QStringLiteral("no such file"));

        const QString random = path(QStringLiteral("random.tif"));
        QVERIFY(randomBytes(random, 40000));
        checkRefused(random, QStringLiteral("is not a raster image GDAL can read"));

        const QString empty = path(QStringLiteral("empty.tif"));
        QFile(empty).open(QIODevice::WriteOnly);
        checkRefused(empty, QStringLiteral("is empty"));

        for (bool tiled : {true, false}) {
            RasterSpec s;
            s.tiled = tiled;
            s.compress = QStringLiteral("DEFLATE");
            s.width = s.height = 1024;
            s.gradient = true;
            const QString whole = path(QStringLiteral("whole-%1.tif").arg(tiled));
            const QString cut = path(QStringLiteral("cut-%1.tif").arg(tiled));
            QVERIFY(makeRaster(whole, s));
            QVERIFY(truncatedCopy(whole, cut, 0.6));
            checkRefused(cut, QStringLiteral("is truncated or damaged"));
        }

        RasterSpec plain;
        plain.crs.clear();
        const QString noGeo = path(QStringLiteral("nogeo.tif"));
        QVERIFY(makeRaster(noGeo, plain));
        checkRefused(noGeo, QStringLiteral("has no georeferencing"));

        RasterSpec complex;
        complex.type = GDT_CInt16;
        complex.bands = 1;
        const QString radar = path(QStringLiteral("slc.tif"));
        QVERIFY(makeRaster(radar, complex));
        checkRefused(radar, QStringLiteral("complex-valued"));
    }

    void hugeBlocksAreRefusedBeforeReading()
    {
        // Found by fuzzing: a 230-byte TIFF claiming 55,048 pixel-interleaved bands, so that reading
        // one 64,001-pixel block would allocate 3.5 GB.
        const QString file = QStringLiteral(SIGHTLINE_SOURCE_DIR
                                            "/fuzz/regressions/raster_info/oom-55048-bands-pixel-interleaved.tif");
        QVERIFY(QFile::exists(file));
        QString error;
        QVERIFY(!geo::readRasterInfo(file, &error));
        QVERIFY2(error.contains(QStringLiteral("more than the 256 MiB Sightline reads at once")), qPrintable(error));
    }

    void imageryTimes()
    {
        // A TIFF's DateTime and an ISO time without a zone: local time of an unrecorded zone, kept
        // as read and covering every moment it may be, never taken for UTC.
        const TimeSpan tiff = geo::parseImageryTime(QStringLiteral("2023:10:05 02:14:31"));
        QCOMPARE(tiff.toText(), QStringLiteral("2023-10-05T02:14:31 local"));
        QVERIFY(tiff.zoneUnknown());
        QCOMPARE(tiff.reading(), QDateTime(QDate(2023, 10, 5), QTime(2, 14, 31), Qt::UTC));
        QCOMPARE(tiff.earliest(), QDateTime(QDate(2023, 10, 4), QTime(12, 14, 31), Qt::UTC)); // as read at UTC+14
        QCOMPARE(tiff.latest(), QDateTime(QDate(2023, 10, 5), QTime(14, 14, 31, 999), Qt::UTC)); // as read at UTC−12
        QCOMPARE(geo::parseImageryTime(QStringLiteral("20231005021431")).toText(), QStringLiteral("2023-10-05T02:14:31Z"));
        QCOMPARE(geo::parseImageryTime(QStringLiteral("2023-10-05T02:14:31.123456Z;")).earliest(),
                 QDateTime(QDate(2023, 10, 5), QTime(2, 14, 31), Qt::UTC));
        QCOMPARE(geo::parseImageryTime(QStringLiteral("2023-10-05 02:14:31")).toText(),
                 QStringLiteral("2023-10-05T02:14:31 local"));
        QCOMPARE(geo::parseImageryTime(QStringLiteral("2023-10-05T02:14:31+09:00")).toText(),
                 QStringLiteral("2023-10-04T17:14:31Z")); // a zone given: UTC
        QVERIFY(!geo::parseImageryTime(QStringLiteral("20231005021431")).zoneUnknown()); // NITF: UTC
        QVERIFY(geo::parseImageryTime(QStringLiteral("yesterday")).isUnknown());
        QVERIFY(geo::parseImageryTime(QString()).isUnknown());
    }
};

QTEST_GUILESS_MAIN(TestRasterInfo)
#include "tst_geo_rasterinfo.moc"
