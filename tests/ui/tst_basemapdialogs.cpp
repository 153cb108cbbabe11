// The window's basemap dialogs: adding a source (OK only for a source that would be kept, its
// attribution required) and making an area available offline (progress, cancel, the cache
// filled from a local XYZ, WMTS and WMS service).
#include "support/mapviews.h"
#include "support/ogcserver.h"
#include "support/tileservers.h"

#include "sightline/render/basemapsourcelayer.h"
#include "sightline/render/maprenderer.h"
#include "sightline/ui/basemapsourcedialog.h"
#include "sightline/ui/offlineareadialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestBasemapDialogs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

  private slots:
    void sourceDialogRefusesWhatWouldBeDropped()
    {
        ui::BasemapSourceDialog dialog;
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("location"));
        auto *attribution = dialog.findChild<QLineEdit *>(QStringLiteral("attribution"));
        QVERIFY(name && location && attribution);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());

        location->setText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
        QCOMPARE(name->text(), QStringLiteral("tiles.example.org")); // until given one
        QVERIFY(!ok->isEnabled());                                   // no attribution yet
        attribution->setText(QStringLiteral("© OpenStreetMap contributors"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.source().kind, BasemapSource::Kind::Xyz);

        location->setText(QStringLiteral("ftp://tiles.example.org/{z}/{x}/{y}.png"));
        QVERIFY(!ok->isEnabled());
        bool saysWhy = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            saysWhy = saysWhy || l->text().contains(QStringLiteral("not an http or https URL"));
        QVERIFY(saysWhy);

        location->setText(QStringLiteral("/data/rason.osm.pbf"));
        attribution->clear();
        QVERIFY(ok->isEnabled()); // a file needs no attribution
        QCOMPARE(dialog.source().kind, BasemapSource::Kind::File);
    }

    void offlineAreaDownloadsWithProgressAndCancel()
    {
        const double lon = 130.6411, lat = 42.4153;
        const QString tiles = m_dir.filePath(QStringLiteral("xyz"));
        test::writeXyzTiles(tiles, lon, lat, 12, 14, 2, QColor(30, 120, 200));
        test::LocalHttpServer server(tiles);
        QVERIFY(server.ready());
        BasemapSource source;
        source.name = QStringLiteral("local");
        source.kind = BasemapSource::Kind::Xyz;
        source.location = server.url(QStringLiteral("{z}/{x}/{y}.png"));
        source.attribution = QStringLiteral("Local");
        source.maxZoom = 14;
        source.requestsPerSecond = 50;
        geo::TileServiceSettings settings;
        settings.cacheRoot = m_dir.filePath(QStringLiteral("cache"));
        const GeoBounds area{lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01};

        ui::OfflineAreaDialog dialog(source, area, 13, settings);
        QSignalSpy finished(&dialog, &ui::OfflineAreaDialog::downloadFinished);
        dialog.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog.failure().isEmpty());
        QCOMPARE(dialog.tilesDone(), geo::xyzTileCount(area, 11, 14));
        const QProgressBar *bar = dialog.findChild<QProgressBar *>();
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(geo::tileCacheBytes(settings.cacheRoot) > 0);

        // A slow download cancelled: it stops, and says so.
        source.requestsPerSecond = 2;
        ui::OfflineAreaDialog slow(source, area, 13, settings);
        QSignalSpy stopped(&slow, &ui::OfflineAreaDialog::downloadFinished);
        slow.start();
        QTest::qWait(700);
        slow.reject(); // the first Cancel stops the download
        QVERIFY(stopped.wait(10000));
        QCOMPARE(stopped.first().first().toBool(), false);
        QVERIFY(slow.tilesDone() < geo::xyzTileCount(area, 11, 14));
    }
    // The same dialog for a WMTS and a WMS service: the download runs and fills the cache, one
    // request a tile, and the area then draws with the network off.
    void offlineAreaForWmtsAndWms_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("WMTS") << static_cast<int>(BasemapSource::Kind::Wmts);
        QTest::newRow("WMS") << static_cast<int>(BasemapSource::Kind::Wms);
    }
    void offlineAreaForWmtsAndWms()
    {
        QFETCH(int, kind);
        const bool wmts = kind == static_cast<int>(BasemapSource::Kind::Wmts);
        const double lon = 130.6411, lat = 42.4153;
        const QString folder = m_dir.filePath(wmts ? QStringLiteral("wmts") : QStringLiteral("wms"));
        QVERIFY(test::writeOgcServiceFolder(folder, QColor(90, 40, 160)));
        test::LocalHttpServer server(QString::fromUtf8(test::kOgcServer), QStringList{folder});
        QVERIFY(server.ready());
        BasemapSource source;
        source.name = wmts ? QStringLiteral("wmts") : QStringLiteral("wms");
        source.kind = static_cast<BasemapSource::Kind>(kind);
        source.location = server.url(
            wmts ? QStringLiteral("wmts?SERVICE=WMTS&REQUEST=GetCapabilities")
                 : QStringLiteral("wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=streets&FORMAT=image/png"));
        source.attribution = QStringLiteral("Local");
        source.maxZoom = 14;
        source.requestsPerSecond = 50;
        geo::TileServiceSettings settings;
        settings.cacheRoot = m_dir.filePath(source.name + QStringLiteral("-cache"));
        const GeoBounds area{lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01};

        ui::OfflineAreaDialog dialog(source, area, 13, settings);
        QSignalSpy finished(&dialog, &ui::OfflineAreaDialog::downloadFinished);
        dialog.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.failure()));
        const qint64 tiles = geo::xyzTileCount(area, 11, 14);
        QCOMPARE(dialog.tilesDone(), tiles);
        QCOMPARE(test::ogcRequests(folder, wmts ? QStringLiteral("/wmts/") : QStringLiteral("getmap")),
                 tiles);
        server.stop();

        settings.networkEnabled = false;
        QString why;
        const auto layer = render::makeBasemapLayer(source, settings, {}, &why);
        QVERIFY2(layer, qPrintable(why));
        const render::MapSettings view = test::webMercatorView(lon, lat, 9.55 /* zoom 14 */, {256, 256});
        render::RenderStats stats;
        const QImage image =
            render::MapRenderer::render(view, render::LayerList{layer}, nullptr, nullptr, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QCOMPARE(QColor(image.pixel(128, 128)), QColor(90, 40, 160));
    }
};

QTEST_MAIN(TestBasemapDialogs)
#include "tst_basemapdialogs.moc"
