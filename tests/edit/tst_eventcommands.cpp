// Events made, edited and moved through undoable commands: a new event is created and undone away,
// an edit keeps the identity and undoes to the stored fields, consecutive moves of one event (a
// drag on the timeline) are one step, and an event without a title never enters the history.
#include "sightline/edit/document.h"
#include "sightline/edit/eventcommands.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::edit;

class TestEventCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Document> newDocument()
    {
        return std::make_unique<Document>(
            Project::create(m_dir.filePath(QStringLiteral("e%1.gpkg").arg(++m_n)), QStringLiteral("t"), QStringLiteral("a")));
    }

private slots:
    void createEditAndUndo()
    {
        auto doc = newDocument();
        Site site;
        site.name = QStringLiteral("Vostochny port");
        site.location = {133.07, 42.73};
        doc->project().save(site);
        Event e;
        e.title = QStringLiteral("Kim–Putin summit");
        e.time = *TimeSpan::parse(QStringLiteral("2023-09-13"));
        e.siteIds = {site.meta.id};
        e.notes = QStringLiteral("at the cosmodrome");
        RecordCommandBase *add = saveEventCommand(*doc, e);
        QCOMPARE(add->text(), QStringLiteral("Add event Kim–Putin summit"));
        QCOMPARE(doc->push(add), QString());
        QCOMPARE(doc->project().all<Event>().size(), 1);
        Event stored = doc->project().all<Event>().first();
        QCOMPARE(stored.time.toText(), QStringLiteral("2023-09-13"));
        QCOMPARE(stored.siteIds, QList<QUuid>{site.meta.id});

        Event edited = stored;
        edited.time = *TimeSpan::parse(QStringLiteral("2023-09"));
        edited.notes = QStringLiteral("month only");
        RecordCommandBase *edit = saveEventCommand(*doc, edited);
        QCOMPARE(edit->text(), QStringLiteral("Edit event Kim–Putin summit"));
        QCOMPARE(doc->push(edit), QString());
        QCOMPARE(doc->project().find<Event>(stored.meta.id)->time.toText(), QStringLiteral("2023-09"));
        doc->undoStack().undo();
        QCOMPARE(doc->project().find<Event>(stored.meta.id)->time.toText(), QStringLiteral("2023-09-13"));
        QCOMPARE(doc->project().find<Event>(stored.meta.id)->notes, QStringLiteral("at the cosmodrome"));
        doc->undoStack().undo();
        QVERIFY(doc->project().all<Event>().isEmpty());
        doc->undoStack().redo();
        QCOMPARE(doc->project().find<Event>(stored.meta.id)->title, QStringLiteral("Kim–Putin summit"));
    }

    void movesOfOneEventAreOneStep()
    {
        auto doc = newDocument();
        Event e;
        e.title = QStringLiteral("treaty");
        e.time = *TimeSpan::parse(QStringLiteral("2024-06-19"));
        QCOMPARE(doc->push(saveEventCommand(*doc, e)), QString());
        const QUuid id = doc->project().all<Event>().first().meta.id;
        const int steps = doc->undoStack().count();
        for (const char *t : {"2024-06-20", "2024-06-21", "2024-06-18/2024-06-22"})
            QCOMPARE(doc->push(retimeEventCommand(*doc, id, *TimeSpan::parse(QLatin1String(t)))), QString());
        QCOMPARE(doc->undoStack().count(), steps + 1);
        QCOMPARE(doc->project().find<Event>(id)->time.toText(), QStringLiteral("2024-06-18/2024-06-22"));
        doc->undoStack().undo();
        QCOMPARE(doc->project().find<Event>(id)->time.toText(), QStringLiteral("2024-06-19"));
        QVERIFY(!retimeEventCommand(*doc, QUuid::createUuid(), TimeSpan()));
    }

    // The claims and observations an event rests on are "depends on" links saved with it in one
    // step: unchecking one removes its link, undo brings the links back with the event as it was.
    void eventRestsOnClaimsAndObservationsAsLinks()
    {
        auto doc = newDocument();
        Source s;
        s.publisher = QStringLiteral("CSIS");
        doc->project().save(s);
        Claim c;
        c.sourceId = s.meta.id;
        c.quote = QStringLiteral("railcars crossing");
        doc->project().save(c);
        Site site;
        site.name = QStringLiteral("Tumangang");
        site.location = {130.62, 42.40};
        doc->project().save(site);
        Observation o;
        o.siteId = site.meta.id;
        o.objectKind = QStringLiteral("railcar");
        o.count.value = 73;
        o.count.unit = QStringLiteral("railcar");
        o.time = *TimeSpan::parse(QStringLiteral("2023-10-05"));
        doc->project().save(o);
        const RecordRef claim{RecordType::Claim, c.meta.id}, observation{RecordType::Observation, o.meta.id};
        Event e;
        e.title = QStringLiteral("shipment");
        e.time = *TimeSpan::parse(QStringLiteral("2023-10"));
        e.location = Geometry::point(130.62, 42.40);
        const int steps = doc->undoStack().count();
        QCOMPARE(doc->push(saveEventCommand(*doc, e, {claim, observation})), QString());
        QCOMPARE(doc->undoStack().count(), steps + 1);
        const QUuid id = doc->project().all<Event>().first().meta.id;
        QCOMPARE(eventBasis(doc->project(), id), (QList<RecordRef>{claim, observation}));
        QCOMPARE(doc->project().find<Event>(id)->location.firstPoint(), (GeoPoint{130.62, 42.40}));
        for (const Link &l : doc->project().all<Link>())
            QCOMPARE(l.relation, LinkRelation::DependsOn);

        Event edited = *doc->project().find<Event>(id);
        edited.location = Geometry();
        QCOMPARE(doc->push(saveEventCommand(*doc, edited, {observation})), QString());
        QCOMPARE(eventBasis(doc->project(), id), QList<RecordRef>{observation});
        QCOMPARE(doc->project().all<Link>().size(), 1);
        QVERIFY(doc->project().find<Event>(id)->location.isEmpty());
        doc->undoStack().undo();
        const QList<RecordRef> restored = eventBasis(doc->project(), id); // the link brought back comes last
        QCOMPARE(restored.size(), 2);
        QVERIFY(restored.contains(claim) && restored.contains(observation));
        QVERIFY(!doc->project().find<Event>(id)->location.isEmpty());
        doc->undoStack().undo();
        QVERIFY(!doc->project().find<Event>(id));
        QVERIFY(doc->project().all<Link>().isEmpty());
        doc->undoStack().redo();
        QCOMPARE(eventBasis(doc->project(), id).size(), 2);
    }

    void anEventWithoutATitleIsRefused()
    {
        auto doc = newDocument();
        Event e;
        e.title = QStringLiteral("  ");
        const QString why = doc->push(saveEventCommand(*doc, e));
        QVERIFY2(why.contains(QStringLiteral("title")), qPrintable(why));
        QCOMPARE(doc->undoStack().count(), 0);
        QVERIFY(doc->project().all<Event>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventCommands)
#include "tst_eventcommands.moc"
