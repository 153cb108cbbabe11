// sightline-cli basemap and render --basemap: sources saved with the project, a tile package
// drawn and credited, refused sources named with exit 2, the cache downloaded and used offline.
#include "support/cliprocess.h"
#include "support/ogcserver.h"
#include "support/testrasters.h"
#include "support/tileservers.h"

#include "sightline/store/project.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sightline;
using namespace sightline::test;

class TestCliBasemap : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    QString m_package;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliResult render(const QString &png, const QStringList &extra)
    {
        // 1:20,000-ish around the bridge, in Web Mercator.
        return runCli(QStringList{QStringLiteral("render"), m_project, QStringLiteral("-o"), png,
                                  QStringLiteral("--size"), QStringLiteral("256x256"),
                                  QStringLiteral("--extent"),
                                  QStringLiteral("14542000,5220000,14544560,5222560"),
                                  QStringLiteral("--tile-cache"), path(QStringLiteral("cache"))} +
                      extra);
    }

  private slots:
    void initTestCase()
    {
        m_project = path(QStringLiteral("p.gpkg"));
        Project::create(m_project, QStringLiteral("P"), QStringLiteral("a"));
        RasterSpec spec;
        spec.crs = QStringLiteral("EPSG:3857");
        spec.originX = 14540000;
        spec.originY = 5225000;
        spec.pixelSize = 10;
        spec.bands = 3;
        spec.values = {200, 40, 30, 255};
        spec.format = QStringLiteral("MBTILES");
        m_package = path(QStringLiteral("tiles.mbtiles"));
        QVERIFY(makeRaster(m_package, spec));
    }

    void packageByFileAndBySavedName()
    {
        CliResult r = render(path(QStringLiteral("file.png")),
                             {QStringLiteral("--basemap"), m_package, QStringLiteral("--attribution"),
                              QStringLiteral("Test package")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Basemap: Test package")));
        const QImage image(path(QStringLiteral("file.png")));
        QCOMPARE(QColor(image.pixel(128, 128)).red(), 200);
        QVERIFY(image.text(QStringLiteral("Licence")).contains(QStringLiteral("Basemap: Test package")));

        r = runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--add"),
                    QStringLiteral("Rason package"), QStringLiteral("--source"), m_package,
                    QStringLiteral("--attribution"), QStringLiteral("Made here")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = render(path(QStringLiteral("named.png")),
                   {QStringLiteral("--basemap"), QStringLiteral("rason PACKAGE")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Basemap: Made here")));

        // Chosen for the project: drawn without --basemap, listed as active.
        r = runCli(
            {QStringLiteral("basemap"), m_project, QStringLiteral("--use"), QStringLiteral("Rason package")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--json")});
        QVERIFY(r.out.contains(QStringLiteral("\"active\": \"Rason package\"")));
        r = render(path(QStringLiteral("active.png")), {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QColor(QImage(path(QStringLiteral("active.png"))).pixel(128, 128)).red(), 200);
        r = runCli(
            {QStringLiteral("basemap"), m_project, QStringLiteral("--use"), QStringLiteral("natural-earth")});
        QCOMPARE(r.exitCode, 0);
    }

    void refusedSourcesAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("service without attribution")
            << QStringList{QStringLiteral("--basemap"), QStringLiteral("https://t.example/{z}/{x}/{y}.png")}
            << QStringLiteral("attribution");
        QTest::newRow("ftp") << QStringList{QStringLiteral("--basemap"),
                                            QStringLiteral("ftp://t.example/{z}/{x}/{y}.png"),
                                            QStringLiteral("--attribution"), QStringLiteral("x")}
                             << QStringLiteral("ftp://t.example");
        QTest::newRow("no such source")
            << QStringList{QStringLiteral("--basemap"), QStringLiteral("nowhere.mbtiles")}
            << QStringLiteral("nowhere.mbtiles");
    }
    void refusedSourcesAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const CliResult r = render(path(QStringLiteral("refused.png")), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }

    void addRefusesAnUnknownScheme()
    {
        const CliResult r =
            runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--add"), QStringLiteral("x"),
                    QStringLiteral("--source"), QStringLiteral("gopher://t.example/{z}/{x}/{y}"),
                    QStringLiteral("--attribution"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("gopher://")));
    }

    void downloadThenRenderOffline()
    {
        const double lon = 130.6411, lat = 42.4153;
        const QString tiles = path(QStringLiteral("xyz"));
        writeXyzTiles(tiles, lon, lat, 12, 14, 2, QColor(30, 120, 200));
        LocalHttpServer server(tiles);
        QVERIFY(server.ready());
        CliResult r = runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--add"),
                              QStringLiteral("local"), QStringLiteral("--source"),
                              server.url(QStringLiteral("{z}/{x}/{y}.png")), QStringLiteral("--attribution"),
                              QStringLiteral("Local tiles"), QStringLiteral("--max-zoom"),
                              QStringLiteral("14"), QStringLiteral("--rate"), QStringLiteral("50")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--download"),
                    QStringLiteral("local"), QStringLiteral("--area"),
                    QStringLiteral("130.63,42.39,130.66,42.41"), QStringLiteral("--zoom"),
                    QStringLiteral("12-16"), QStringLiteral("--tile-cache"), path(QStringLiteral("cache"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("zoom 12-14")), qPrintable(r.out)); // the service's limit
        server.stop();
        r = render(path(QStringLiteral("offline.png")),
                   {QStringLiteral("--basemap"), QStringLiteral("local"), QStringLiteral("--offline")});
        QVERIFY2(r.exitCode == 0 && !r.err.contains(QStringLiteral("warning")), qPrintable(r.err));
        const QColor c = QImage(path(QStringLiteral("offline.png"))).pixel(128, 128);
        QVERIFY2(std::abs(c.blue() - 200) < 10 && std::abs(c.red() - 30) < 10, qPrintable(c.name()));

        // The cache cleared: offline, the missing tiles are simply empty and the map still draws.
        r = runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--clear-cache"),
                    QStringLiteral("--tile-cache"), path(QStringLiteral("cache"))});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--cache-size"),
                    QStringLiteral("--tile-cache"), path(QStringLiteral("cache"))});
        QVERIFY2(r.out.contains(QStringLiteral(": 0 KiB")), qPrintable(r.out));
        r = render(path(QStringLiteral("empty.png")),
                   {QStringLiteral("--basemap"), QStringLiteral("local"), QStringLiteral("--offline")});
        QCOMPARE(r.exitCode, 0);
    }
    // A WMTS and a WMS service downloaded the same way, then rendered with the network off and
    // the service gone.
    void downloadWmtsAndWmsThenRenderOffline_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::newRow("WMTS") << QStringLiteral("wmts")
                              << QStringLiteral("wmts?SERVICE=WMTS&REQUEST=GetCapabilities");
        QTest::newRow("WMS") << QStringLiteral("wms")
                             << QStringLiteral(
                                    "wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=streets&FORMAT=image/png");
    }
    void downloadWmtsAndWmsThenRenderOffline()
    {
        QFETCH(QString, name);
        QFETCH(QString, address);
        const QString folder = path(QStringLiteral("service-") + name);
        QVERIFY(writeOgcServiceFolder(folder, QColor(200, 60, 120)));
        LocalHttpServer server(QString::fromUtf8(kOgcServer), QStringList{folder});
        QVERIFY(server.ready());
        CliResult r =
            runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--add"), name,
                    QStringLiteral("--source"), server.url(address), QStringLiteral("--attribution"),
                    QStringLiteral("Local service"), QStringLiteral("--max-zoom"), QStringLiteral("14"),
                    QStringLiteral("--rate"), QStringLiteral("50")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--download"), name,
                    QStringLiteral("--area"), QStringLiteral("130.62,42.39,130.67,42.43"),
                    QStringLiteral("--zoom"), QStringLiteral("13-16"), QStringLiteral("--tile-cache"),
                    path(QStringLiteral("cache"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("zoom 13-14")), qPrintable(r.out)); // the source's limit
        server.stop();
        r = render(path(name + QStringLiteral(".png")),
                   {QStringLiteral("--basemap"), name, QStringLiteral("--offline")});
        QVERIFY2(r.exitCode == 0 && !r.err.contains(QStringLiteral("warning")), qPrintable(r.err));
        const QColor c = QImage(path(name + QStringLiteral(".png"))).pixel(128, 128);
        QVERIFY2(std::abs(c.red() - 200) < 10 && std::abs(c.blue() - 120) < 10, qPrintable(c.name()));

        // With the network off the download is refused, naming the source, and nothing asked.
        const int asked = ogcRequests(folder, QStringLiteral("/"));
        r = runCli({QStringLiteral("basemap"), m_project, QStringLiteral("--download"), name,
                    QStringLiteral("--area"), QStringLiteral("130.62,42.39,130.67,42.43"),
                    QStringLiteral("--zoom"), QStringLiteral("13-14"), QStringLiteral("--tile-cache"),
                    path(QStringLiteral("cache")), QStringLiteral("--offline")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(name + QStringLiteral(": ")) && r.err.contains(QStringLiteral("network")),
                 qPrintable(r.err));
        QCOMPARE(ogcRequests(folder, QStringLiteral("/")), asked);
    }
};

QTEST_GUILESS_MAIN(TestCliBasemap)
#include "tst_cli_basemap.moc"
