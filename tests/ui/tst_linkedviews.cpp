// Maps side by side: two GDAL-written scenes of the same place, each pane locked to one (or to a
// date, or to a time window of its own); a drag or a zoom in one pane moves the other to the same centre and scale, and the
// cursor of one is a cross in the other.
#include "support/screenshots.h"
#include "support/testrasters.h"

#include "sightline/store/scenefiles.h"
#include "sightline/ui/comparisonview.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/render/mapmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

namespace {
const QColor kBefore(200, 40, 30); // red
const QColor kAfter(30, 60, 210);  // blue
const QPointF kCentre(552500, 4696500);
const QString kUtm = QStringLiteral("EPSG:32652");
} // namespace

class TestLinkedViews : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QUuid m_before, m_after;

    QUuid importScene(const QString &name, QColor colour, const QString &when)
    {
        test::RasterSpec spec;
        spec.width = spec.height = 1000;
        spec.pixelSize = 1.0;
        spec.values = {double(colour.red()), double(colour.green()), double(colour.blue()), 255};
        spec.dateTime = when;
        spec.artist = QStringLiteral("Maxar");
        const QString file = m_dir.filePath(name);
        if (!test::makeRaster(file, spec))
            return {};
        return store::importScene(*m_project, file).scene.meta.id;
    }

    static void waitFor(const ui::ComparisonView &view)
    {
        for (int i = 0; i < view.paneCount(); ++i)
            QTRY_VERIFY_WITH_TIMEOUT(!view.canvas(i)->isRendering() && !view.canvas(i)->frame().isNull(), 20000);
    }

    static QColor centreOf(ui::MapCanvas *canvas)
    {
        return canvas->grab().toImage().pixelColor(canvas->width() / 2, canvas->height() / 2);
    }

private slots:
    void initTestCase()
    {
        m_project = Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("t"), QStringLiteral("a"));
        // Imported newest first: the panes must order them by date, not by import.
        m_after = importScene(QStringLiteral("after.tif"), kAfter, QStringLiteral("2024:05:10 02:00:00"));
        m_before = importScene(QStringLiteral("before.tif"), kBefore, QStringLiteral("2024:03:02 02:00:00"));
        QVERIFY(!m_before.isNull() && !m_after.isNull());
    }

    void panesFollowEachOtherAndShowTheirScenes()
    {
        render::MapModel layers;
        layers.setProject(*m_project, m_dir.filePath(QStringLiteral("no-basemap.gpkg")));
        ui::ComparisonView view(&layers);
        view.setScenes(m_project->all<ImageryScene>());
        QCOMPARE(view.paneCount(), 2);
        // By default the two newest scenes, older on the left, labelled by date, provider and id.
        QCOMPARE(view.lockedScene(0), m_before);
        QCOMPARE(view.lockedScene(1), m_after);
        QCOMPARE(view.lockChoice(0)->itemText(0), QStringLiteral("2024-03-02 · Maxar · before.tif"));
        QCOMPARE(view.lockChoice(0)->itemText(1), QStringLiteral("2024-05-10 · Maxar · after.tif"));
        view.lockToScene(0, m_after); // and back, as an analyst would with the list
        QCOMPARE(view.lockedScene(0), m_after);
        view.lockToScene(0, m_before);
        view.resize(1000, 450);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setView(kUtm, kCentre, 1.0);
        QCOMPARE(view.canvas(1)->settings().center, kCentre);
        waitFor(view);
        QCOMPARE(centreOf(view.canvas(0)), kBefore);
        QCOMPARE(centreOf(view.canvas(1)), kAfter);
        sightline::test::keepScreenshot(view.grab(), QStringLiteral("sightline-compare.png"));

        // A drag of 100 pixels right and 40 down in the left map pans both.
        ui::MapCanvas *left = view.canvas(0);
        const QPoint from(left->width() / 2, left->height() / 2), to = from + QPoint(100, 40);
        QTest::mousePress(left, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), left->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(left, &move);
        QTest::mouseRelease(left, Qt::LeftButton, {}, to);
        const QPointF panned = kCentre + QPointF(-100, 40); // 1 m per widget pixel
        QCOMPARE(left->settings().center, panned);
        QCOMPARE(view.canvas(1)->settings().center, panned);

        // The wheel over the right map zooms both to the same scale.
        ui::MapCanvas *right = view.canvas(1);
        QWheelEvent wheel(QPointF(right->width() / 2.0, right->height() / 2.0), right->mapToGlobal(QPointF(10, 10)), {},
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(right, &wheel);
        QVERIFY(right->settings().mapUnitsPerPixel < 0.9);
        QCOMPARE(left->settings().mapUnitsPerPixel, right->settings().mapUnitsPerPixel);
        QCOMPARE(left->settings().center, right->settings().center);

        // The mouse leaves the maps: no cross anywhere. Back on the middle: still each its own scene.
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(left, &leave);
        view.setView(kUtm, kCentre, 1.0);
        waitFor(view);
        QCOMPARE(centreOf(view.canvas(0)), kBefore);
        QCOMPARE(centreOf(view.canvas(1)), kAfter);

        // The cursor over the left map is a cross at the same place in the right one.
        const QPoint at(left->width() / 2 + 60, left->height() / 2);
        QMouseEvent hover(QEvent::MouseMove, QPointF(at), left->mapToGlobal(QPointF(at)), Qt::NoButton, Qt::NoButton,
                          Qt::NoModifier);
        QApplication::sendEvent(left, &hover);
        const QImage marked = right->grab().toImage();
        const auto crossNear = [](const QImage &img, QPoint widgetPixel) { // the image counts device pixels
            const QPoint p = (QPointF(widgetPixel) * img.devicePixelRatio()).toPoint();
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const QColor c = img.pixelColor(p + QPoint(dx, dy));
                    if (c.red() > 180 && c.green() < 150 && c.blue() < 150) // red, over a blue scene
                        return true;
                }
            return false;
        };
        QVERIFY(crossNear(marked, at + QPoint(8, 0)));
        QVERIFY(crossNear(marked, at + QPoint(0, -8)));
        QVERIFY(!crossNear(marked, at + QPoint(8, 8))); // a cross, not a blot
        const QImage own = left->grab().toImage(); // none under the real cursor
        QCOMPARE(own.pixelColor(at + QPoint(8, 0)), kBefore);
        QCOMPARE(own.pixelColor(at + QPoint(0, -8)), kBefore);
    }

    void panesLockedToADateAndAThirdPane()
    {
        render::MapModel layers;
        layers.setProject(*m_project, m_dir.filePath(QStringLiteral("no-basemap.gpkg")));
        ui::ComparisonView view(&layers);
        view.setScenes(m_project->all<ImageryScene>());
        view.resize(1000, 450);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setView(kUtm, kCentre, 1.0);
        // At a date between the two: the map as it was, with the older scene only.
        view.lockToDate(1, QDate(2024, 4, 1));
        QVERIFY(view.lockedScene(1).isNull());
        waitFor(view);
        QCOMPARE(centreOf(view.canvas(1)), kBefore);
        view.lockToDate(1, QDate(2024, 5, 10)); // the day of the newer one: it is on top
        waitFor(view);
        QCOMPARE(centreOf(view.canvas(1)), kAfter);
        view.lockToDate(1, QDate(2024, 1, 1)); // before both: no imagery
        waitFor(view);
        QCOMPARE(centreOf(view.canvas(1)), view.canvas(1)->settings().background);

        // A window of its own: the map shows what that window does, whatever the others show; a
        // bad date is refused under the pane and the map keeps its window.
        QString why;
        QVERIFY(view.lockToWindow(1, QStringLiteral("2024-03"), QStringLiteral("2024-04")));
        QVERIFY(view.lockedScene(1).isNull());
        QCOMPARE(view.paneWindow(1), *TimeWindow::parse(QStringLiteral("2024-03"), QStringLiteral("2024-04"), nullptr));
        waitFor(view);
        QCOMPARE(centreOf(view.canvas(1)), kBefore);
        QVERIFY(view.lockToWindow(1, QStringLiteral("2024-05"), QString())); // open at the end
        waitFor(view);
        QCOMPARE(centreOf(view.canvas(1)), kAfter);
        QVERIFY(view.lockToWindow(1, QStringLiteral("2023"), QStringLiteral("2023"))); // before both
        waitFor(view);
        QCOMPARE(centreOf(view.canvas(1)), view.canvas(1)->settings().background);
        QVERIFY(!view.lockToWindow(1, QStringLiteral("2024-02-30"), QString(), &why));
        QVERIFY2(why.contains(QStringLiteral("2024-02-30")) && why.contains(QStringLiteral("accepted forms")),
                 qPrintable(why));
        QCOMPARE(view.paneProblem(1), why);
        QCOMPARE(view.paneWindow(1), *TimeWindow::parse(QStringLiteral("2023"), QStringLiteral("2023"), nullptr));
        QVERIFY(!view.lockToWindow(1, QStringLiteral("2024-06"), QStringLiteral("2024-01"), &why)); // ends before it starts
        QVERIFY(why.contains(QStringLiteral("ends before")));
        // The other pane keeps its scene and all of time.
        QCOMPARE(view.lockedScene(0), m_before);
        QVERIFY(view.paneWindow(0).isOpen());
        view.lockToDate(1, QDate(2024, 5, 10));
        QVERIFY(view.paneProblem(1).isEmpty());

        // A third map shows the same place, and follows.
        view.addPane();
        QCOMPARE(view.paneCount(), 3);
        QCOMPARE(view.canvas(2)->settings().center, kCentre);
        view.canvas(2)->panByWidgetPixels({-50, 0}); // 50 widget pixels of 1 m
        QCOMPARE(view.canvas(0)->settings().center, kCentre + QPointF(50, 0));
        for (int i = 0; i < 3; ++i)
            view.addPane();
        QCOMPARE(view.paneCount(), ui::ComparisonView::kMaxPanes);
        waitFor(view);
        sightline::test::keepScreenshot(view.grab(), QStringLiteral("sightline-compare4.png"));
    }
};

QTEST_MAIN(TestLinkedViews)
#include "tst_linkedviews.moc"
