// The annotation tools on a canvas over a project, driven as a user would (also with
// QT_SCALE_FACTOR=2): counting points click by click fills the tally (Backspace and undo take the
// last back), boxes by a drag and rotated by three clicks, polygons and lines, snapping to an
// existing vertex, select (click, Shift, band), move, reshape and delete, copy and paste onto
// another scene of the site, a box turned by its handle, details by a double click; every change
// one undoable step. The map's comparison layers show
// only the annotations of their scene.
#include "sightline/edit/annotationcommands.h"
#include "sightline/render/annotationlayer.h"
#include "sightline/render/mapmodel.h"
#include "sightline/ui/annotationdialog.h"
#include "sightline/ui/annotationeditor.h"
#include "sightline/ui/annotationtool.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/selectannotationstool.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/tallypanel.h"

#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QUndoStack>

using namespace sightline;

class TestAnnotationTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<edit::Document> m_doc;
    std::unique_ptr<ui::MapCanvas> m_canvas;
    std::unique_ptr<ui::SelectionModel> m_selection;
    std::unique_ptr<render::MapModel> m_model;
    ui::AnnotationEditor *m_editor = nullptr;
    QUuid m_site, m_before, m_after;

    QList<Annotation> on(const QUuid &scene) const { return edit::annotationsOnScene(m_doc->project(), scene); }
    void click(QPointF at, Qt::KeyboardModifiers mods = {})
    {
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, mods, at.toPoint());
    }
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, mods, from.toPoint());
        QTest::mouseMove(m_canvas.get(), ((from + to) / 2).toPoint());
        QTest::mouseMove(m_canvas.get(), to.toPoint());
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, mods, to.toPoint());
    }
    QUuid addScene(const QString &file, const TimeSpan &when)
    {
        ImageryScene s;
        s.filePath = file;
        s.sha256 = QByteArray(64, 'a');
        s.footprint = Geometry::polygon({{130.55, 42.38}, {130.68, 42.38}, {130.68, 42.46}, {130.55, 42.46}, {130.55, 42.38}});
        s.acquired = when;
        m_doc->project().save(s);
        return s.meta.id;
    }
    static double pixelDistance(QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

private slots:
    void init()
    {
        auto project = Project::create(
            m_dir.filePath(QStringLiteral("a-%1.gpkg").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))),
            QStringLiteral("t"), QStringLiteral("analyst"));
        m_doc = std::make_unique<edit::Document>(std::move(project));
        Site s;
        s.name = QStringLiteral("Tumangang rail facility");
        s.kind = SiteKind::RailYard;
        s.location = {130.6026, 42.4217};
        s.aoi = Geometry::polygon({{130.56, 42.39}, {130.67, 42.39}, {130.67, 42.45}, {130.56, 42.45}, {130.56, 42.39}});
        m_doc->project().save(s);
        m_site = s.meta.id;
        m_before = addScene(QStringLiteral("before.tif"), TimeSpan::day(2018, 10, 1));
        m_after = addScene(QStringLiteral("after.tif"), TimeSpan::day(2023, 10, 5));

        m_canvas = std::make_unique<ui::MapCanvas>();
        m_canvas->resize(640, 480);
        m_selection = std::make_unique<ui::SelectionModel>();
        m_model = std::make_unique<render::MapModel>();
        m_model->setProject(m_doc->project(), {});
        connect(m_doc.get(), &edit::Document::recordsChanged, m_model.get(),
                [this](RecordType t) { m_model->recordsChanged(m_doc->project(), t); });
        connect(m_model.get(), &render::MapModel::layersChanged, m_canvas.get(),
                [this] { m_canvas->setLayers(m_model->visibleLayers()); });
        m_canvas->setLayers(m_model->visibleLayers());
        m_editor = new ui::AnnotationEditor(m_selection.get(), m_canvas.get());
        m_editor->setDocument(m_doc.get());
        m_editor->setTargetScene(m_after);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->zoomToLonLat(GeoBounds{130.55, 42.38, 130.68, 42.46});
    }

    void cleanup()
    {
        m_canvas.reset();
        m_model.reset();
        m_doc.reset();
    }

    void countingFillsTheTally()
    {
        auto *tool = new ui::PointAnnotationTool(m_canvas.get(), m_editor);
        m_canvas->setTool(tool);
        ui::TallyPanel tally(m_editor);
        for (int i = 0; i < 5; ++i)
            click(QPointF(150 + 40 * i, 200));
        QCOMPARE(tally.sceneCount(QStringLiteral("railcar")), 5);
        QCOMPARE(tally.siteCount(QStringLiteral("railcar")), 5);
        QVERIFY2(tally.heading().contains(QStringLiteral("Tumangang rail facility")), qPrintable(tally.heading()));
        const QList<Annotation> counted = on(m_after);
        QCOMPARE(counted.size(), 5);
        for (const Annotation &a : counted) {
            QCOMPARE(a.time, TimeSpan::day(2023, 10, 5)); // the scene's acquisition time
            QCOMPARE(a.siteId, m_site);
            QCOMPARE(a.shape, AnnotationShape::Point);
            QCOMPARE(a.count, 1);
        }
        QCOMPARE(m_doc->undoStack().count(), 5); // one step a click

        QTest::keyClick(m_canvas.get(), Qt::Key_Backspace); // the last one back
        QCOMPARE(tally.sceneCount(QStringLiteral("railcar")), 4);
        m_doc->undoStack().undo(); // undoes the Backspace
        QCOMPARE(tally.sceneCount(QStringLiteral("railcar")), 5);
        m_doc->undoStack().undo(); // and the fifth click
        QCOMPARE(tally.sceneCount(QStringLiteral("railcar")), 4);

        m_editor->setKind(QStringLiteral("covered_railcar"));
        click(QPointF(150, 300));
        click(QPointF(200, 300));
        QCOMPARE(tally.sceneCount(QStringLiteral("covered_railcar")), 2);
        QCOMPARE(tally.sceneCount(QStringLiteral("railcar")), 4);
        // Another scene's counts are its own.
        m_editor->setTargetScene(m_before);
        QCOMPARE(tally.sceneCount(QStringLiteral("railcar")), 0);
    }

    void boxesByDragAndRotated()
    {
        auto *tool = new ui::BoxAnnotationTool(m_canvas.get(), m_editor);
        m_canvas->setTool(tool);
        m_editor->setCount(12);
        m_editor->setConfidence(Confidence::Moderate);
        drag(QPointF(100, 100), QPointF(200, 160));
        QCOMPARE(on(m_after).size(), 1);
        const Annotation box = on(m_after).first();
        QCOMPARE(box.shape, AnnotationShape::Box);
        QCOMPARE(box.count, 12);
        QCOMPARE(box.confidence, Confidence::Moderate);
        QCOMPARE(box.geometry.type, Geometry::Type::Polygon);
        QCOMPARE(box.geometry.parts.first().size(), 5);
        QCOMPARE(box.geometry.parts.first().first(), box.geometry.parts.first().last());
        QVERIFY(pixelDistance(m_canvas->widgetPixelOf(box.geometry.parts[0][0]), QPointF(100, 100)) < 1.5);

        // Three clicks: an edge at 45°, then its depth.
        click(QPointF(300, 300));
        click(QPointF(360, 240));
        click(QPointF(400, 300));
        QCOMPARE(on(m_after).size(), 2);
        Annotation rotated;
        for (const Annotation &a : on(m_after))
            if (a.meta.id != box.meta.id)
                rotated = a;
        const QPolygonF expected = ui::BoxAnnotationTool::rotatedBox({300, 300}, {360, 240}, {400, 300});
        for (int i = 0; i < 4; ++i)
            QVERIFY2(pixelDistance(m_canvas->widgetPixelOf(rotated.geometry.parts[0][i]), expected[i]) < 1.5,
                     qPrintable(QStringLiteral("corner %1").arg(i)));
        // The corners make a right angle.
        const QPointF e1 = expected[1] - expected[0], e2 = expected[3] - expected[0];
        QVERIFY(std::abs(QPointF::dotProduct(e1, e2)) < 1e-6);
    }

    void polygonsLinesAndSnapping()
    {
        auto *polygon = new ui::PathAnnotationTool(m_canvas.get(), m_editor, true);
        m_canvas->setTool(polygon);
        click(QPointF(100, 100));
        click(QPointF(200, 100));
        click(QPointF(150, 180));
        QCOMPARE(polygon->vertexCount(), 3);
        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
        QCOMPARE(on(m_after).size(), 1);
        const Annotation outline = on(m_after).first();
        QCOMPARE(outline.shape, AnnotationShape::Polygon);
        QCOMPARE(outline.geometry.parts.first().size(), 4);

        // A line starting 4 pixels from the outline's corner starts exactly on it.
        auto *line = new ui::PathAnnotationTool(m_canvas.get(), m_editor, false);
        m_canvas->setTool(line);
        click(QPointF(203, 97));
        click(QPointF(300, 150));
        QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 150));
        QCOMPARE(on(m_after).size(), 2);
        Annotation track;
        for (const Annotation &a : on(m_after))
            if (a.shape == AnnotationShape::Line)
                track = a;
        QCOMPARE(track.geometry.parts.first().size(), 2); // the double click adds no vertex
        QCOMPARE(track.geometry.parts.first().first(), outline.geometry.parts.first().at(1));
        // Alt places freely.
        click(QPointF(203, 97), Qt::AltModifier);
        QVERIFY(line->vertexCount() == 1);
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QCOMPARE(line->vertexCount(), 0);
    }

    void selectMoveReshapeDelete()
    {
        auto *point = new ui::PointAnnotationTool(m_canvas.get(), m_editor);
        m_canvas->setTool(point);
        for (int i = 0; i < 4; ++i)
            click(QPointF(100 + 50 * i, 300));
        auto *box = new ui::BoxAnnotationTool(m_canvas.get(), m_editor);
        m_canvas->setTool(box);
        drag(QPointF(300, 100), QPointF(400, 180));
        QCOMPARE(on(m_after).size(), 5);
        const int steps = m_doc->undoStack().count();

        auto *select = new ui::SelectAnnotationsTool(m_canvas.get(), m_editor);
        m_canvas->setTool(select);
        click(QPointF(100, 300));
        QCOMPARE(m_editor->selectedIds().size(), 1);
        click(QPointF(150, 300), Qt::ShiftModifier);
        QCOMPARE(m_editor->selectedIds().size(), 2);
        // A drag from a selected one moves both, in one step.
        const QList<Annotation> before = on(m_after);
        drag(QPointF(150, 300), QPointF(150, 340));
        QCOMPARE(m_doc->undoStack().count(), steps + 1);
        int moved = 0;
        for (const Annotation &a : on(m_after)) {
            const QPointF px = m_canvas->widgetPixelOf(a.geometry.firstPoint());
            if (std::abs(px.y() - 340) < 1.5)
                ++moved;
        }
        QCOMPARE(moved, 2);
        m_doc->undoStack().undo(); // written back as a new revision, with the old geometry
        for (const Annotation &a : before)
            QCOMPARE(m_doc->project().find<Annotation>(a.meta.id)->geometry, a.geometry);
        m_doc->undoStack().redo();

        // A band around the four points selects them all; Delete removes them in one step.
        drag(QPointF(80, 280), QPointF(270, 360));
        QCOMPARE(m_editor->selectedIds().size(), 4);
        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QCOMPARE(on(m_after).size(), 1);
        QCOMPARE(m_doc->undoStack().count(), steps + 2);
        m_doc->undoStack().undo();
        QCOMPARE(on(m_after).size(), 5);

        // Reshape: the box's corner dragged; the opposite corner stays, and it stays a box.
        click(QPointF(350, 140));
        const Annotation b = *m_editor->annotation(m_editor->selectedIds().first());
        QCOMPARE(b.shape, AnnotationShape::Box);
        drag(QPointF(400, 180), QPointF(420, 220));
        const Annotation reshaped = *m_doc->project().find<Annotation>(b.meta.id);
        QVERIFY(pixelDistance(m_canvas->widgetPixelOf(reshaped.geometry.parts[0][0]), QPointF(300, 100)) < 1.5);
        QVERIFY(pixelDistance(m_canvas->widgetPixelOf(reshaped.geometry.parts[0][2]), QPointF(420, 220)) < 1.5);
        QVERIFY(pixelDistance(m_canvas->widgetPixelOf(reshaped.geometry.parts[0][1]), QPointF(420, 100)) < 1.5);
        QCOMPARE(reshaped.geometry.parts[0][4], reshaped.geometry.parts[0][0]);
        m_doc->undoStack().undo();
        QCOMPARE(m_doc->project().find<Annotation>(b.meta.id)->geometry, b.geometry);

        // Re-kind and recount the selected box from the toolbar's choices: one step.
        const int before2 = m_doc->undoStack().index();
        m_editor->setKind(QStringLiteral("container_stack"));
        m_editor->setCount(7);
        QVERIFY(m_editor->applyToSelected(ui::AnnotationEditor::Property::Kind));
        QVERIFY(m_editor->applyToSelected(ui::AnnotationEditor::Property::Count));
        QCOMPARE(m_doc->project().find<Annotation>(b.meta.id)->objectKind, QStringLiteral("container_stack"));
        QCOMPARE(m_doc->project().find<Annotation>(b.meta.id)->count, 7);
        QCOMPARE(m_doc->undoStack().index(), before2 + 2);
        QVERIFY(!m_editor->applyToSelected(ui::AnnotationEditor::Property::Count)); // nothing changes
        m_doc->undoStack().undo();
        QCOMPARE(m_doc->project().find<Annotation>(b.meta.id)->count, b.count);
    }

    void reshapedBoxKeepsItsAngle()
    {
        const QPolygonF box = ui::BoxAnnotationTool::rotatedBox({0, 0}, {10, 10}, {20, 0});
        const QPolygonF r = ui::SelectAnnotationsTool::reshapedBox(box, 2, box[2] + QPointF(5, 5));
        QCOMPARE(r[0], box[0]);
        const QPointF e1 = r[1] - r[0], e3 = r[3] - r[0];
        QVERIFY(std::abs(QPointF::dotProduct(e1, e3)) < 1e-9);
        QVERIFY(std::abs(e1.x() - e1.y()) < 1e-9); // still along the 45° edge
    }

    // A selected box turns about its centre by its round handle, in one step; a double click
    // opens its details, and what is changed there is one step too.
    void boxTurnsByItsHandleAndOpensItsDetails()
    {
        m_canvas->setTool(new ui::BoxAnnotationTool(m_canvas.get(), m_editor));
        m_editor->setCount(4);
        drag(QPointF(100, 100), QPointF(200, 160));
        const Annotation box = on(m_after).first();
        m_canvas->setTool(new ui::SelectAnnotationsTool(m_canvas.get(), m_editor));
        click(QPointF(150, 130));
        QCOMPARE(m_editor->selectedIds(), QList<QUuid>{box.meta.id});

        QPolygonF corners;
        for (int i = 0; i < 4; ++i)
            corners << m_canvas->widgetPixelOf(box.geometry.parts[0][i]);
        const QPointF centre = (corners[0] + corners[1] + corners[2] + corners[3]) / 4;
        const QPointF handle = ui::SelectAnnotationsTool::rotateHandle(corners);
        QVERIFY(pixelDistance(handle, centre) > pixelDistance(corners[0], centre) * 0.5);
        const QPointF arm = handle - centre, to = centre + QPointF(-arm.y(), arm.x()); // a quarter turn
        const int steps = m_doc->undoStack().index();
        drag(handle, to);
        QCOMPARE(m_doc->undoStack().index(), steps + 1);
        const Annotation turned = *m_doc->project().find<Annotation>(box.meta.id);
        const QPolygonF expected = ui::SelectAnnotationsTool::rotatedBox(corners, handle, to);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(pixelDistance(m_canvas->widgetPixelOf(turned.geometry.parts[0][i]), expected[i]) < 1.5,
                     qPrintable(QStringLiteral("corner %1").arg(i)));
        // A quarter turn: the first side, 100 px across, now runs up and down.
        const QPointF side = expected[1] - expected[0];
        QVERIFY2(std::abs(side.x()) < 1 && std::abs(std::abs(side.y()) - 100) < 1, qPrintable(QStringLiteral("%1,%2").arg(side.x()).arg(side.y())));
        QCOMPARE(turned.count, 4);

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::AnnotationDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->countBox()->isEnabled()); // a box carries a count
            dialog->countBox()->setValue(9);
            dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(QStringLiteral("container")));
            dialog->notesEdit()->setPlainText(QStringLiteral("Two rows, the far one half hidden"));
            dialog->accept();
        });
        QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, centre.toPoint());
        QTRY_COMPARE(m_doc->project().find<Annotation>(box.meta.id)->count, 9);
        const Annotation detailed = *m_doc->project().find<Annotation>(box.meta.id);
        QCOMPARE(detailed.objectKind, QStringLiteral("container"));
        QCOMPARE(detailed.notes, QStringLiteral("Two rows, the far one half hidden"));
        QCOMPARE(detailed.geometry, turned.geometry);
        QCOMPARE(m_doc->undoStack().index(), steps + 2);
        m_doc->undoStack().undo();
        const Annotation undone = *m_doc->project().find<Annotation>(box.meta.id);
        QCOMPARE(undone.count, turned.count);
        QCOMPARE(undone.objectKind, turned.objectKind);
        QCOMPARE(undone.notes, turned.notes);
    }

    void copyAndPasteOntoAnotherScene()
    {
        m_editor->setTargetScene(m_before);
        auto *point = new ui::PointAnnotationTool(m_canvas.get(), m_editor);
        m_canvas->setTool(point);
        click(QPointF(200, 200));
        click(QPointF(260, 200));
        QCOMPARE(on(m_before).size(), 2);
        auto *select = new ui::SelectAnnotationsTool(m_canvas.get(), m_editor);
        m_canvas->setTool(select);
        drag(QPointF(180, 180), QPointF(280, 220));
        QCOMPARE(m_editor->copySelected(), 2);
        m_editor->setTargetScene(m_after);
        QVERIFY(m_editor->paste());
        const QList<Annotation> pasted = on(m_after);
        QCOMPARE(pasted.size(), 2);
        for (const Annotation &a : pasted)
            QCOMPARE(a.time, TimeSpan::day(2023, 10, 5));
        m_doc->undoStack().undo();
        QVERIFY(on(m_after).isEmpty());

        // The comparison panes and flicker: each scene's annotations alone.
        m_doc->undoStack().redo();
        auto annotationsOf = [](const render::LayerList &layers) {
            for (const auto &l : layers)
                if (l->id() == QLatin1String("annotations"))
                    return static_cast<int>(static_cast<const render::AnnotationLayer &>(*l).annotations().size());
            return -1;
        };
        QCOMPARE(annotationsOf(m_model->visibleLayersWith(m_before)), 2);
        QCOMPARE(annotationsOf(m_model->visibleLayersWith({})), 4);
        m_model->showOnlyScene(m_after);
        QCOMPARE(annotationsOf(m_model->visibleLayers()), 2);
        for (const auto &l : m_model->visibleLayers())
            if (l->id() == QLatin1String("annotations"))
                for (const Annotation &a : static_cast<const render::AnnotationLayer &>(*l).annotations())
                    QCOMPARE(a.sceneId, m_after);
    }
};

QTEST_MAIN(TestAnnotationTools)
#include "tst_annotationtools.moc"
