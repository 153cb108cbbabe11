// A scene's display settings edited in the dialog and saved as an undoable command: the dialog
// gives back what was set, refuses unsound values, and undo puts the old settings back; a scene
// read from a real raster is imported as a command and undone away.
#include "support/screenshots.h"
#include "support/testrasters.h"

#include "sightline/edit/recordcommands.h"
#include "sightline/store/scenefiles.h"
#include "sightline/ui/scenedisplaydialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestSceneDisplayDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void dialogGivesBackWhatWasSet()
    {
        ImageryScene scene;
        scene.filePath = QStringLiteral("imagery/tumangang.tif");
        scene.bandCount = 4;
        scene.display.bands = {4, 3, 2};
        scene.display.stretch = SceneDisplay::Stretch::Percentile;
        scene.display.percentLow = 1;
        scene.display.percentHigh = 99;
        scene.display.gamma = 1.3;
        scene.display.opacity = 0.8;
        ui::SceneDisplayDialog dialog(scene);
        QCOMPARE(dialog.display(), scene.display);
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("tumangang.tif")));

        // Back to the defaults, then one band in grey.
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.display(), SceneDisplay());
        const auto spins = dialog.findChildren<QSpinBox *>();
        QCOMPARE(spins.size(), 3);
        spins[0]->setValue(2);
        QCOMPARE(dialog.display().bands, (std::array<int, 3>{2, 2, 2}));
        QCOMPARE(spins[0]->maximum(), 4); // no band beyond the file's

        // Percentiles that do not rise are refused, with the reason shown.
        SceneDisplay bad;
        bad.stretch = SceneDisplay::Stretch::Percentile;
        bad.percentLow = 60;
        bad.percentHigh = 40;
        dialog.setDisplay(bad);
        dialog.show();
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        bool shown = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            shown |= l->text().contains(QStringLiteral("percentiles must rise"));
        QVERIFY(shown);
        sightline::test::keepScreenshot(dialog.grab(), QStringLiteral("sightline-scene-display-dialog.png"));
    }

    void importAndDisplayAreUndoable()
    {
        const QString image = m_dir.filePath(QStringLiteral("scene.tif"));
        QVERIFY(test::makeRaster(image, test::RasterSpec{}));
        edit::Document doc(Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("t"), QStringLiteral("a")));
        const ImageryScene read = store::readScene(doc.project(), image).scene;
        QCOMPARE(doc.project().count(RecordType::Scene), 0); // read, not saved
        QVERIFY(doc.push(new edit::SaveRecordCommand<ImageryScene>(doc, read, QStringLiteral("Import"))).isEmpty());
        QCOMPARE(doc.project().count(RecordType::Scene), 1);

        ImageryScene changed = *doc.project().find<ImageryScene>(read.meta.id);
        changed.display.opacity = 0.4;
        changed.display.gamma = 2.0;
        QVERIFY(doc.push(new edit::SaveRecordCommand<ImageryScene>(doc, changed, QStringLiteral("Display"))).isEmpty());
        QCOMPARE(doc.project().find<ImageryScene>(read.meta.id)->display.opacity, 0.4);
        doc.undoStack().undo();
        QVERIFY(doc.project().find<ImageryScene>(read.meta.id)->display.isDefault());
        doc.undoStack().redo();
        QCOMPARE(doc.project().find<ImageryScene>(read.meta.id)->display.gamma, 2.0);

        // Unsound settings never enter the history.
        changed.display.gamma = 0;
        const int steps = doc.undoStack().count();
        QVERIFY(!doc.push(new edit::SaveRecordCommand<ImageryScene>(doc, changed, QStringLiteral("Bad"))).isEmpty());
        QCOMPARE(doc.undoStack().count(), steps);

        doc.undoStack().undo();
        doc.undoStack().undo();
        QCOMPARE(doc.project().count(RecordType::Scene), 0);
    }
};

QTEST_MAIN(TestSceneDisplayDialog)
#include "tst_scenedisplaydialog.moc"
