// Rough edges found in use, each driven through the window on real GeoTIFFs: a scene chosen in
// Scenes of this site is drawn over newer ones; areas of interest are outlined, not tinted, over
// imagery; the status bar keeps the whole position reading beside long messages, and an undone
// import leaves the overview offer; the judgment form gives its period in words; the demo's
// lists show their text (Judgments, Needs review, the site list).
#include "mainwindow.h"
#include "support/testrasters.h"

#include "sightline/edit/recordcommands.h"
#include "sightline/present/timewords.h"
#include "sightline/render/mapmodel.h"
#include "sightline/render/transformcache.h"
#include "sightline/store/newproject.h"
#include "sightline/ui/judgmentdialog.h"
#include "sightline/ui/judgmentpanel.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/mapreadout.h"
#include "sightline/ui/overviewbar.h"
#include "sightline/ui/reviewview.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sitepanel.h"
#include "sightline/ui/sitescenespanel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

namespace {
bool near(QRgb a, QRgb b, int tolerance = 6)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance &&
           qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}
QString rgb(QRgb c)
{
    return QStringLiteral("%1,%2,%3").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}
} // namespace

class TestRoughEdges : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_newer, m_older;

    edit::Document &doc() { return *m_window->document(); }
    ui::MapCanvas *canvas() { return m_window->canvas(); }

    // The map's next whole frame, drawn after what was changed (null after 20 s without one).
    QImage frame()
    {
        QSignalSpy rendered(canvas(), &ui::MapCanvas::frameRendered);
        QElapsedTimer waited;
        waited.start();
        while ((rendered.isEmpty() || canvas()->isRendering()) && waited.elapsed() < 20000)
            QTest::qWait(20);
        return canvas()->frame();
    }
    QPoint pixelOf(GeoPoint p)
    {
        const auto *t = render::cachedTransform(QStringLiteral("EPSG:4326"), canvas()->settings().crs);
        return canvas()->settings().toPixel(*t->forward(QPointF(p.lon, p.lat))).toPoint(); // device pixels
    }
    QString raster(const QString &name, std::array<double, 4> colour)
    {
        test::RasterSpec s;
        s.values = colour;
        const QString file = m_dir.filePath(name);
        return test::makeRaster(file, s) ? file : QString();
    }
    void setAcquired(const QUuid &id, const QString &when)
    {
        auto scene = *doc().project().find<ImageryScene>(id);
        scene.acquired = *TimeSpan::parse(when);
        QVERIFY(doc().push(new edit::SaveRecordCommand<ImageryScene>(doc(), scene, QStringLiteral("date"))).isEmpty());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        store::NewProject spec;
        spec.path = m_dir.filePath(QStringLiteral("edges.gpkg"));
        store::createProjectFile(spec);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(spec.path));
        // Two scenes of the same ground: a red one (newer) and a blue one (older).
        const QString red = raster(QStringLiteral("newer.tif"), {200, 40, 30, 255});
        const QString blue = raster(QStringLiteral("older.tif"), {30, 40, 200, 255});
        QVERIFY(m_window->importImageryFiles({red, blue}).isEmpty());
        for (const ImageryScene &s : doc().project().all<ImageryScene>())
            (s.filePath.contains(QStringLiteral("newer")) ? m_newer : m_older) = s.meta.id;
        setAcquired(m_newer, QStringLiteral("2024-05-10"));
        setAcquired(m_older, QStringLiteral("2023-11-20"));
    }

    void olderSceneChosenComesOnTop()
    {
        const GeoBounds b = doc().project().find<ImageryScene>(m_newer)->footprint.bounds();
        canvas()->zoomToLonLat(b, 0.3);
        const GeoPoint centre{(b.minLon + b.maxLon) / 2, (b.minLat + b.maxLat) / 2};
        const QRgb before = frame().pixel(pixelOf(centre));
        QVERIFY2(near(before, qRgb(200, 40, 30)), qPrintable(rgb(before)));
        auto *panel = m_window->findChild<ui::SiteScenesPanel *>();
        QVERIFY(panel);
        emit panel->sceneChosen(m_older); // a double click on the older scene's row
        QCOMPARE(m_window->mapModel()->raisedScene(), m_older);
        const QRgb chosen = frame().pixel(pixelOf(centre));
        QVERIFY2(near(chosen, qRgb(30, 40, 200)), qPrintable(rgb(chosen)));
        m_window->mapModel()->raiseScene({});
        const QRgb after = frame().pixel(pixelOf(centre));
        QVERIFY2(near(after, qRgb(200, 40, 30)), qPrintable(rgb(after)));
    }

    void areaOfInterestOverImageryIsAnOutline()
    {
        const GeoBounds b = doc().project().find<ImageryScene>(m_newer)->footprint.bounds();
        const double w = b.maxLon - b.minLon, h = b.maxLat - b.minLat;
        // From the middle of the scene to well east of it.
        Site site;
        site.name = QStringLiteral("Yard");
        site.location = {b.minLon + w * 0.5, b.minLat + h * 0.5};
        site.aoi = Geometry::polygon({{b.minLon + w * 0.3, b.minLat + h * 0.2}, {b.maxLon + w, b.minLat + h * 0.2},
                                      {b.maxLon + w, b.maxLat - h * 0.2}, {b.minLon + w * 0.3, b.maxLat - h * 0.2},
                                      {b.minLon + w * 0.3, b.minLat + h * 0.2}});
        QVERIFY(doc().push(new edit::SaveRecordCommand<Site>(doc(), site, QStringLiteral("aoi"))).isEmpty());
        m_window->selection()->select({}); // a selected site's area is highlighted: not what is tested here
        canvas()->zoomToLonLat(GeoBounds{b.minLon - w * 0.2, b.minLat, b.maxLon + w * 1.2, b.maxLat}, 0.05);
        const QImage image = frame();
        // Inside the area over the scene: the scene's own red, untinted.
        const QRgb overImagery = image.pixel(pixelOf({b.minLon + w * 0.6, b.minLat + h * 0.5}));
        const QRgb imageryAlone = image.pixel(pixelOf({b.minLon + w * 0.15, b.minLat + h * 0.5}));
        QVERIFY2(near(overImagery, imageryAlone, 2), qPrintable(rgb(overImagery) + QStringLiteral(" vs ") + rgb(imageryAlone)));
        QVERIFY2(near(overImagery, qRgb(200, 40, 30), 6), qPrintable(rgb(overImagery)));
        // Inside the area beyond the scene: tinted, unlike the same basemap just outside it.
        const QRgb tinted = image.pixel(pixelOf({b.maxLon + w * 0.5, b.minLat + h * 0.5}));
        const QRgb plain = image.pixel(pixelOf({b.maxLon + w * 0.5, b.minLat + h * 0.1}));
        QVERIFY2(!near(tinted, plain, 2), qPrintable(rgb(tinted) + QStringLiteral(" vs ") + rgb(plain)));
        doc().undoStack().undo();
    }

    void statusBarKeepsThePositionWhole()
    {
        ui::Preferences p = m_window->preferences();
        p.coordinateFormat = ui::Preferences::CoordinateFormat::Mgrs;
        m_window->setPreferences(p);
        auto *flicker = m_window->findChild<QLabel *>(QStringLiteral("flickerStatus"));
        QVERIFY(flicker);
        flicker->setText(QStringLiteral("Flicker: 2024-05-10 newer.tif against 2023-11-20 older.tif (Airbus Pléiades "
                                        "Neo, 30 cm)   F swaps, Shift+F ends"));
        m_window->overviewBar()->offer({{m_newer, QStringLiteral("a.tif"), QStringLiteral("a very long scene name.tif")},
                                        {m_older, QStringLiteral("b.tif"), QStringLiteral("b.tif")}});
        m_window->readout()->showMessage(QStringLiteral("A message as long as a layer's reason for not drawing, which "
                                                        "goes on and on about a file and its path"));
        emit canvas()->cursorMoved(GeoPoint{130.6026, 42.4217});
        QTest::qWait(50);
        auto *position = m_window->readout()->findChild<QLabel *>(QStringLiteral("positionReadout"));
        QVERIFY(position);
        QVERIFY2(position->text().startsWith(QStringLiteral("52T")), qPrintable(position->text()));
        QVERIFY2(position->width() >= position->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2").arg(position->width()).arg(position->sizeHint().width())));
        QVERIFY(position->geometry().right() <= m_window->readout()->width());
        QVERIFY(m_window->readout()->mapTo(m_window.get(), QPoint(m_window->readout()->width(), 0)).x() <=
                m_window->width());
        flicker->clear();
    }

    void undoneImportLeavesTheOverviewOffer()
    {
        const QString file = raster(QStringLiteral("third.tif"), {10, 200, 10, 255});
        QVERIFY(m_window->importImageryFiles({file}).isEmpty());
        QUuid third;
        for (const ImageryScene &s : doc().project().all<ImageryScene>())
            if (s.filePath.contains(QStringLiteral("third")))
                third = s.meta.id;
        ui::OverviewBar *bar = m_window->overviewBar();
        bar->withdrawOffer();
        bar->offer({{third, file, QStringLiteral("third.tif")}});
        QVERIFY(bar->isVisibleTo(m_window.get()));
        QVERIFY(bar->text().contains(QStringLiteral("third.tif")));
        doc().undoStack().undo(); // the import
        QVERIFY(!doc().project().find<ImageryScene>(third));
        QVERIFY(!bar->isVisibleTo(m_window.get()));
    }

    void judgmentPeriodInWords()
    {
        Judgment j;
        j.statement = QStringLiteral("Munitions moved by rail.");
        j.time = *TimeSpan::parse(QStringLiteral("2023-09-13/2024-12-23"));
        j.author = QStringLiteral("Mira");
        ui::JudgmentDialog dialog(doc().project(), j, {});
        QCOMPARE(dialog.periodWords(), present::timeText(j.time));
        QVERIFY(!dialog.periodWords().contains(u'/'));
        QVERIFY(dialog.periodWords().contains(QStringLiteral("Sep 2023")));
        dialog.timeEdit()->setText(QStringLiteral("2023-13"));
        QVERIFY(dialog.periodWords().contains(QStringLiteral("not a time")));
    }

    void demoListsShowTheirText()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QProcess cli;
        cli.start(QStringLiteral(SIGHTLINE_BIN_DIR "/sightline-cli"), {QStringLiteral("demo"), demo});
        QVERIFY(cli.waitForFinished(180000) && cli.exitCode() == 0);
        QVERIFY(m_window->openProject(demo));
        QTest::qWait(100);
        // The site list is as wide as its longest name.
        QListView *list = m_window->sitePanel()->list();
        int widest = 0;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            widest = std::max(widest, list->sizeHintForIndex(list->model()->index(row, 0)).width());
        QVERIFY2(list->viewport()->width() >= widest,
                 qPrintable(QStringLiteral("%1 < %2").arg(list->viewport()->width()).arg(widest)));
        // Judgments: the statement has the width, the last column what it needs.
        const auto judged = [](QTableView *table, int textColumn) {
            table->window()->show();
            QHeaderView *h = table->horizontalHeader();
            const int last = h->count() - 1;
            int lastNeeds = h->sectionSizeHint(last);
            for (int row = 0; row < table->model()->rowCount(); ++row)
                lastNeeds = std::max(lastNeeds, table->sizeHintForIndex(table->model()->index(row, last)).width());
            return h->sectionSize(last) <= lastNeeds + 4 &&
                   h->sectionResizeMode(textColumn) == QHeaderView::Stretch;
        };
        QVERIFY(judged(m_window->judgmentPanel()->table(), 0));
        QVERIFY(judged(m_window->reviewView()->table(), 1));
    }
};

QTEST_MAIN(TestRoughEdges)
#include "tst_roughedges.moc"
