// The swipe: left of the line the map without imagery, right of it with; the line follows a drag.
#include "support/screenshots.h"
#include "support/testrasters.h"

#include "sightline/render/rasterlayer.h"
#include "sightline/render/recordlayers.h"
#include "sightline/render/transformcache.h"
#include "sightline/store/scenefiles.h"
#include "sightline/ui/mapcanvas.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestSwipe : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void imageryOnlyRightOfTheLine()
    {
        // A red scene filling the view.
        test::RasterSpec spec;
        spec.width = spec.height = 1000;
        spec.pixelSize = 1.0;
        const QString image = m_dir.filePath(QStringLiteral("scene.tif"));
        QVERIFY(test::makeRaster(image, spec));
        auto project = Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("t"), QStringLiteral("a"));
        store::importScene(*project, image);

        ui::MapCanvas canvas;
        canvas.resize(400, 300);
        canvas.setLayers({std::make_shared<render::RasterLayer>(render::RasterLayer::sourcesOf(*project))});
        QString why;
        QVERIFY2(canvas.setView(QStringLiteral("EPSG:32652"), QPointF(552500, 4696500), 1.0, &why), qPrintable(why));
        canvas.setSwipe(true);
        QTRY_VERIFY_WITH_TIMEOUT(!canvas.isRendering() && !canvas.frame().isNull(), 20000);
        const QColor red(200, 40, 30);
        QImage shot = canvas.grab().toImage();
        QCOMPARE(shot.pixelColor(300, 150), red);                          // right: imagery
        QCOMPARE(shot.pixelColor(100, 150), canvas.settings().background); // left: none

        // Drag the line to the right: more of the map without imagery.
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(200, 150));
        QMouseEvent move(QEvent::MouseMove, QPointF(350, 150), canvas.mapToGlobal(QPointF(350, 150)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&canvas, &move);
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(350, 150));
        QVERIFY(std::abs(canvas.swipeFraction() - 350.0 / 400) < 0.01);
        QCOMPARE(canvas.settings().center, QPointF(552500, 4696500)); // the drag did not pan
        shot = canvas.grab().toImage();
        QCOMPARE(shot.pixelColor(300, 150), canvas.settings().background);
        QCOMPARE(shot.pixelColor(380, 150), red);
        sightline::test::keepScreenshot(shot, QStringLiteral("sightline-swipe.png"));

        canvas.setSwipe(false);
        QTRY_VERIFY_WITH_TIMEOUT(!canvas.isRendering(), 20000);
        QCOMPARE(canvas.grab().toImage().pixelColor(100, 150), red);
    }
};

QTEST_MAIN(TestSwipe)
#include "tst_swipe.moc"
