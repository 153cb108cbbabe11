// The map canvas driven as a user would, headless: zoom toward the cursor, drag to pan, keys,
// CRS switch, frames that arrive from the background renderer, and the tools that get its
// events (measure, zoom box, a tool of the test's own). Also run with QT_SCALE_FACTOR=2: every
// position here is in widget pixels, whatever the device pixel ratio.
#include "sightline/geo/geodesy.h"
#include "sightline/render/recordlayers.h"
#include "sightline/render/symbols.h"
#include "sightline/render/transformcache.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/measuretool.h"
#include "sightline/ui/pantool.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/zoomboxtool.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace sightline;

namespace {
// A tool of the test's own: what a later tool (annotation, timeline) would be.
class RecordingTool : public ui::MapTool
{
public:
    using MapTool::MapTool;
    QList<QPointF> presses, releases;
    int keys = 0;
    void mousePress(QMouseEvent *e) override { presses << e->position(); }
    void mouseRelease(QMouseEvent *e) override { releases << e->position(); }
    bool keyPress(QKeyEvent *e) override
    {
        ++keys;
        return e->key() == Qt::Key_Right; // takes the arrow, leaves the others to the canvas
    }
    void drawOverlay(QPainter &p) const override
    {
        for (const QPointF &at : presses)
            p.fillRect(QRectF(at - QPointF(4, 4), QSizeF(8, 8)), Qt::magenta);
    }
    QString statusText() const override { return QStringLiteral("%1 presses").arg(presses.size()); }
};
const GeoPoint kTumangang{130.6026, 42.4217};
} // namespace

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
        s.location = kTumangang;
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
        // Map units per widget pixel: the settings count device pixels.
        const double r = m_canvas->settings().mapUnitsPerPixel * m_canvas->devicePixelRatioF();
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
        auto *distance = new ui::MeasureTool(m_canvas.get(), ui::MeasureTool::Mode::Distance);
        auto *areaTool = new ui::MeasureTool(m_canvas.get(), ui::MeasureTool::Mode::Area);
        QSignalSpy spy(distance, &ui::MeasureTool::measurementChanged);
        QSignalSpy status(m_canvas.get(), &ui::MapCanvas::toolStatusChanged);
        m_canvas->setTool(distance);
        QCOMPARE(m_canvas->cursor().shape(), Qt::CrossCursor);
        const QPoint a(100, 100), b(400, 300), c(400, 100);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, a);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, b);
        QTest::mouseClick(m_canvas.get(), Qt::RightButton, {}, b);
        const double expected = geo::geodesicDistanceMeters(*m_canvas->lonLatAt(a), *m_canvas->lonLatAt(b));
        QVERIFY(spy.count() > 0);
        QVERIFY(std::abs(spy.last().at(0).toDouble() - expected) < 0.01);
        QCOMPARE(spy.last().at(2).toInt(), 2);
        // The status line says it in metres, kilometres and nautical miles.
        QVERIFY(status.count() > 0);
        QVERIFY2(status.last().first().toString().contains(QStringLiteral("%1 km").arg(expected / 1000, 0, 'f', 3)),
                 qPrintable(status.last().first().toString()));
        // The line is drawn over the map, in widget pixels.
        const QImage shot = m_canvas->grab().toImage();
        const QPoint mid = ((QPointF(a) + QPointF(b)) / 2 * shot.devicePixelRatio()).toPoint();
        bool red = false;
        for (int dy = -3; dy <= 3; ++dy)
            for (int dx = -3; dx <= 3; ++dx) {
                const QColor px = shot.pixelColor(mid + QPoint(dx, dy));
                red = red || (px.red() > 200 && px.green() < 100 && px.blue() < 110);
            }
        QVERIFY2(red, "the measured line is not drawn between its points");

        QSignalSpy areaSpy(areaTool, &ui::MeasureTool::measurementChanged);
        m_canvas->setTool(areaTool);
        for (QPoint p : {a, b, c})
            QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, p);
        QTest::mouseClick(m_canvas.get(), Qt::RightButton, {}, c);
        const double area = geo::geodesicAreaSquareMeters({*m_canvas->lonLatAt(a), *m_canvas->lonLatAt(b), *m_canvas->lonLatAt(c)});
        QVERIFY(area > 0);
        QVERIFY(std::abs(areaSpy.last().at(1).toDouble() - area) < 1.0);
        QVERIFY(m_canvas->tool()->statusText().startsWith(QStringLiteral("area ")));

        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QCOMPARE(areaSpy.last().at(2).toInt(), 0);
        QVERIFY(areaTool->points().isEmpty());
        // Switching tools ends a measurement.
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, a);
        QCOMPARE(areaTool->points().size(), 1);
        m_canvas->setTool(nullptr);
        QCOMPARE(m_canvas->tool(), m_canvas->panTool());
        QVERIFY(areaTool->points().isEmpty());
    }

    void clickIdentifiesAndShiftDragZoomsToABox()
    {
        QSignalSpy clicks(m_canvas->panTool(), &ui::PanTool::clicked);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(200, 150));
        QCOMPARE(clicks.count(), 1);
        QCOMPARE(clicks.first().first().toPointF(), QPointF(200, 150));

        const double before = m_canvas->settings().mapUnitsPerPixel;
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(100, 100));
        QTest::mouseMove(m_canvas.get(), QPoint(260, 220));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(260, 220));
        QVERIFY(m_canvas->settings().mapUnitsPerPixel < before / 2);
        QCOMPARE(clicks.count(), 1); // a zoom box is no click

        // A double click zooms in twice as close, keeping the place under the cursor.
        const QPointF at(220, 170);
        const GeoPoint there = *m_canvas->lonLatAt(at);
        const double r = m_canvas->settings().mapUnitsPerPixel;
        QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, at.toPoint());
        QVERIFY(std::abs(m_canvas->settings().mapUnitsPerPixel - r / 2) < 1e-9 * r);
        const GeoPoint still = *m_canvas->lonLatAt(at);
        QVERIFY(std::abs(still.lon - there.lon) < 1e-7 && std::abs(still.lat - there.lat) < 1e-7);
        waitForFrame();
    }

    void zoomBoxToolShowsTheBox()
    {
        ui::ZoomBoxTool tool(m_canvas.get());
        m_canvas->setTool(&tool);
        // A box a quarter of the view's width and height: the view shows it, about four times closer.
        const QPointF topLeft(240, 180), bottomRight(400, 300);
        const GeoPoint a = *m_canvas->lonLatAt(topLeft), b = *m_canvas->lonLatAt(bottomRight);
        const double before = m_canvas->settings().mapUnitsPerPixel;
        const QPointF centre = m_canvas->mapPointAt((topLeft + bottomRight) / 2);
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, topLeft.toPoint());
        QTest::mouseMove(m_canvas.get(), QPoint(320, 240));
        QVERIFY(m_canvas->settings().mapUnitsPerPixel == before); // the map waits for the release
        QTest::mouseMove(m_canvas.get(), bottomRight.toPoint());
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, bottomRight.toPoint());
        QVERIFY2(std::abs(m_canvas->settings().mapUnitsPerPixel / before - 0.25) < 0.01,
                 qPrintable(QString::number(m_canvas->settings().mapUnitsPerPixel / before)));
        QVERIFY(QLineF(m_canvas->settings().center, centre).length() < before);
        // Its corners are now the view's corners.
        const GeoPoint nowA = *m_canvas->lonLatAt(QPointF(0, 0));
        const GeoPoint nowB = *m_canvas->lonLatAt(QPointF(m_canvas->width(), m_canvas->height()));
        QVERIFY(std::abs(nowA.lon - a.lon) < 1e-3 && std::abs(nowB.lat - b.lat) < 1e-3);
        m_canvas->setTool(nullptr);
        waitForFrame();
    }

    void aToolOfItsOwnGetsTheEventsAndDraws()
    {
        RecordingTool tool(m_canvas.get());
        QSignalSpy status(m_canvas.get(), &ui::MapCanvas::toolStatusChanged);
        m_canvas->setTool(&tool);
        QCOMPARE(status.last().first().toString(), QStringLiteral("0 presses"));
        const QPointF center = m_canvas->settings().center;
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(m_canvas.get(), QPoint(340, 230));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(340, 230));
        QCOMPARE(tool.presses, QList<QPointF>{QPointF(300, 200)});
        QCOMPARE(tool.releases, QList<QPointF>{QPointF(340, 230)});
        QCOMPARE(m_canvas->settings().center, center); // this tool does not pan
        // Its overlay is drawn where it was pressed, in widget pixels.
        const QImage shot = m_canvas->grab().toImage();
        QCOMPARE(shot.pixelColor((QPointF(300, 200) * shot.devicePixelRatio()).toPoint()), QColor(Qt::magenta));
        // Keys go to the tool first; those it leaves still pan and zoom.
        QTest::keyClick(m_canvas.get(), Qt::Key_Right);
        QCOMPARE(m_canvas->settings().center, center);
        const double r = m_canvas->settings().mapUnitsPerPixel;
        QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
        QVERIFY(m_canvas->settings().mapUnitsPerPixel < r);
        QCOMPARE(tool.keys, 2);
        m_canvas->setTool(nullptr);
        waitForFrame();
    }

    void widgetPixelsAtAnyDevicePixelRatio()
    {
        // lonLatAt and widgetPixelOf agree, and a click on the site's symbol picks the site.
        const QPointF at = m_canvas->widgetPixelOf(kTumangang);
        QVERIFY(QRectF(m_canvas->rect()).contains(at));
        const GeoPoint back = *m_canvas->lonLatAt(at);
        QVERIFY(std::abs(back.lon - kTumangang.lon) < 1e-9 && std::abs(back.lat - kTumangang.lat) < 1e-9);
        const double dpr = m_canvas->devicePixelRatioF();
        QCOMPARE(m_canvas->settings().outputSize, (QSizeF(m_canvas->size()) * dpr).toSize());
        QVERIFY(m_canvas->recordsAt(at).size() == 1);
        QVERIFY(m_canvas->recordsAt(at + QPointF(40, 40)).isEmpty());
        ui::SelectionModel selection;
        ui::PanTool pick(m_canvas.get(), &selection);
        m_canvas->setTool(&pick);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(selection.selected().size(), 1);
        QCOMPARE(selection.selected().first().type, RecordType::Site);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, (at + QPointF(40, 40)).toPoint());
        QVERIFY(selection.selected().isEmpty());
        m_canvas->setTool(nullptr);

        // A view set by resolution (a bookmark) shows the same ground per widget pixel at any ratio.
        QVERIFY(m_canvas->setView(QStringLiteral("EPSG:32652"), QPointF(552500, 4696500), 2.0));
        QCOMPARE(m_canvas->mapUnitsPerWidgetPixel(), 2.0);
        QCOMPARE(m_canvas->mapPointAt(QPointF(100, 50)).x() - m_canvas->mapPointAt(QPointF(0, 50)).x(), 200.0);
        QCOMPARE(m_canvas->settings().mapUnitsPerPixel, 2.0 / dpr);
        m_canvas->zoomToLonLat(GeoBounds{130.55, 42.38, 130.68, 42.46});
        waitForFrame();
    }

    void scaleIsGroundOverScreenDistance()
    {
        // Measured independently: the ground across the middle of the view, against the width of
        // the view on this screen (its physical density counts device-independent pixels).
        const double w = m_canvas->width();
        const double h = m_canvas->height() / 2.0;
        const double ground = geo::geodesicDistanceMeters(*m_canvas->lonLatAt({w / 2 - 50, h}), *m_canvas->lonLatAt({w / 2 + 50, h}));
        const double onScreen = 100 / m_canvas->screen()->physicalDotsPerInch() * 0.0254;
        const double expected = ground / onScreen;
        QVERIFY2(std::abs(m_canvas->scaleDenominator() / expected - 1) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(m_canvas->scaleDenominator()).arg(expected)));
        qInfo("scale 1:%.0f at device pixel ratio %.1f, %.1f dpi (device-independent pixels)", m_canvas->scaleDenominator(),
              m_canvas->devicePixelRatioF(), m_canvas->screen()->physicalDotsPerInch());
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
