// The map canvas driven as a user would, headless: zoom toward the cursor, drag to pan, keys,
// CRS switch, and frames that arrive from the background renderer.
#include "sightline/geo/geodesy.h"
#include "sightline/render/recordlayers.h"
#include "sightline/render/symbols.h"
#include "sightline/render/transformcache.h"
#include "sightline/ui/mapcanvas.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace sightline;

class TestMapCanvas : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MapCanvas> m_canvas;

    void waitForFrame()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_canvas->isRendering() && !m_canvas->frame().isNull(), 10000);
    }

private slots:
    void init()
    {
        m_canvas = std::make_unique<ui::MapCanvas>();
        m_canvas->resize(640, 480);
        Site s;
        s.meta.id = QUuid::createUuid();
        s.name = QStringLiteral("Tumangang");
        s.kind = SiteKind::RailYard;
        s.location = {130.6026, 42.4217};
        m_canvas->setLayers({std::make_shared<render::SiteLayer>(QList<Site>{s})});
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->zoomToLonLat(GeoBounds{130.55, 42.38, 130.68, 42.46});
        waitForFrame();
    }

    void wheelZoomsTowardTheCursor()
    {
        const QPointF cursor(100, 120);
        const GeoPoint before = *m_canvas->lonLatAt(cursor);
        const double resolution = m_canvas->settings().mapUnitsPerPixel;
        QWheelEvent wheel(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_canvas.get(), &wheel);
        QVERIFY(m_canvas->settings().mapUnitsPerPixel < resolution);
        const GeoPoint after = *m_canvas->lonLatAt(cursor);
        QVERIFY(std::abs(after.lon - before.lon) < 1e-7 && std::abs(after.lat - before.lat) < 1e-7);
        waitForFrame();
    }

    void dragPansByTheDraggedDistance()
    {
        const QPointF center = m_canvas->settings().center;
        const double r = m_canvas->settings().mapUnitsPerPixel;
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(m_canvas.get(), QPoint(340, 230));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(340, 230));
        const QPointF moved = m_canvas->settings().center - center;
        QVERIFY(std::abs(moved.x() + 40 * r) < 1e-6 * r + 1e-9);
        QVERIFY(std::abs(moved.y() - 30 * r) < 1e-6 * r + 1e-9);
        waitForFrame();
        QVERIFY(m_canvas->tileCache().count() > 0);
    }

    void keysPanAndZoom()
    {
        const auto start = m_canvas->settings();
        QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
        QVERIFY(m_canvas->settings().mapUnitsPerPixel < start.mapUnitsPerPixel);
        QTest::keyClick(m_canvas.get(), Qt::Key_Minus);
        QVERIFY(std::abs(m_canvas->settings().mapUnitsPerPixel - start.mapUnitsPerPixel) < 1e-9 * start.mapUnitsPerPixel);
        QTest::keyClick(m_canvas.get(), Qt::Key_Right);
        QVERIFY(m_canvas->settings().center.x() > start.center.x());
        waitForFrame();
    }

    void frameShowsTheSite()
    {
        const QImage &f = m_canvas->frame();
        const auto &s = m_canvas->settings();
        const QPoint at = s.toPixel(*render::cachedTransform(QStringLiteral("EPSG:4326"), s.crs)->forward(QPointF(130.6026, 42.4217)))
                              .toPoint();
        // The rail yard's symbol is drawn where the site is, and not at the corner.
        QVERIFY2(f.pixelColor(at) == render::siteKindColor(SiteKind::RailYard) ||
                     f.pixelColor(at + QPoint(0, 3)) == render::siteKindColor(SiteKind::RailYard),
                 qPrintable(f.pixelColor(at).name()));
        QCOMPARE(f.pixelColor(2, 2), s.background);
    }

    void crsSwitchKeepsThePlace()
    {
        const QPointF mid(m_canvas->width() / 2.0, m_canvas->height() / 2.0);
        const GeoPoint before = *m_canvas->lonLatAt(mid);
        QVERIFY(m_canvas->setCrs(QStringLiteral("EPSG:32652")));
        const GeoPoint after = *m_canvas->lonLatAt(mid);
        QVERIFY(std::abs(after.lon - before.lon) < 1e-6 && std::abs(after.lat - before.lat) < 1e-6);
        QString why;
        QVERIFY(!m_canvas->setCrs(QStringLiteral("EPSG:999999"), &why));
        QVERIFY(!why.isEmpty());
        QCOMPARE(m_canvas->settings().crs, QStringLiteral("EPSG:32652"));
        waitForFrame();
    }

    void measuresGeodesicDistanceAndArea()
    {
        QSignalSpy spy(m_canvas.get(), &ui::MapCanvas::measurementChanged);
        m_canvas->setTool(ui::MapCanvas::Tool::MeasureDistance);
        const QPoint a(100, 100), b(400, 300), c(400, 100);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, a);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, b);
        QTest::mouseClick(m_canvas.get(), Qt::RightButton, {}, b);
        const double expected = geo::geodesicDistanceMeters(*m_canvas->lonLatAt(a), *m_canvas->lonLatAt(b));
        QVERIFY(spy.count() > 0);
        QVERIFY(std::abs(spy.last().at(0).toDouble() - expected) < 0.01);
        QCOMPARE(spy.last().at(2).toInt(), 2);

        m_canvas->setTool(ui::MapCanvas::Tool::MeasureArea);
        for (QPoint p : {a, b, c})
            QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, p);
        QTest::mouseClick(m_canvas.get(), Qt::RightButton, {}, c);
        const double area = geo::geodesicAreaSquareMeters({*m_canvas->lonLatAt(a), *m_canvas->lonLatAt(b), *m_canvas->lonLatAt(c)});
        QVERIFY(area > 0);
        QVERIFY(std::abs(spy.last().at(1).toDouble() - area) < 1.0);

        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QCOMPARE(spy.last().at(2).toInt(), 0);
        QVERIFY(m_canvas->measurePoints().isEmpty());
        m_canvas->setTool(ui::MapCanvas::Tool::Pan);
    }

    void clickIdentifiesAndShiftDragZoomsToABox()
    {
        QSignalSpy clicks(m_canvas.get(), &ui::MapCanvas::clicked);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(200, 150));
        QCOMPARE(clicks.count(), 1);
        QCOMPARE(clicks.first().first().toPointF(), QPointF(200, 150));

        const double before = m_canvas->settings().mapUnitsPerPixel;
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(100, 100));
        QTest::mouseMove(m_canvas.get(), QPoint(260, 220));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(260, 220));
        QVERIFY(m_canvas->settings().mapUnitsPerPixel < before / 2);
        QCOMPARE(clicks.count(), 1); // a zoom box is no click
        waitForFrame();
    }

    void editToolAsksInsteadOfPanning()
    {
        m_canvas->setTool(ui::MapCanvas::Tool::EditSites);
        QSignalSpy clicked(m_canvas.get(), &ui::MapCanvas::editClicked);
        QSignalSpy dragged(m_canvas.get(), &ui::MapCanvas::editDragged);
        const QPointF center = m_canvas->settings().center;
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 200));
        QCOMPARE(clicked.count(), 1);
        const auto at = clicked.first().at(1).value<GeoPoint>();
        const GeoPoint expected = *m_canvas->lonLatAt(QPointF(300, 200));
        QVERIFY(std::abs(at.lon - expected.lon) < 1e-9 && std::abs(at.lat - expected.lat) < 1e-9);

        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseMove(m_canvas.get(), QPoint(180, 140));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(180, 140));
        QCOMPARE(dragged.count(), 1);
        QCOMPARE(dragged.first().at(0).toPointF(), QPointF(100, 100));
        QCOMPARE(m_canvas->settings().center, center); // the map did not move
        m_canvas->setTool(ui::MapCanvas::Tool::Pan);
    }

    void cursorReportsLonLat()
    {
        QSignalSpy spy(m_canvas.get(), &ui::MapCanvas::cursorMoved);
        QTest::mouseMove(m_canvas.get(), QPoint(320, 240));
        QTRY_VERIFY(spy.count() > 0);
        const auto p = spy.last().first().value<GeoPoint>();
        QVERIFY(std::abs(p.lon - 130.615) < 0.05 && std::abs(p.lat - 42.42) < 0.05);
    }
};

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
