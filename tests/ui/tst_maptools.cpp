// The edit-sites tool on a canvas over a project, driven as a user would (also with
// QT_SCALE_FACTOR=2): a drag moves the site under the cursor to where the mouse is released,
// a click elsewhere adds a site there through the site form, a click on a site edits it, and
// every change is one undoable command that undo and redo take back and make again in the
// project file. The site editor also deletes the selected site.
#include "sightline/edit/document.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/render/recordlayers.h"
#include "sightline/ui/editsitestool.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sitedialog.h"
#include "sightline/ui/siteeditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace sightline;

class TestMapTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<edit::Document> m_doc;
    std::unique_ptr<ui::MapCanvas> m_canvas;
    std::unique_ptr<ui::SelectionModel> m_selection;
    ui::SiteEditor *m_editor = nullptr;
    ui::EditSitesTool *m_tool = nullptr;
    QUuid m_site;

    Site site(const QUuid &id) const { return *m_doc->project().find<Site>(id); }
    QList<Site> sites() const { return m_doc->project().all<Site>(); }
    void showSites() { m_canvas->setLayers({std::make_shared<render::SiteLayer>(sites())}); }
    void drag(QPointF from, QPointF to)
    {
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, from.toPoint());
        QTest::mouseMove(m_canvas.get(), ((from + to) / 2).toPoint());
        QTest::mouseMove(m_canvas.get(), to.toPoint());
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, to.toPoint());
    }
    // Answers the site form that the next click opens: a new name, then OK (or Cancel).
    void answerSiteForm(const QString &name, bool accept = true)
    {
        QTimer::singleShot(0, this, [name, accept] {
            auto *form = qobject_cast<ui::SiteDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            form->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
            accept ? form->accept() : form->reject();
        });
    }
    static bool near(const GeoPoint &a, const GeoPoint &b, double degrees = 1e-9)
    {
        return std::abs(a.lon - b.lon) < degrees && std::abs(a.lat - b.lat) < degrees;
    }

private slots:
    void init()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("sites-%1.gpkg").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))),
                                       QStringLiteral("t"), QStringLiteral("analyst"));
        m_doc = std::make_unique<edit::Document>(std::move(project));
        Site s;
        s.name = QStringLiteral("Tumangang rail facility");
        s.kind = SiteKind::RailYard;
        s.location = {130.6026, 42.4217};
        auto *add = new edit::SaveRecordCommand<Site>(*m_doc, s, QStringLiteral("add"));
        m_site = add->after().meta.id;
        QCOMPARE(m_doc->push(add), QString());
        m_doc->undoStack().clear();

        m_canvas = std::make_unique<ui::MapCanvas>();
        m_canvas->resize(640, 480);
        m_selection = std::make_unique<ui::SelectionModel>();
        m_editor = new ui::SiteEditor(m_selection.get(), m_canvas.get());
        m_editor->setDocument(m_doc.get());
        m_tool = new ui::EditSitesTool(m_canvas.get(), m_editor);
        showSites();
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->zoomToLonLat(GeoBounds{130.55, 42.38, 130.68, 42.46});
        m_canvas->setTool(m_tool);
    }

    void cleanup()
    {
        m_canvas.reset();
        m_doc.reset();
    }

    void dragMovesTheSiteUnderTheCursor()
    {
        const Site before = site(m_site);
        const QPointF from = m_canvas->widgetPixelOf(before.location) + QPointF(3, -2); // near the symbol
        const QPointF to = from + QPointF(80, 50);
        const QPointF centre = m_canvas->settings().center;
        drag(from, to);
        QCOMPARE(m_canvas->settings().center, centre); // the map did not pan
        const Site moved = site(m_site);
        QVERIFY(near(moved.location, *m_canvas->lonLatAt(to.toPoint())));
        QCOMPARE(moved.meta.revision, before.meta.revision + 1);
        QCOMPARE(m_doc->undoStack().count(), 1);

        m_doc->undoStack().undo();
        QVERIFY(near(site(m_site).location, before.location));
        m_doc->undoStack().redo();
        QVERIFY(near(site(m_site).location, moved.location));

        // A drag that starts away from every site moves nothing.
        drag(QPointF(20, 20), QPointF(90, 60));
        QCOMPARE(m_doc->undoStack().count(), 1);
    }

    void clickAddsASiteThroughTheForm()
    {
        const QPointF at(150, 350);
        const GeoPoint where = *m_canvas->lonLatAt(at.toPoint());
        answerSiteForm(QStringLiteral("Khasan station"));
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at.toPoint());
        const QList<Site> all = sites();
        QCOMPARE(all.size(), 2);
        const auto added = std::find_if(all.begin(), all.end(), [](const Site &s) { return s.name == QStringLiteral("Khasan station"); });
        QVERIFY(added != all.end());
        QVERIFY(near(added->location, where, 1e-6)); // the form keeps six decimals
        QVERIFY(added->locationNote.contains(QStringLiteral("placed on the map by analyst")));

        m_doc->undoStack().undo();
        QCOMPARE(sites().size(), 1);
        m_doc->undoStack().redo();
        QCOMPARE(sites().size(), 2);

        // Cancelled, the form adds nothing.
        answerSiteForm(QStringLiteral("Nothing"), false);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(500, 100));
        QCOMPARE(sites().size(), 2);
        QCOMPARE(m_doc->undoStack().count(), 1);
    }

    void clickOnASiteEditsIt()
    {
        answerSiteForm(QStringLiteral("Tumangang station"));
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, m_canvas->widgetPixelOf(site(m_site).location).toPoint());
        QCOMPARE(sites().size(), 1);
        QCOMPARE(site(m_site).name, QStringLiteral("Tumangang station"));
        m_doc->undoStack().undo();
        QCOMPARE(site(m_site).name, QStringLiteral("Tumangang rail facility"));
        m_doc->undoStack().redo();
        QCOMPARE(site(m_site).name, QStringLiteral("Tumangang station"));
    }

    void deletesTheSelectedSite()
    {
        QVERIFY(!m_editor->deleteSelectedSite()); // nothing selected
        m_selection->select({{RecordType::Site, m_site}});
        QVERIFY(m_editor->deleteSelectedSite());
        QVERIFY(sites().isEmpty());
        QVERIFY(m_selection->selected().isEmpty());
        m_doc->undoStack().undo();
        QCOMPARE(sites().size(), 1);
        m_doc->undoStack().redo();
        QVERIFY(sites().isEmpty());
    }

    void siteNearFindsTheNearestWithinTolerance()
    {
        const QPointF at = m_canvas->widgetPixelOf(site(m_site).location);
        QCOMPARE(m_editor->siteNear(*m_canvas, at + QPointF(6, 6))->meta.id, m_site);
        QVERIFY(!m_editor->siteNear(*m_canvas, at + QPointF(12, 0)));
    }
};

QTEST_MAIN(TestMapTools)
#include "tst_maptools.moc"
