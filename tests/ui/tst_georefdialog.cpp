// The georeference dialog: clicks on the image add numbered points, clicks on the map place them,
// the residuals and their RMS follow; too few points say so and cannot be saved; Save as scene
// adds one scene that undo removes.
#include "support/screenshots.h"
#include "support/testrasters.h"

#include "sightline/edit/document.h"
#include "sightline/geo/transform.h"
#include "sightline/render/rasterlayer.h"
#include "sightline/store/scenefiles.h"
#include "sightline/ui/gcptablemodel.h"
#include "sightline/ui/georeferencedialog.h"
#include "sightline/ui/georefimageview.h"
#include "sightline/ui/mapcanvas.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sightline;

class TestGeorefDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void clicksPlacePointsAndSavingAddsAnUndoableScene()
    {
        // A reference scene on the map (UTM 52N, 2 m pixels) and a screenshot of part of it
        // without georeferencing: image pixel (x, y) is at 552200 + 2x, 4696900 - 2y.
        test::RasterSpec reference;
        reference.width = reference.height = 1000;
        const QString referenceFile = m_dir.filePath(QStringLiteral("reference.tif"));
        QVERIFY(test::makeRaster(referenceFile, reference));
        test::RasterSpec shot;
        shot.width = 600;
        shot.height = 400;
        shot.crs.clear();
        shot.gradient = true;
        shot.values = {20, 60, 10, 255};
        const QString image = m_dir.filePath(QStringLiteral("screenshot.tif"));
        QVERIFY(test::makeRaster(image, shot));
        auto project = Project::create(m_dir.filePath(QStringLiteral("case.gpkg")), QStringLiteral("t"), QStringLiteral("a"));
        store::importScene(*project, referenceFile);
        edit::Document doc(std::move(project));

        render::MapSettings view;
        view.crs = QStringLiteral("EPSG:32652");
        view.center = QPointF(552800, 4696500);
        view.mapUnitsPerPixel = 3.0;
        QString error;
        auto g = geo::Georeferencer::open(image, &error);
        QVERIFY2(g, qPrintable(error));
        ui::GeoreferenceDialog dialog(
            doc, *g, {std::make_shared<render::RasterLayer>(render::RasterLayer::sourcesOf(doc.project()))}, view);
        dialog.resize(1200, 800);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.defaultOutputPath(), m_dir.filePath(QStringLiteral("screenshot.georef.tif")));
        ui::MapCanvas *canvas = dialog.mapCanvas();
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering() && !canvas->frame().isNull(), 20000);
        QVERIFY(!dialog.saveButton()->isEnabled());

        const auto toLonLat = geo::CoordinateTransform::create(QStringLiteral("EPSG:32652"), QStringLiteral("EPSG:4326"));
        QVERIFY(toLonLat);
        const QList<QPointF> pixels{{40, 30}, {560, 50}, {550, 370}, {60, 350}, {300, 200}};
        ui::GcpTableModel *model = dialog.points();
        for (int i = 0; i < pixels.size(); ++i) {
            QTest::mouseClick(dialog.imageView(), Qt::LeftButton, {},
                              dialog.imageView()->widgetPosition(pixels[i]).toPoint());
            QCOMPARE(model->rowCount(), i + 1);
            QVERIFY((model->points()[i].pixel - pixels[i]).manhattanLength() < 2);
            QVERIFY(!model->points()[i].lonLat);
            if (i == 1) { // two placed so far: the dialog says a third is needed
                QVERIFY2(dialog.rmsLabel()->text().contains(QStringLiteral("needs at least 3")),
                         qPrintable(dialog.rmsLabel()->text()));
            }
            const QPointF ground(552200 + 2 * pixels[i].x(), 4696900 - 2 * pixels[i].y());
            // The settings speak device pixels; the mouse, widget pixels.
            const QPointF at = canvas->settings().toPixel(ground) / canvas->devicePixelRatioF();
            QTest::mouseClick(canvas, Qt::LeftButton, {}, at.toPoint());
            QVERIFY(model->points()[i].lonLat);
            const QPointF expected = *toLonLat->forward(ground);
            const QPointF got = *model->points()[i].lonLat;
            QVERIFY2(std::abs(got.x() - expected.x()) < 5e-5 && std::abs(got.y() - expected.y()) < 5e-5,
                     qPrintable(QStringLiteral("%1 %2").arg(got.x(), 0, 'f', 6).arg(got.y(), 0, 'f', 6)));
        }
        // Five points placed to within a widget pixel: small residuals, shown in the table.
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.rmsLabel()->text().contains(QStringLiteral(" px")), qPrintable(dialog.rmsLabel()->text()));
        for (int i = 0; i < pixels.size(); ++i) {
            QVERIFY(model->points()[i].residual);
            QVERIFY2(model->points()[i].residual->pixels < 3, qPrintable(QString::number(model->points()[i].residual->pixels)));
            QVERIFY(!model->index(i, ui::GcpTableModel::ResidualPixels).data().toString().isEmpty());
        }
        sightline::test::keepScreenshot(dialog.grab(), QStringLiteral("sightline-georefdialog.png"));

        // A second-order polynomial needs six: the dialog says so and will not save.
        dialog.methodBox()->setCurrentIndex(1);
        QVERIFY(dialog.rmsLabel()->text().contains(QStringLiteral("needs at least 6")));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(model->index(0, ui::GcpTableModel::ResidualPixels).data().toString().isEmpty());
        dialog.methodBox()->setCurrentIndex(0);

        // A point typed far off shows as the one with the large residual.
        QTest::mouseClick(dialog.imageView(), Qt::LeftButton, {}, dialog.imageView()->widgetPosition({300, 60}).toPoint());
        QVERIFY(model->setData(model->index(5, ui::GcpTableModel::Lon), 129.70));
        QVERIFY(model->setData(model->index(5, ui::GcpTableModel::Lat), 42.41));
        QVERIFY(model->points()[5].residual && model->points()[5].residual->pixels > 50);
        QVERIFY(!model->setData(model->index(5, ui::GcpTableModel::Lat), QStringLiteral("north")));
        model->removePoint(5);
        QCOMPARE(model->rowCount(), 5);

        // Never over the file of a scene the project has.
        const QByteArray referenceHash = store::fileSha256(referenceFile);
        QVERIFY(!dialog.saveAs(referenceFile, &error));
        QVERIFY2(error.contains(QStringLiteral("is the file of a scene")), qPrintable(error));
        QCOMPARE(store::fileSha256(referenceFile), referenceHash);
        QCOMPARE(doc.project().count(RecordType::Scene), 1);

        // The same rule as sightline-cli georeference: a file already there is kept unless the
        // analyst said to replace it.
        const QString out = dialog.defaultOutputPath();
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a scene yet");
        }
        const QByteArray mine = store::fileSha256(out);
        QVERIFY(!dialog.saveAs(out, &error));
        QVERIFY2(error == out + QStringLiteral(": already exists; choose another name (it is not written over)"),
                 qPrintable(error));
        QCOMPARE(store::fileSha256(out), mine);
        QCOMPARE(doc.project().count(RecordType::Scene), 1);
        QVERIFY2(dialog.saveAs(out, &error, interop::ExistingOutput::Replace), qPrintable(error));
        QCOMPARE(doc.project().count(RecordType::Scene), 2);
        QVERIFY(store::fileSha256(out) != mine);
        // Replace never reaches a scene's own file.
        QVERIFY(!dialog.saveAs(referenceFile, &error, interop::ExistingOutput::Replace));
        QCOMPARE(store::fileSha256(referenceFile), referenceHash);
        const auto added = doc.project().all<ImageryScene>();
        const auto it = std::find_if(added.begin(), added.end(), [](const ImageryScene &s) {
            return s.filePath == QLatin1String("screenshot.georef.tif");
        });
        QVERIFY(it != added.end());
        QVERIFY(it->notes.contains(QStringLiteral("through 5 ground control points in EPSG:4326")));
        // The scene lies where the points say: its centre near the screenshot's centre on the ground.
        const GeoBounds b = it->footprint.bounds();
        const QPointF centre = *toLonLat->forward(QPointF(552200 + 600, 4696900 - 400));
        QVERIFY(std::abs((b.minLon + b.maxLon) / 2 - centre.x()) < 1e-4);
        QVERIFY(std::abs((b.minLat + b.maxLat) / 2 - centre.y()) < 1e-4);

        doc.undoStack().undo();
        QCOMPARE(doc.project().count(RecordType::Scene), 1);
        doc.undoStack().redo();
        QCOMPARE(doc.project().count(RecordType::Scene), 2);
    }
};

QTEST_MAIN(TestGeorefDialog)
#include "tst_georefdialog.moc"
