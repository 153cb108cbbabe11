// The main window on the demo project, driven headless as an analyst would: a click selects
// what is under it (a site, an event) and the views follow; a site dragged on the map moves,
// and Ctrl+Z puts it back, through the project file. A claim linked to a scene lights up the
// scene's footprint on the map, and the scene selects its claims. The site list follows the
// selection and edits sites; the status bar shows the scale of this screen. Also run with
// QT_SCALE_FACTOR=2.
#include "mainwindow.h"
#include "support/cliprocess.h"

#include "sightline/edit/capturecommands.h"
#include "sightline/interop/captureintake.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/render/transformcache.h"
#include "sightline/ui/captureview.h"
#include "sightline/ui/claimledger.h"
#include "sightline/ui/claimtablemodel.h"
#include "sightline/geo/geodesy.h"
#include "sightline/ui/editsitestool.h"
#include "sightline/ui/pantool.h"
#include "sightline/ui/siteeditor.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/mapreadout.h"
#include "sightline/ui/measuretool.h"
#include "sightline/ui/sitelistmodel.h"
#include "sightline/ui/sitepanel.h"
#include "sceneactions.h"
#include "toolactions.h"
#include "sightline/edit/annotationcommands.h"
#include "sightline/ui/annotationeditor.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/pdfpageview.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sourcepanel.h"
#include "sightline/ui/sourcetablemodel.h"

#include <QApplication>
#include <QBuffer>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTableView>
#include <QTextDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace sightline;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;

    ui::MapCanvas *canvas() const { return m_window->canvas(); }

    void waitForFrame()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!canvas()->isRendering() && !canvas()->frame().isNull(), 20000);
    }

    // Where a lon/lat position is in the canvas, in widget pixels.
    QPoint pixelOf(GeoPoint p) const
    {
        const auto *t = render::cachedTransform(QStringLiteral("EPSG:4326"), canvas()->settings().crs);
        return (canvas()->settings().toPixel(*t->forward(QPointF(p.lon, p.lat))) / canvas()->devicePixelRatioF()).toPoint();
    }

    template <typename T> T named(const QString &name) const
    {
        for (const T &r : m_window->document()->project().all<T>())
            if constexpr (std::is_same_v<T, Site>) {
                if (r.name == name)
                    return r;
            } else if (r.title == name) {
                return r;
            }
        qFatal("no record named %s", qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent projects and window state go elsewhere
        m_file = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const auto r = test::runCli({QStringLiteral("demo"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_file));
        QVERIFY(m_window->document());
    }

    // View lists every dock of the window, so a closed one always comes back from the menu.
    void viewListsEveryDock()
    {
        QMenu *view = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text().remove(u'&') == QLatin1String("View"))
                view = a->menu();
        QVERIFY(view);
        const QList<QAction *> listed = view->actions();
        const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 13);
        for (QDockWidget *dock : docks)
            QVERIFY2(listed.contains(dock->toggleViewAction()), qPrintable(dock->windowTitle()));
    }

    // With every dock of the demo shown, the window still fits a 1280 × 720 screen, status bar
    // included: the docks' minimum sizes leave room for it.
    void fitsASmallScreen()
    {
        const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(least.width() <= 1280 && least.height() <= 720,
                 qPrintable(QStringLiteral("%1 x %2").arg(least.width()).arg(least.height())));
    }

    void clickSelectsTheSiteUnderTheCursor()
    {
        QVERIFY(m_window->zoomToSiteNamed(QStringLiteral("Tumangang rail facility")));
        waitForFrame();
        const Site site = named<Site>(QStringLiteral("Tumangang rail facility"));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOf(site.location));
        QCOMPARE(m_window->selection()->selected(), (QList<RecordRef>{{RecordType::Site, site.meta.id}}));

        // A click on empty ground clears the selection.
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, QPoint(5, canvas()->height() / 2));
        QVERIFY(m_window->selection()->selected().isEmpty());
    }

    void clickSelectsAnEvent()
    {
        // An event away from every site (a treaty signed in Pyongyang, a summit at a cosmodrome).
        const auto sites = m_window->document()->project().all<Site>();
        const auto events = m_window->document()->project().all<Event>();
        const auto alone = std::find_if(events.begin(), events.end(), [&](const Event &e) {
            return !e.location.isEmpty() && std::none_of(sites.begin(), sites.end(), [&](const Site &s) {
                return std::abs(s.location.lon - e.location.firstPoint().lon) < 0.5 &&
                       std::abs(s.location.lat - e.location.firstPoint().lat) < 0.5;
            });
        });
        QVERIFY(alone != events.end());
        const GeoPoint at = alone->location.firstPoint();
        canvas()->zoomToLonLat(GeoBounds{at.lon - 0.05, at.lat - 0.05, at.lon + 0.05, at.lat + 0.05});
        waitForFrame();
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, pixelOf(at) + QPoint(2, -1)); // near enough
        QCOMPARE(m_window->selection()->selected(), (QList<RecordRef>{{RecordType::Event, alone->meta.id}}));
    }

    void dragMovesASiteAndUndoPutsItBack()
    {
        QVERIFY(m_window->zoomToSiteNamed(QStringLiteral("Khasan station")));
        waitForFrame();
        const Site before = named<Site>(QStringLiteral("Khasan station"));
        m_window->tools()->use(m_window->tools()->editSites());
        const QPoint from = pixelOf(before.location);
        const QPoint to = from + QPoint(60, 40);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas(), from + QPoint(30, 20));
        QTest::mouseMove(canvas(), to);
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, to);
        const Site moved = named<Site>(QStringLiteral("Khasan station"));
        QCOMPARE(moved.meta.revision, before.meta.revision + 1);
        const GeoPoint expected = *canvas()->lonLatAt(QPointF(to));
        QVERIFY(std::abs(moved.location.lon - expected.lon) < 1e-6 && std::abs(moved.location.lat - expected.lat) < 1e-6);
        QVERIFY(moved.location.lon > before.location.lon && moved.location.lat < before.location.lat);

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        const Site undone = named<Site>(QStringLiteral("Khasan station"));
        QCOMPARE(undone.location, before.location);
        QCOMPARE(undone.meta.revision, before.meta.revision + 2); // undoing is a new revision, logged
        m_window->tools()->use(m_window->tools()->pan());
    }

    void siteListFollowsTheSelectionAndEdits()
    {
        ui::SitePanel *panel = m_window->sitePanel();
        const Site rajin = named<Site>(QStringLiteral("Rajin port"));
        m_window->selection()->select({{RecordType::Site, rajin.meta.id}});
        QCOMPARE(panel->model()->siteAt(panel->list()->currentIndex().row())->meta.id, rajin.meta.id);
        m_window->selection()->clear();
        QVERIFY(panel->list()->selectionModel()->selectedIndexes().isEmpty());
        // Choosing a row selects the site, and the map rings it.
        const int row = panel->list()->model()->rowCount() - 1;
        panel->list()->setCurrentIndex(panel->model()->index(row));
        const QUuid chosen = panel->model()->siteAt(row)->meta.id;
        QCOMPARE(m_window->selection()->selected(), (QList<RecordRef>{{RecordType::Site, chosen}}));
        QCOMPARE(canvas()->highlightedAreas().size(), 0);

        // Edit > Delete selected site (the Delete key) deletes it; undo brings it back, and the list follows.
        const int before = panel->list()->model()->rowCount();
        m_window->siteEditor()->deleteSelectedSite();
        QCOMPARE(panel->list()->model()->rowCount(), before - 1);
        QVERIFY(!m_window->document()->project().find<Site>(chosen));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panel->list()->model()->rowCount(), before);
        QVERIFY(m_window->document()->project().find<Site>(chosen));
        m_window->selection()->clear();
    }

    void statusBarShowsTheScaleOfThisScreen()
    {
        QVERIFY(m_window->zoomToSiteNamed(QStringLiteral("Tumangang rail facility")));
        waitForFrame();
        // Ground across 100 widget pixels in the middle of the map, against 100 pixels of this screen.
        const double w = canvas()->width(), h = canvas()->height() / 2.0;
        const double ground =
            geo::geodesicDistanceMeters(*canvas()->lonLatAt({w / 2 - 50, h}), *canvas()->lonLatAt({w / 2 + 50, h}));
        const double expected = ground / (100 / canvas()->screen()->physicalDotsPerInch() * 0.0254);
        const QString shown = m_window->readout()->scale();
        QVERIFY2(shown.startsWith(QStringLiteral("1:")), qPrintable(shown));
        const double denominator = QLocale().toDouble(shown.mid(2));
        QVERIFY2(std::abs(denominator / expected - 1) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(expected)));
        QVERIFY(m_window->readout()->crs().startsWith(QStringLiteral("EPSG:3857")));
        // The cursor's position, in degrees and MGRS.
        QTest::mouseMove(canvas(), pixelOf(named<Site>(QStringLiteral("Tumangang rail facility")).location));
        QTRY_VERIFY(m_window->readout()->position().contains(QStringLiteral("42.42")));

        // Measuring (Ctrl+M): the tool's line is the readout's.
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(canvas()->tool(), static_cast<ui::MapTool *>(m_window->tools()->measureDistance()));
        const QPoint a(100, 100), b(300, 100);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, a);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, b);
        QTest::mouseClick(canvas(), Qt::RightButton, {}, b);
        const double meters = geo::geodesicDistanceMeters(*canvas()->lonLatAt(a), *canvas()->lonLatAt(b));
        QVERIFY2(m_window->readout()->toolStatus().startsWith(QStringLiteral("%1 m").arg(meters, 0, 'f', 1)),
                 qPrintable(m_window->readout()->toolStatus()));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(canvas()->tool(), static_cast<ui::MapTool *>(m_window->tools()->pan()));
        QVERIFY(m_window->readout()->toolStatus().isEmpty());
    }

    void sourcesPanelSearchesAndFiltersTheLedger()
    {
        ui::SourcePanel *panel = m_window->sourcePanel();
        QTableView *table = panel->table();
        const int all = int(m_window->document()->project().count(RecordType::Source));
        QCOMPARE(table->model()->rowCount(), all);
        QTest::keyClicks(panel->searchField(), QStringLiteral("newsweek"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        const Source newsweek = named<Source>(table->model()->index(0, ui::SourceTableModel::TitleColumn).data().toString());
        QCOMPARE(panel->currentSource(), newsweek.meta.id);
        QCOMPARE(table->model()->index(0, ui::SourceTableModel::ReliabilityColumn).data().toString().left(1),
                 toKey(newsweek.reliability));
        QCOMPARE(panel->captureList()->count(), 1); // the article as captured

        // The ledger shows the claims printed in (or attributed to) Newsweek, graded as analysts write it.
        ui::ClaimLedger *ledger = m_window->claimLedger();
        int expected = 0;
        for (const Claim &c : m_window->document()->project().all<Claim>())
            expected += c.sourceId == newsweek.meta.id || c.attributedTo == newsweek.meta.id;
        QVERIFY(expected > 0);
        QCOMPARE(ledger->visibleRows(), expected);
        const QModelIndex grade = ledger->table()->model()->index(0, ui::ClaimTableModel::GradeColumn);
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-F][1-6]$")).match(grade.data().toString()).hasMatch(),
                 qPrintable(grade.data().toString()));

        // Choosing one of them rings its sites on the map.
        ledger->table()->selectRow(0);
        QCOMPARE(m_window->selection()->selectedOfType(RecordType::Claim).size(), 1);

        // Choosing a site lists its claims from every source.
        const Site rajin = named<Site>(QStringLiteral("Rajin port"));
        m_window->selection()->select({{RecordType::Site, rajin.meta.id}});
        QVERIFY(ledger->sourceFilter().isNull());
        int aboutRajin = 0;
        for (const Claim &c : m_window->document()->project().all<Claim>())
            aboutRajin += c.siteIds.contains(rajin.meta.id);
        QCOMPARE(ledger->selectedClaims().size(), aboutRajin);
        panel->searchField()->clear();
        QCOMPARE(table->model()->rowCount(), all);
    }

    void claimFromAPdfOfADemoArticle()
    {
        // The Newsweek article, printed to PDF as an analyst would archive a web page.
        const Source newsweek = named<Source>(QStringLiteral("North Korea satellite images reveal worrying news for Ukraine"));
        auto &project = m_window->document()->project();
        QByteArray text;
        for (const Capture &c : project.all<Capture>())
            if (c.sourceId == newsweek.meta.id) {
                QBuffer out(&text);
                out.open(QIODevice::WriteOnly);
                project.readCaptureContent(c.meta.id, out);
            }
        QVERIFY(!text.isEmpty());
        const QString pdfPath = m_dir.filePath(QStringLiteral("newsweek-2023-10-16.pdf"));
        {
            QPdfWriter writer(pdfPath);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
            QTextDocument doc;
            doc.setDefaultFont(QFont(QStringLiteral("DejaVu Serif"), 11));
            doc.setPlainText(QString::fromUtf8(text).replace(QStringLiteral("\n"), QStringLiteral("\n\n")));
            doc.print(&writer);
        }
        Capture description;
        description.sourceId = newsweek.meta.id;
        description.fileName = QStringLiteral("newsweek-2023-10-16.pdf");
        description.mediaType = QStringLiteral("application/pdf");
        auto *attach = new edit::AttachCaptureCommand(*m_window->document(), description, pdfPath, interop::intakeForEdits(), QStringLiteral("attach"));
        QCOMPARE(m_window->document()->push(attach), QString());
        m_window->sourcePanel()->setCurrentSource(newsweek.meta.id);
        QCOMPARE(m_window->sourcePanel()->captureList()->count(), 2);
        QVERIFY(m_window->openCapture(attach->capture().meta.id));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->captureView()->isReading(), 30000);
        QVERIFY2(m_window->captureView()->message().isEmpty(), qPrintable(m_window->captureView()->message()));
        QCOMPARE(m_window->sourcePanel()->captureList()->currentItem()->data(Qt::UserRole).toUuid(),
                 attach->capture().meta.id);

        // Drag over the first line that quotes Kirby on page 1.
        ui::PdfPageView *view = m_window->captureView()->pdfView();
        QPdfDocument *pdf = view->document();
        const QString phrase = QStringLiteral("North Korea has supplied");
        const QPdfSelection kirby =
            pdf->getSelectionAtIndex(0, int(pdf->getAllText(0).text().indexOf(phrase)), int(phrase.size()));
        QVERIFY(kirby.isValid() && kirby.text() == phrase);
        const QRectF first = kirby.boundingRectangle();
        const QPoint from = view->viewportPosition(0, QPointF(first.left() + 0.5, first.center().y()));
        const QPoint to = view->viewportPosition(0, QPointF(first.right() - 0.5, first.center().y()));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QVERIFY2(view->selectedText().contains(phrase), qPrintable(view->selectedText()));
        m_window->captureView()->claimFromSelectionAction()->trigger();
        const QList<QUuid> selected = m_window->selection()->selectedOfType(RecordType::Claim);
        QCOMPARE(selected.size(), 1);
        const auto claim = project.find<Claim>(selected.first());
        QCOMPARE(claim->locator, QStringLiteral("p. 1"));
        QCOMPARE(claim->sourceId, newsweek.meta.id);
        QCOMPARE(m_window->claimLedger()->selectedClaims(), selected);
        QCOMPARE(m_window->sourcePanel()->captureList()->currentItem()->data(Qt::UserRole).toUuid(),
                 attach->capture().meta.id); // still marked after the project was read again

        if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            waitForFrame();
            m_window->grab().save(dir + QStringLiteral("/mainwindow-evidence.png"));
        }
    }

    void claimsAndLinkedScenesSelectEachOther()
    {
        // The demo has no imagery: a scene over Rajin port, linked to one of the port's claims.
        edit::Document &doc = *m_window->document();
        const Site rajin = named<Site>(QStringLiteral("Rajin port"));
        QList<Claim> aboutRajin;
        for (const Claim &c : doc.project().all<Claim>())
            if (c.siteIds.contains(rajin.meta.id))
                aboutRajin << c;
        QVERIFY(aboutRajin.size() >= 2);
        const Claim linked = aboutRajin[0];
        const Claim other = aboutRajin[1];
        const GeoPoint at = rajin.location;
        ImageryScene scene;
        scene.filePath = QStringLiteral("rajin-2023-10-05.tif");
        scene.acquired = TimeSpan::day(2023, 10, 5);
        scene.footprint = Geometry::polygon({{at.lon - 0.02, at.lat - 0.015}, {at.lon + 0.02, at.lat - 0.015},
                                             {at.lon + 0.02, at.lat + 0.015}, {at.lon - 0.02, at.lat + 0.015},
                                             {at.lon - 0.02, at.lat - 0.015}});
        auto *addScene = new edit::SaveRecordCommand<ImageryScene>(doc, scene, QStringLiteral("add scene"));
        scene = addScene->after();
        QCOMPARE(doc.push(addScene), QString());
        Link link;
        link.from = {RecordType::Scene, scene.meta.id};
        link.to = {RecordType::Claim, linked.meta.id};
        link.relation = LinkRelation::Supports;
        QCOMPARE(doc.push(new edit::SaveRecordCommand<Link>(doc, link, QStringLiteral("link"))), QString());

        canvas()->zoomToLonLat(scene.footprint.bounds(), 0.5);
        waitForFrame();
        // Choosing the claim outlines the scene it is linked to, in the selection colour.
        m_window->selection()->select({{RecordType::Claim, linked.meta.id}});
        QCOMPARE(canvas()->highlightedAreas(), QList<Geometry>{scene.footprint});
        const QImage shot = canvas()->grab().toImage();
        if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/linked-scene.png"));
        const QPoint edge = pixelOf({at.lon, at.lat - 0.015}) * shot.devicePixelRatio();
        bool orange = false;
        for (int dy = -2; dy <= 2; ++dy) {
            const QColor c = shot.pixelColor(edge + QPoint(0, dy));
            orange = orange || (c.red() > 220 && c.green() > 100 && c.green() < 170 && c.blue() < 60);
        }
        QVERIFY2(orange, "the linked scene's footprint is not outlined");
        // A claim linked to no scene outlines none.
        m_window->selection()->select({{RecordType::Claim, other.meta.id}});
        QVERIFY(canvas()->highlightedAreas().isEmpty());

        // Choosing the scene selects the claims linked to it in the ledger, and outlines it.
        m_window->sourcePanel()->setCurrentSource({});
        m_window->selection()->select({{RecordType::Scene, scene.meta.id}});
        QCOMPARE(m_window->claimLedger()->selectedClaims(), QList<QUuid>{linked.meta.id});
        QCOMPARE(canvas()->highlightedAreas(), QList<Geometry>{scene.footprint});

        // Undone, the link no longer joins them.
        doc.undoStack().undo();
        m_window->selection()->select({{RecordType::Claim, linked.meta.id}});
        QVERIFY(canvas()->highlightedAreas().isEmpty());
        doc.undoStack().undo();
        QVERIFY(!doc.project().find<ImageryScene>(scene.meta.id));
        m_window->selection()->clear();
    }

    void removingASceneAsksAndTakesItsAnnotations()
    {
        edit::Document &doc = *m_window->document();
        ImageryScene scene;
        scene.filePath = QStringLiteral("counted.tif");
        scene.sha256 = QByteArray(64, 'a');
        scene.footprint = Geometry::polygon({{130.58, 42.40}, {130.62, 42.40}, {130.62, 42.44}, {130.58, 42.44}, {130.58, 42.40}});
        scene.acquired = TimeSpan::day(2023, 10, 5);
        auto *add = new edit::SaveRecordCommand<ImageryScene>(doc, scene, QStringLiteral("add scene"));
        const QUuid id = add->after().meta.id;
        QCOMPARE(doc.push(add), QString());
        ui::AnnotationEditor *editor = m_window->annotationEditor();
        editor->setTargetScene(id);
        for (int i = 0; i < 3; ++i)
            QVERIFY(editor->add(AnnotationShape::Point, Geometry::point(130.60 + 0.001 * i, 42.42)));
        QCOMPARE(edit::annotationsOnScene(doc.project(), id).size(), 3);

        m_window->selection()->select({{RecordType::Scene, id}});
        QString asked;
        m_window->sceneActions()->setRemovalQuestion([&](const QString &question) {
            asked = question;
            return false;
        });
        QVERIFY(!m_window->sceneActions()->removeSelectedScene()); // asked, and declined
        QVERIFY2(asked.contains(QStringLiteral("counted.tif")) && asked.contains(QStringLiteral("3 annotation")), qPrintable(asked));
        QVERIFY(doc.project().find<ImageryScene>(id));
        m_window->sceneActions()->setRemovalQuestion([](const QString &) { return true; });
        QVERIFY(m_window->sceneActions()->removeSelectedScene());
        QVERIFY(!doc.project().find<ImageryScene>(id));
        QVERIFY(edit::annotationsOnScene(doc.project(), id).isEmpty());
        doc.undoStack().undo(); // one step brings the scene and its three annotations back
        QVERIFY(doc.project().find<ImageryScene>(id));
        QCOMPARE(edit::annotationsOnScene(doc.project(), id).size(), 3);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
