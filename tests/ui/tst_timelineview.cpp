// The timeline dock, headless: it gathers the project's items, the wheel zooms around the pointer,
// a click selects an item in the shared selection (and a selection made elsewhere is outlined),
// stepping moves the map model's window so the map shows what that window holds, and a bad date
// typed into the window's fields is refused with the accepted forms.
#include "sightline/edit/document.h"
#include "sightline/edit/eventcommands.h"
#include "sightline/render/mapmodel.h"
#include "sightline/store/project.h"
#include "sightline/ui/eventdialog.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace sightline;

class TestTimelineView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<edit::Document> m_doc;
    Claim m_october, m_march;
    Event m_summit;

    static qint64 ms(int y, int m, int d)
    {
        return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    // The records the map draws at a point, in a fixed lon/lat view with the model's window.
    static QList<RecordRef> onMap(const render::MapModel &model, double lon, double lat)
    {
        render::MapSettings view;
        view.crs = QStringLiteral("EPSG:4326");
        view.center = {130.6, 42.4};
        view.mapUnitsPerPixel = 0.001;
        view.outputSize = {400, 400};
        view = model.viewOf(view);
        return model.recordsAt(view, view.toPixel({lon, lat}), 6);
    }

    static qsizetype indexOf(const present::Timeline *t, const QUuid &id)
    {
        for (qsizetype n = 0; n < t->items.size(); ++n)
            if (t->items[n].id == id)
                return n;
        return -1;
    }

private slots:
    void initTestCase()
    {
        const QString file = m_dir.filePath(QStringLiteral("t.gpkg"));
        auto p = Project::create(file, QStringLiteral("t"), QStringLiteral("a"));
        Source s;
        s.publisher = QStringLiteral("CSIS");
        p->save(s);
        m_october.sourceId = s.meta.id;
        m_october.quote = QStringLiteral("railcars in October");
        m_october.location = Geometry::point(130.62, 42.40);
        m_october.time = *TimeSpan::parse(QStringLiteral("2023-10"));
        p->save(m_october);
        m_march.sourceId = s.meta.id;
        m_march.quote = QStringLiteral("containers in March");
        m_march.location = Geometry::point(130.56, 42.44);
        m_march.time = *TimeSpan::parse(QStringLiteral("2024-03-02"));
        p->save(m_march);
        m_summit.title = QStringLiteral("summit");
        m_summit.time = *TimeSpan::parse(QStringLiteral("2023-09-13"));
        p->save(m_summit);
        m_doc = std::make_unique<edit::Document>(std::move(p));
    }

    void zoomSelectAndStepDriveTheMap()
    {
        render::MapModel model;
        model.setProject(m_doc->project(), QString());
        ui::SelectionModel selection;
        ui::TimelineView view(&selection, &model);
        view.resize(1000, 320);
        view.setDocument(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const present::Timeline *t = view.painter().timeline();
        QCOMPARE(t->items.size(), 3);
        // Open window: the map shows both claims.
        QVERIFY(onMap(model, 130.62, 42.40).contains(RecordRef{RecordType::Claim, m_october.meta.id}));
        QVERIFY(onMap(model, 130.56, 42.44).contains(RecordRef{RecordType::Claim, m_march.meta.id}));

        // Zoom with the wheel around October: the view narrows and keeps the moment under the pointer.
        ui::TimelineCanvas *canvas = view.canvas();
        const QRectF r = canvas->drawingRect();
        view.setView(ms(2023, 6, 1), ms(2024, 6, 1));
        const double x = view.painter().xOf(ms(2023, 10, 15), r);
        const qint64 before = view.painter().viewTo() - view.painter().viewFrom();
        for (int i = 0; i < 4; ++i) {
            QWheelEvent wheel(QPointF(x, r.height() / 2), canvas->mapToGlobal(QPointF(x, r.height() / 2)), {}, {0, 120},
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(canvas, &wheel);
        }
        const qint64 after = view.painter().viewTo() - view.painter().viewFrom();
        QVERIFY2(after < before / 1.9 && after > before / 2.1, qPrintable(QStringLiteral("%1 %2").arg(before).arg(after)));
        QVERIFY(qAbs(view.painter().msAt(x, r) - ms(2023, 10, 15)) < 86'400'000);
        // Zooming stops at an hour wide and at a century.
        view.zoomBy(1e9, ms(2023, 10, 15));
        QCOMPARE(view.painter().viewTo() - view.painter().viewFrom(), qint64(3'600'000));
        view.zoomBy(1e-9, ms(2023, 10, 15));
        QCOMPARE(view.painter().viewTo() - view.painter().viewFrom(), qint64(36525) * 86'400'000);

        // Click the October claim: it is selected for the map and the evidence views.
        view.setView(ms(2023, 8, 1), ms(2024, 5, 1));
        const qsizetype october = indexOf(t, m_october.meta.id);
        const QRectF item = view.painter().itemRect(october, r);
        QVERIFY(!item.isEmpty());
        QTest::mouseClick(canvas, Qt::LeftButton, {}, item.center().toPoint());
        QCOMPARE(selection.selected(), (QList<RecordRef>{{RecordType::Claim, m_october.meta.id}}));
        // A selection made elsewhere is followed here.
        selection.select({{RecordType::Event, m_summit.meta.id}});
        QCOMPARE(selection.selectedOfType(RecordType::Event).size(), 1);

        // Step the window a month at a time from October 2023: the map shows the October claim
        // and not March's; five steps on, March's and not October's.
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        canvas->setFocus();
        view.setStep({1, TimeStep::Unit::Month});
        QVERIFY(view.applyWindowText(QStringLiteral("2023-10"), QStringLiteral("2023-10")));
        QCOMPARE(model.timeWindow(), *TimeWindow::parse(QStringLiteral("2023-10"), QStringLiteral("2023-10"), nullptr));
        QVERIFY(onMap(model, 130.62, 42.40).contains(RecordRef{RecordType::Claim, m_october.meta.id}));
        QVERIFY(!onMap(model, 130.56, 42.44).contains(RecordRef{RecordType::Claim, m_march.meta.id}));
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(model.timeWindow().from(), QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(model.timeWindow().to(), QDateTime(QDate(2024, 3, 31), QTime(23, 59, 59, 999), Qt::UTC));
        QVERIFY(!onMap(model, 130.62, 42.40).contains(RecordRef{RecordType::Claim, m_october.meta.id}));
        QVERIFY(onMap(model, 130.56, 42.44).contains(RecordRef{RecordType::Claim, m_march.meta.id}));
        QCOMPARE(view.painter().window(), model.timeWindow());
        // The window stays in view as it steps.
        QVERIFY(view.painter().viewTo() >= ms(2024, 3, 31));
        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(model.timeWindow().from(), QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC));

        // Play steps on its own; Space pauses.
        QTest::keyClick(canvas, Qt::Key_Space);
        QVERIFY(view.isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(model.timeWindow().from(), QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC), 3000);
        QTest::keyClick(canvas, Qt::Key_Space);
        QVERIFY(!view.isPlaying());

        // Esc: all time again.
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(model.timeWindow().isOpen());
    }

    void draggingTheWindowEdgeMovesIt()
    {
        render::MapModel model;
        model.setProject(m_doc->project(), QString());
        ui::SelectionModel selection;
        ui::TimelineView view(&selection, &model);
        view.resize(1000, 320);
        view.setDocument(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setView(ms(2023, 8, 1), ms(2024, 5, 1));
        QVERIFY(view.applyWindowText(QStringLiteral("2023-10-01"), QStringLiteral("2023-10-31")));
        ui::TimelineCanvas *canvas = view.canvas();
        const QRectF r = canvas->drawingRect();
        const double y = view.painter().axisRect(r).center().y();
        const QPoint end(qRound(view.painter().xOf(ms(2023, 11, 1), r)), qRound(y));
        const QPoint target(qRound(view.painter().xOf(ms(2023, 12, 1), r)), qRound(y));
        QTest::mousePress(canvas, Qt::LeftButton, {}, end);
        QMouseEvent move(QEvent::MouseMove, QPointF(target), canvas->mapToGlobal(QPointF(target)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, target);
        QCOMPARE(model.timeWindow().from(), QDateTime(QDate(2023, 10, 1), QTime(0, 0), Qt::UTC));
        QVERIFY2(qAbs(model.timeWindow().to().toMSecsSinceEpoch() + 1 - ms(2023, 12, 1)) <= 86'400'000,
                 qPrintable(model.timeWindow().toText()));
    }

    void eventFormMakesAndEditsEventsUndoably()
    {
        render::MapModel model;
        ui::SelectionModel selection;
        ui::TimelineView view(&selection, &model);
        view.resize(1000, 320);
        view.setDocument(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int events = int(m_doc->project().all<Event>().size());
        ui::EventDialog *form = view.openEventEditor();
        QVERIFY(form);
        QPushButton *ok = form->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no title yet
        form->titleEdit()->setText(QStringLiteral("Defence treaty signed"));
        form->timeEdit()->setText(QStringLiteral("2024-02-30"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(form->timeMessage()->text().contains(QStringLiteral("accepted forms")), qPrintable(form->timeMessage()->text()));
        form->timeEdit()->setText(QStringLiteral("2024-06-19"));
        QVERIFY(ok->isEnabled());
        QVERIFY(form->timeMessage()->text().isEmpty());
        QCOMPARE(form->sourceList()->count(), 1);
        form->sourceList()->item(0)->setCheckState(Qt::Checked);
        ok->click();
        QCOMPARE(int(m_doc->project().all<Event>().size()), events + 1);
        // The timeline shows it at once (it follows the document), selected.
        const present::Timeline *t = view.painter().timeline();
        const auto made = std::find_if(t->items.cbegin(), t->items.cend(),
                                       [](const TimelineItem &i) { return i.title == QStringLiteral("Defence treaty signed"); });
        QVERIFY(made != t->items.cend());
        QCOMPARE(made->time.toText(), QStringLiteral("2024-06-19"));
        QCOMPARE(selection.selected(), (QList<RecordRef>{made->record()}));
        QCOMPARE(m_doc->project().find<Event>(made->id)->sourceIds.size(), 1);
        // A double click on it opens the form for it; a new time is one more undoable step.
        view.setView(ms(2024, 5, 1), ms(2024, 8, 1));
        const qsizetype index = made - t->items.cbegin();
        const QUuid id = made->id; // the timeline is gathered again after each edit
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first form, closed
        const QPoint at = view.painter().itemRect(index, view.canvas()->drawingRect()).center().toPoint();
        QTest::mouseDClick(view.canvas(), Qt::LeftButton, {}, at);
        auto *edit = view.findChild<ui::EventDialog *>();
        QVERIFY(edit);
        QCOMPARE(edit->titleEdit()->text(), QStringLiteral("Defence treaty signed"));
        edit->timeEdit()->setText(QStringLiteral("2024-06"));
        edit->buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(m_doc->project().find<Event>(id)->time.toText(), QStringLiteral("2024-06"));
        m_doc->undoStack().undo();
        QCOMPARE(m_doc->project().find<Event>(id)->time.toText(), QStringLiteral("2024-06-19"));
        m_doc->undoStack().undo();
        QVERIFY(!m_doc->project().find<Event>(id));
        QCOMPARE(int(m_doc->project().all<Event>().size()), events);
    }

    void draggingAnEventMovesItByDaysInOneStep()
    {
        render::MapModel model;
        ui::SelectionModel selection;
        ui::TimelineView view(&selection, &model);
        view.resize(1000, 320);
        view.setDocument(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setView(ms(2023, 8, 1), ms(2024, 5, 1));
        ui::TimelineCanvas *canvas = view.canvas();
        const QRectF r = canvas->drawingRect();
        const present::Timeline *t = view.painter().timeline();
        const qsizetype summit = indexOf(t, m_summit.meta.id);
        const QPoint from = view.painter().itemRect(summit, r).center().toPoint();
        const double perDay = view.painter().xOf(ms(2023, 9, 14), r) - view.painter().xOf(ms(2023, 9, 13), r);
        const int steps = m_doc->undoStack().index();
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        for (int days : {3, 7, 10}) {
            const QPointF to(from.x() + days * perDay, from.y());
            QMouseEvent move(QEvent::MouseMove, to, canvas->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(qRound(from.x() + 10 * perDay), from.y()));
        QCOMPARE(m_doc->project().find<Event>(m_summit.meta.id)->time.toText(), QStringLiteral("2023-09-23"));
        QCOMPARE(m_doc->undoStack().index(), steps + 1); // the whole drag is one step
        m_doc->undoStack().undo();
        QCOMPARE(m_doc->project().find<Event>(m_summit.meta.id)->time.toText(), QStringLiteral("2023-09-13"));
    }

    // Taken by its end, an event stretches: the other end stays, the new end lands on whole days,
    // and the drag is one undoable step.
    void draggingAnEventsEndStretchesIt()
    {
        render::MapModel model;
        ui::SelectionModel selection;
        ui::TimelineView view(&selection, &model);
        view.resize(1000, 320);
        view.setDocument(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setView(ms(2023, 9, 1), ms(2023, 10, 1)); // a month: the day is a wide band with ends
        ui::TimelineCanvas *canvas = view.canvas();
        const QRectF r = canvas->drawingRect();
        const qsizetype summit = indexOf(view.painter().timeline(), m_summit.meta.id);
        const QRectF band = view.painter().itemRect(summit, r);
        QVERIFY2(band.width() >= 12, qPrintable(QString::number(band.width())));
        const QPoint from(qRound(band.right() - 1), qRound(band.center().y()));
        QCOMPARE(view.painter().partAt(from, r), present::TimelinePainter::Part::ItemEnd);
        const double perDay = view.painter().xOf(ms(2023, 9, 14), r) - view.painter().xOf(ms(2023, 9, 13), r);
        const int steps = m_doc->undoStack().index();
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        for (int days : {1, 3, 4}) {
            const QPointF to(from.x() + days * perDay, from.y());
            QMouseEvent move(QEvent::MouseMove, to, canvas->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(qRound(from.x() + 4 * perDay), from.y()));
        QCOMPARE(m_doc->project().find<Event>(m_summit.meta.id)->time.toText(), QStringLiteral("2023-09-13/2023-09-17"));
        QCOMPARE(m_doc->undoStack().index(), steps + 1);
        m_doc->undoStack().undo();
        QCOMPARE(m_doc->project().find<Event>(m_summit.meta.id)->time.toText(), QStringLiteral("2023-09-13"));
    }

    // The event form's location (a site's point or typed coordinates, a bad one refused) and the
    // claims and observations it rests on, saved with the event in one undoable step.
    void eventFormLocationAndBasis()
    {
        render::MapModel model;
        ui::SelectionModel selection;
        ui::TimelineView view(&selection, &model);
        view.setDocument(m_doc.get());
        view.show();
        ui::EventDialog *form = view.openEventEditor(m_summit.meta.id);
        QVERIFY(form);
        QPushButton *ok = form->buttons()->button(QDialogButtonBox::Ok);
        QCOMPARE(form->locationChoice()->currentIndex(), 0); // no location yet
        form->locationChoice()->setCurrentIndex(1);          // typed
        form->coordinatesEdit()->setText(QStringLiteral("95.5, 130.3"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(form->locationMessage()->text().contains(QStringLiteral("latitude")), qPrintable(form->locationMessage()->text()));
        form->coordinatesEdit()->setText(QStringLiteral("42.4, 130.62"));
        QVERIFY(ok->isEnabled());
        QVERIFY(form->locationMessage()->text().isEmpty());
        QCOMPARE(form->basisList()->count(), 2); // the two claims
        form->basisList()->item(0)->setCheckState(Qt::Checked);
        const RecordRef basis = form->basisList()->item(0)->data(Qt::UserRole).value<RecordRef>();
        const int steps = m_doc->undoStack().index();
        ok->click();
        QCOMPARE(m_doc->undoStack().index(), steps + 1);
        const Event saved = *m_doc->project().find<Event>(m_summit.meta.id);
        QCOMPARE(saved.location.firstPoint(), (GeoPoint{130.62, 42.4}));
        QCOMPARE(edit::eventBasis(m_doc->project(), m_summit.meta.id), QList<RecordRef>{basis});
        // Opened again, the form shows both.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        ui::EventDialog *again = view.openEventEditor(m_summit.meta.id);
        QCOMPARE(again->coordinatesEdit()->text(), QStringLiteral("42.40000, 130.62000"));
        int checked = 0;
        for (int i = 0; i < again->basisList()->count(); ++i)
            checked += again->basisList()->item(i)->checkState() == Qt::Checked;
        QCOMPARE(checked, 1);
        again->reject();
        m_doc->undoStack().undo();
        QVERIFY(m_doc->project().find<Event>(m_summit.meta.id)->location.isEmpty());
        QVERIFY(edit::eventBasis(m_doc->project(), m_summit.meta.id).isEmpty());
    }

    void badDatesInTheWindowFieldsAreRefused()
    {
        render::MapModel model;
        ui::SelectionModel selection;
        ui::TimelineView view(&selection, &model);
        for (const auto &[from, to] : {std::pair{"2023-02-30", ""}, std::pair{"10/11/12", ""}, std::pair{"2024", "2023-06"}}) {
            QVERIFY(!view.applyWindowText(QLatin1String(from), QLatin1String(to)));
            QVERIFY2(view.message().contains(QStringLiteral("accepted forms: 2023, 2023-10, 2023-10-05")), qPrintable(view.message()));
            QVERIFY(view.message().startsWith(QStringLiteral("From")) || view.message().startsWith(QStringLiteral("To")));
            QVERIFY(model.timeWindow().isOpen());
        }
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
