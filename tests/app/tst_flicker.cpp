// Flicker and the comparison window in the main window: two GDAL-written scenes of one place with
// different colours; F swaps the scene the map shows (the status bar names it), Shift+F ends it;
// with nothing selected the two newest scenes in view are used; a double-click in the site's
// scene list opens the comparison with that scene and the one before it.
#include "mainwindow.h"
#include "support/screenshots.h"
#include "support/testrasters.h"

#include "sightline/render/transformcache.h"
#include "sightline/store/scenefiles.h"
#include "sightline/ui/comparisonview.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sitescenespanel.h"

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sightline;

namespace {
const QColor kBefore(200, 40, 30); // red
const QColor kAfter(30, 60, 210);  // blue
const QPointF kCentre(552500, 4696500);
} // namespace

class TestFlicker : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_before, m_after, m_elsewhere;
    Site m_site;

    ui::MapCanvas *canvas() const { return m_window->canvas(); }
    QColor centre() const
    {
        if (!QTest::qWaitFor([&] { return !canvas()->isRendering() && !canvas()->frame().isNull(); }, 20000))
            return {};
        return canvas()->grab().toImage().pixelColor(canvas()->width() / 2, canvas()->height() / 2);
    }
    // Waits until the canvas has drawn its frame and the ring of tiles around it (the cache
    // stops growing); returns how many tiles the cache holds.
    int settled() const
    {
        (void)centre();
        int count = -1;
        for (int i = 0; i < 40 && count != canvas()->tileCache().count(); ++i) {
            count = canvas()->tileCache().count();
            QTest::qWait(250);
        }
        return count;
    }
    QString status() const { return m_window->findChild<QLabel *>(QStringLiteral("flickerStatus"))->text(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("case.gpkg"));
        {
            auto project = Project::create(path, QStringLiteral("t"), QStringLiteral("a"));
            const auto import = [&](const QString &name, QColor colour, const QString &when, double originX) {
                test::RasterSpec spec;
                spec.width = spec.height = 1000;
                spec.pixelSize = 1.0;
                spec.originX = originX;
                spec.values = {double(colour.red()), double(colour.green()), double(colour.blue()), 255};
                spec.dateTime = when;
                spec.artist = QStringLiteral("Maxar");
                const QString file = m_dir.filePath(name);
                return test::makeRaster(file, spec) ? store::importScene(*project, file).scene.meta.id : QUuid();
            };
            m_after = import(QStringLiteral("after.tif"), kAfter, QStringLiteral("2024:05:10 02:00:00"), 552000);
            m_before = import(QStringLiteral("before.tif"), kBefore, QStringLiteral("2024:03:02 02:00:00"), 552000);
            // The newest scene of all, 30 km away: out of view, so not one of "the two newest in view".
            m_elsewhere = import(QStringLiteral("elsewhere.tif"), Qt::green, QStringLiteral("2024:06:01 02:00:00"), 582000);
            QVERIFY(!m_before.isNull() && !m_after.isNull() && !m_elsewhere.isNull());
            const auto lonLat = render::cachedTransform(QStringLiteral("EPSG:32652"), QStringLiteral("EPSG:4326"))->forward(kCentre);
            m_site.name = QStringLiteral("Rail yard");
            m_site.kind = SiteKind::RailYard;
            m_site.location = {lonLat->x() + 0.002, lonLat->y() + 0.002}; // off the centre pixel
            project->save(m_site);
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(path));
        QVERIFY(canvas()->setView(QStringLiteral("EPSG:32652"), kCentre, 1.0));
    }

    void flickerSwapsTheSelectedSceneAndTheOneBefore()
    {
        m_window->selection()->select({{RecordType::Scene, m_after}});
        QCOMPARE(centre(), kAfter); // the newer scene is on top; its footprint does not tint it
        QTest::keyClick(m_window.get(), Qt::Key_F);
        QCOMPARE(centre(), kBefore);
        QVERIFY2(status().contains(QStringLiteral("2024-03-02 · Maxar · before.tif")), qPrintable(status()));
        settled();
        QTest::keyClick(m_window.get(), Qt::Key_F);
        QCOMPARE(centre(), kAfter);
        QVERIFY2(status().contains(QStringLiteral("2024-05-10")), qPrintable(status()));
        // Both frames are in the cache now: going back draws no new tile.
        const int tiles = settled();
        QTest::keyClick(m_window.get(), Qt::Key_F);
        QCOMPARE(centre(), kBefore);
        QCOMPARE(settled(), tiles);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ShiftModifier);
        QCOMPARE(centre(), kAfter); // all imagery again
        QVERIFY(status().isEmpty());
    }

    void anotherProjectEndsTheFlicker()
    {
        m_window->selection()->select({{RecordType::Scene, m_after}});
        QTest::keyClick(m_window.get(), Qt::Key_F);
        QCOMPARE(centre(), kBefore);
        QVERIFY(!status().isEmpty());
        const QString other = m_dir.filePath(QStringLiteral("other.gpkg"));
        QFile::remove(other);
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("case.gpkg")), other));
        QVERIFY(m_window->openProject(other));
        QVERIFY2(status().isEmpty(), qPrintable(status()));
        QVERIFY(canvas()->setView(QStringLiteral("EPSG:32652"), kCentre, 1.0));
        QCOMPARE(centre(), kAfter); // every scene shows again, the newest on top
        QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("case.gpkg"))));
        QVERIFY(canvas()->setView(QStringLiteral("EPSG:32652"), kCentre, 1.0));
    }

    void withoutASelectionTheTwoNewestInView()
    {
        m_window->selection()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_F);
        QCOMPARE(centre(), kBefore);
        QTest::keyClick(m_window.get(), Qt::Key_F);
        QCOMPARE(centre(), kAfter);
        QVERIFY2(!status().contains(QStringLiteral("elsewhere")), qPrintable(status()));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ShiftModifier);
    }

    void siteSceneOpensTheComparison()
    {
        m_window->selection()->select({{RecordType::Site, m_site.meta.id}});
        auto *panel = m_window->findChild<ui::SiteScenesPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->list()->topLevelItemCount(), 2);
        emit panel->list()->itemActivated(panel->list()->topLevelItem(1), 0);
        auto *view = m_window->findChild<ui::ComparisonView *>();
        QVERIFY(view);
        QVERIFY(view->window()->isVisible());
        QCOMPARE(view->lockedScene(0), m_before);
        QCOMPARE(view->lockedScene(1), m_after);
        QCOMPARE(view->canvas(1)->settings().center, canvas()->settings().center);
        QTRY_VERIFY_WITH_TIMEOUT(!view->canvas(0)->isRendering() && !view->canvas(1)->isRendering(), 20000);
        sightline::test::keepScreenshot(view->window()->grab(), QStringLiteral("sightline-compare-window.png"));
        sightline::test::keepScreenshot(m_window->grab(), QStringLiteral("sightline-flicker-main.png"));
    }
};

QTEST_MAIN(TestFlicker)
#include "tst_flicker.moc"
