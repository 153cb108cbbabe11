// The main window on the demo project, driven headless as an analyst would: a click selects
// what is under it (a site, an event) and the views follow; a site dragged on the map moves,
// and Ctrl+Z puts it back, through the project file.
#include "mainwindow.h"
#include "support/cliprocess.h"

#include "sightline/render/transformcache.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/selectionmodel.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
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
        canvas()->setTool(ui::MapCanvas::Tool::EditSites);
        const QPoint from = pixelOf(before.location);
        const QPoint to = from + QPoint(60, 40);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas(), from + QPoint(30, 20));
        QTest::mouseMove(canvas(), to);
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, to);
        const Site moved = named<Site>(QStringLiteral("Khasan station"));
        QCOMPARE(moved.meta.revision, before.meta.revision + 1);
        const GeoPoint expected = *canvas()->lonLatAt(QPointF(to) * canvas()->devicePixelRatioF());
        QVERIFY(std::abs(moved.location.lon - expected.lon) < 1e-6 && std::abs(moved.location.lat - expected.lat) < 1e-6);
        QVERIFY(moved.location.lon > before.location.lon && moved.location.lat < before.location.lat);

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        const Site undone = named<Site>(QStringLiteral("Khasan station"));
        QCOMPARE(undone.location, before.location);
        QCOMPARE(undone.meta.revision, before.meta.revision + 2); // undoing is a new revision, logged
        canvas()->setTool(ui::MapCanvas::Tool::Pan);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
