// Scenes in the main window, headless: overviews offered after an import and built in the
// background (cancelled, leaving no file; completed, the map reading them), a scene's details
// edited in their form and undone, files embedded in the project from the menu and on import
// and undone, and the imagery layer's statistics kept across an unrelated edit.
#include "mainwindow.h"
#include "support/samplerecords.h"
#include "support/screenshots.h"
#include "support/testrasters.h"

#include "sightline/edit/recordcommands.h"
#include "sightline/edit/scenecommands.h"
#include "sightline/geo/overviewbuilder.h"
#include "sightline/render/rasterlayer.h"
#include "sightline/render/sceneraster.h"
#include "sightline/store/scenefiles.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/overviewbar.h"
#include "sightline/ui/scenedetailsdialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

using namespace sightline;

class TestScenes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_projects = 0;

    edit::Document &doc() const { return *m_window->document(); }

    // A fresh project in the window.
    void openNewProject()
    {
        const QString file = m_dir.filePath(QStringLiteral("p%1.gpkg").arg(++m_projects));
        Project::create(file, QStringLiteral("Scenes"), QStringLiteral("analyst"));
        QVERIFY(m_window->openProject(file));
    }

    // A 16-bit image big enough to want overviews (percentile stretch: statistics are computed).
    QString makeImage(const QString &name, int size = 4096)
    {
        test::RasterSpec s;
        s.width = s.height = size;
        s.bands = 1;
        s.type = GDT_UInt16;
        s.gradient = true;
        s.values = {1000, 0, 0, 0};
        const QString file = m_dir.filePath(name);
        return test::makeRaster(file, s) ? file : QString();
    }

    ImageryScene importOne(const QString &file)
    {
        const QStringList refused = m_window->importImageryFiles({file});
        if (!refused.isEmpty())
            qFatal("refused: %s", qPrintable(refused.join(u'\n')));
        const auto all = doc().project().all<ImageryScene>();
        return all.last();
    }

    void select(const ImageryScene &s) { m_window->selection()->select({{RecordType::Scene, s.meta.id}}); }

    void trigger(const char *name)
    {
        auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(a, name);
        a->trigger();
    }

    const render::RasterLayer *imageryLayer() const
    {
        for (const auto &l : m_window->canvas()->layers())
            if (const auto *r = dynamic_cast<const render::RasterLayer *>(l.get()))
                return r;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *embed = m_window->findChild<QAction *>(QStringLiteral("embedOnImport"));
        QVERIFY(embed);
        embed->setChecked(false);
    }

    void importOffersOverviewsAndCancelLeavesNoFile()
    {
        openNewProject();
        const QString file = makeImage(QStringLiteral("cancel.tif"));
        const QByteArray before = test::fileSha256(file);
        importOne(file);
        ui::OverviewBar *bar = m_window->overviewBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->buildButton()->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("cancel.tif")), qPrintable(bar->text()));

        QTest::mouseClick(bar->buildButton(), Qt::LeftButton);
        QVERIFY(bar->isBuilding());
        QVERIFY(bar->progressBar()->isVisible());
        QVERIFY(bar->cancelButton()->isVisible());
        // The window keeps answering while the build runs: the progress reaches it.
        QTRY_VERIFY_WITH_TIMEOUT(bar->progressBar()->value() > 0, 30000);
        QVERIFY(bar->isBuilding());
        sightline::test::keepScreenshot(m_window->statusBar()->grab(), QStringLiteral("sightline-overview-progress.png"));
        QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isBuilding(), 30000);
        QVERIFY(!bar->isVisible());
        QVERIFY(!QFile::exists(geo::OverviewBuilder::overviewPath(file)));
        QCOMPARE(geo::OverviewBuilder::overviewCount(file), 0);
        QCOMPARE(test::fileSha256(file), before);
    }

    void cancelAfterTheBuildFinishedLeavesNoFile()
    {
        // The worker has written the whole .ovr and stopped, but the bar has not yet taken its
        // result when Cancel is pressed: cancelled still means no .ovr.
        openNewProject();
        const QString file = makeImage(QStringLiteral("late.tif"), 1024);
        const QByteArray before = test::fileSha256(file);
        importOne(file);
        ui::OverviewBar *bar = m_window->overviewBar();
        QSignalSpy built(bar, &ui::OverviewBar::built);
        QSignalSpy cancelled(bar, &ui::OverviewBar::cancelled);
        QVERIFY(bar->buildButton()->isVisible());
        QTest::mouseClick(bar->buildButton(), Qt::LeftButton);
        QVERIFY(bar->isBuilding());
        auto *worker = bar->findChild<QThread *>(QStringLiteral("overviews"));
        QVERIFY(worker);
        // Waiting here, without an event loop, holds back the bar's "finished" handler.
        QVERIFY(worker->wait(QDeadlineTimer(60000)));
        QVERIFY(QFile::exists(geo::OverviewBuilder::overviewPath(file)));
        QVERIFY(bar->isBuilding());
        QVERIFY(bar->cancelButton()->isVisible());
        bar->cancelButton()->click(); // as a press, and with no event loop in between
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isBuilding(), 30000);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(built.size(), 0);
        QVERIFY(!bar->isVisible());
        QVERIFY(!QFile::exists(geo::OverviewBuilder::overviewPath(file)));
        QCOMPARE(geo::OverviewBuilder::overviewCount(file), 0);
        QCOMPARE(test::fileSha256(file), before);
    }

    void anotherProjectWithdrawsTheOffer()
    {
        openNewProject();
        importOne(makeImage(QStringLiteral("offered.tif")));
        ui::OverviewBar *bar = m_window->overviewBar();
        QVERIFY(bar->isVisible());
        openNewProject();
        QVERIFY(!bar->isVisible());
        QVERIFY(!bar->isBuilding());
    }

    void buildFromTheMenuAndTheMapReadsTheOverviews()
    {
        openNewProject();
        const QString file = makeImage(QStringLiteral("build.tif"), 2048);
        const QByteArray before = test::fileSha256(file);
        const ImageryScene scene = importOne(file);
        QVERIFY(imageryLayer());
        QCOMPARE(imageryLayer()->overviewCount(scene.meta.id), 0);
        select(scene);
        trigger("buildOverviews");
        ui::OverviewBar *bar = m_window->overviewBar();
        QVERIFY(bar->isBuilding());
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isBuilding(), 60000);
        QVERIFY(QFile::exists(geo::OverviewBuilder::overviewPath(file)));
        QCOMPARE(test::fileSha256(file), before);
        // The layer was rebuilt and reads the new overviews (2048 → 1024, 512, 256).
        QTRY_COMPARE(imageryLayer()->overviewCount(scene.meta.id), 3);
        QVERIFY(!bar->isVisible());
        // Asking again says so instead of building.
        trigger("buildOverviews");
        QVERIFY(!bar->isBuilding());
    }

    void detailsFormEditsAndUndo()
    {
        openNewProject();
        const ImageryScene scene = importOne(makeImage(QStringLiteral("details.tif"), 256));
        select(scene);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::SceneDetailsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto set = [dialog](const char *name, const QString &text) {
                auto *e = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
                QVERIFY2(e, name);
                e->setText(text);
            };
            const auto problem = [dialog](const char *name) {
                const auto *l = dialog->findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Problem"));
                return l && l->isVisible() ? l->text() : QString();
            };
            // The scene's chain of custody, read only: its import is the latest entry.
            const auto *custody = dialog->findChild<QLabel *>(QStringLiteral("custody"));
            QVERIFY(custody);
            QVERIFY2(custody->text().startsWith(QStringLiteral("Custody: imported ")), qPrintable(custody->text()));
            QVERIFY(custody->toolTip().contains(QString::fromLatin1(scene.sha256.left(12))));
            set("provider", QStringLiteral("Airbus DS"));
            set("sceneId", QStringLiteral("DS_PNEO3_202310050214"));
            set("acquiredFrom", QStringLiteral("2023-10-05T02:14Z"));
            set("acquiredTo", QStringLiteral("2023-10-04T23:00Z"));
            set("sensor", QStringLiteral("Pléiades Neo 3"));
            set("offNadir", QStringLiteral("95"));
            set("cloud", QStringLiteral("120"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("licence"))->setPlainText(QStringLiteral("© Airbus DS 2023"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("notes"))->setPlainText(QStringLiteral("Tasked order"));
            dialog->accept(); // refused: three fields are unsound
            QVERIFY(dialog->isVisible());
            QVERIFY2(problem("acquiredTo").contains(QStringLiteral("after its start")), qPrintable(problem("acquiredTo")));
            QVERIFY(problem("offNadir").contains(QStringLiteral("0 to 90")));
            QVERIFY(problem("cloud").contains(QStringLiteral("0 to 100")));
            QVERIFY(problem("provider").isEmpty());
            sightline::test::keepScreenshot(dialog->grab(), QStringLiteral("sightline-scene-details.png"));
            set("acquiredTo", QStringLiteral("2023-10-05T02:20Z"));
            set("offNadir", QStringLiteral("12.5"));
            set("cloud", QStringLiteral("3"));
            QVERIFY(problem("acquiredTo").isEmpty());
            QVERIFY(problem("cloud").isEmpty());
            checked = true;
            dialog->accept();
        });
        const int steps = doc().undoStack().count();
        trigger("sceneDetails");
        QVERIFY(checked);
        QCOMPARE(doc().undoStack().count(), steps + 1);
        const ImageryScene stored = *doc().project().find<ImageryScene>(scene.meta.id);
        QCOMPARE(stored.provider, QStringLiteral("Airbus DS"));
        QCOMPARE(stored.providerSceneId, QStringLiteral("DS_PNEO3_202310050214"));
        QCOMPARE(stored.acquired.kind(), TimeSpan::Kind::Range);
        QCOMPARE(stored.acquired.toText(), QStringLiteral("2023-10-05T02:14Z/2023-10-05T02:20Z"));
        QCOMPARE(stored.sensor, QStringLiteral("Pléiades Neo 3"));
        QCOMPARE(stored.offNadirDegrees, std::optional<double>(12.5));
        QCOMPARE(stored.cloudPercent, std::optional<double>(3));
        QCOMPARE(stored.licence, QStringLiteral("© Airbus DS 2023"));
        QCOMPARE(stored.notes, QStringLiteral("Tasked order"));
        doc().undoStack().undo();
        const ImageryScene undone = *doc().project().find<ImageryScene>(scene.meta.id);
        QCOMPARE(undone.provider, scene.provider);
        QCOMPARE(undone.acquired, scene.acquired);
        QCOMPARE(undone.cloudPercent, scene.cloudPercent);
        QCOMPARE(undone.notes, scene.notes);
    }

    void doubleClickInsideAFootprintOpensTheDetails()
    {
        openNewProject();
        const ImageryScene scene = importOne(makeImage(QStringLiteral("dblclick.tif"), 256));
        ui::MapCanvas *canvas = m_window->canvas();
        canvas->zoomToLonLat(scene.footprint.bounds(), 0.2);
        const double zoom = canvas->settings().mapUnitsPerPixel;
        QString opened;
        QTimer::singleShot(0, this, [&] {
            if (auto *dialog = qobject_cast<ui::SceneDetailsDialog *>(QApplication::activeModalWidget())) {
                opened = dialog->windowTitle();
                dialog->reject();
            }
        });
        QTest::mouseDClick(canvas, Qt::LeftButton, {}, canvas->rect().center());
        QVERIFY2(opened.contains(QStringLiteral("dblclick.tif")), qPrintable(opened));
        QCOMPARE(canvas->settings().mapUnitsPerPixel, zoom); // the map did not zoom in
        QCOMPARE(m_window->selection()->selectedOfType(RecordType::Scene), QList<QUuid>{scene.meta.id});
    }

    void embedFromTheMenuAndUndo()
    {
        openNewProject();
        const QString file = makeImage(QStringLiteral("embed.tif"), 256);
        const ImageryScene scene = importOne(file);
        QVERIFY(!scene.embedded);
        select(scene);
        trigger("embedScene");
        ImageryScene stored = *doc().project().find<ImageryScene>(scene.meta.id);
        QVERIFY(stored.embedded);
        const QString extracted = store::sceneFilePath(doc().project(), stored);
        QVERIFY(!extracted.isEmpty());
        QVERIFY(extracted != QFileInfo(file).absoluteFilePath());
        QCOMPARE(test::fileSha256(extracted), test::fileSha256(file));
        QVERIFY(store::sceneFileProblems(doc().project()).isEmpty());

        doc().undoStack().undo(); // a reference again, to the same file
        stored = *doc().project().find<ImageryScene>(scene.meta.id);
        QVERIFY(!stored.embedded);
        QCOMPARE(stored.filePath, scene.filePath);
        QCOMPARE(store::sceneFilePath(doc().project(), stored), QFileInfo(file).absoluteFilePath());
        QVERIFY(store::sceneFileProblems(doc().project()).isEmpty());
        doc().undoStack().redo();
        QVERIFY(doc().project().find<ImageryScene>(scene.meta.id)->embedded);
        QVERIFY(store::sceneFileProblems(doc().project()).isEmpty());
    }

    void embedOnImportAndUndo()
    {
        openNewProject();
        auto *option = m_window->findChild<QAction *>(QStringLiteral("embedOnImport"));
        option->setChecked(true);
        const QString file = makeImage(QStringLiteral("imported-embedded.tif"), 256);
        const ImageryScene scene = importOne(file);
        option->setChecked(false);
        QVERIFY(scene.embedded);
        QCOMPARE(scene.filePath, QStringLiteral("imported-embedded.tif"));
        QVERIFY(store::sceneFileProblems(doc().project()).isEmpty());
        // The embedded copy is read even with the file gone.
        QVERIFY(QFile::rename(file, file + QStringLiteral(".away")));
        QVERIFY(!store::sceneFilePath(doc().project(), scene).isEmpty());
        QVERIFY(QFile::rename(file + QStringLiteral(".away"), file));
        doc().undoStack().undo(); // the whole import
        QCOMPARE(doc().project().count(RecordType::Scene), 0);
    }

    void embeddingAChangedFileIsRefused()
    {
        openNewProject();
        const QString file = makeImage(QStringLiteral("changed.tif"), 256);
        const ImageryScene scene = importOne(file);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("changed");
        }
        const int steps = doc().undoStack().count();
        const QString why = doc().push(new edit::EmbedSceneCommand(doc(), scene.meta.id, QStringLiteral("Embed")));
        QVERIFY2(why.contains(QStringLiteral("changed.tif")) && why.contains(QStringLiteral("changed since")), qPrintable(why));
        QCOMPARE(doc().undoStack().count(), steps);
        QVERIFY(!doc().project().find<ImageryScene>(scene.meta.id)->embedded);
    }

    void unrelatedEditKeepsTheStatistics()
    {
        openNewProject();
        const ImageryScene scene = importOne(makeImage(QStringLiteral("stats.tif"), 1024));
        const render::RasterLayer *first = imageryLayer();
        QVERIFY(first);
        QVERIFY(first->problem().isEmpty()); // loads the scene: its percentiles computed
        const int computed = render::SceneRaster::statisticsComputed();
        QVERIFY(computed > 0);

        QVERIFY(doc().push(new edit::SaveRecordCommand<Site>(doc(), test::sampleSite(), QStringLiteral("Add site"))).isEmpty());
        QCOMPARE(imageryLayer(), first); // a site edit leaves the imagery layer (and its tiles) alone

        ImageryScene noted = *doc().project().find<ImageryScene>(scene.meta.id);
        noted.notes = QStringLiteral("seen from the north");
        QVERIFY(doc().push(new edit::SaveRecordCommand<ImageryScene>(doc(), noted, QStringLiteral("Notes"))).isEmpty());
        const render::RasterLayer *second = imageryLayer();
        QVERIFY(second && second != first); // a scene edit rebuilds the layer ...
        QVERIFY(second->problem().isEmpty());
        QCOMPARE(render::SceneRaster::statisticsComputed(), computed); // ... without reading pixels again

        // Other percentiles are other statistics.
        ImageryScene changed = *doc().project().find<ImageryScene>(scene.meta.id);
        changed.display.stretch = SceneDisplay::Stretch::Percentile;
        changed.display.percentLow = 5;
        QVERIFY(doc().push(new edit::SaveRecordCommand<ImageryScene>(doc(), changed, QStringLiteral("Display"))).isEmpty());
        QVERIFY(imageryLayer()->problem().isEmpty());
        QCOMPARE(render::SceneRaster::statisticsComputed(), computed + 1);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestScenes)
#include "tst_scenes.moc"
