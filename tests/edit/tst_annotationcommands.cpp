// Annotation edits as undoable steps: add, move (drags merged), re-kind and recount, remove
// several, paste onto another scene, and a scene removed together with its annotations; every
// one undone and redone to exactly what was stored.
#include "sightline/core/annotationlabel.h"
#include "sightline/edit/annotationcommands.h"
#include "sightline/edit/objectkindcommands.h"
#include "sightline/edit/scenecommands.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::edit;

class TestAnnotationCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Document> newDocument()
    {
        return std::make_unique<Document>(Project::create(m_dir.filePath(QStringLiteral("p%1.gpkg").arg(++m_n)),
                                                          QStringLiteral("t"), QStringLiteral("a")));
    }

    static ImageryScene scene(Project &p, const QString &file, const TimeSpan &when)
    {
        ImageryScene s;
        s.filePath = file;
        s.sha256 = QByteArray(64, 'a');
        s.footprint = Geometry::polygon({{130.60, 42.42}, {130.62, 42.42}, {130.62, 42.44}, {130.60, 42.44}, {130.60, 42.42}});
        s.acquired = when;
        p.save(s);
        return s;
    }

    static Annotation railcar(double lon, double lat)
    {
        Annotation a;
        a.objectKind = QStringLiteral("railcar");
        a.geometry = Geometry::point(lon, lat);
        return a;
    }

    // What verify finds besides the test scenes' files, which are not there.
    static QStringList problemsBeyondFiles(const Project &p)
    {
        QStringList out = p.verify();
        out.removeIf([](const QString &line) { return line.contains(QStringLiteral("file missing")); });
        return out;
    }

    static QSet<QUuid> ids(const QList<Annotation> &list)
    {
        QSet<QUuid> out;
        for (const Annotation &a : list)
            out.insert(a.meta.id);
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void addTakesTheScenesTimeAndUndoes()
    {
        auto doc = newDocument();
        Project &p = doc->project();
        const ImageryScene s = scene(p, QStringLiteral("a.tif"), TimeSpan::day(2023, 10, 5));
        QSignalSpy changed(doc.get(), &Document::recordsChanged);
        const Annotation a = placedOnScene(railcar(130.61, 42.43), s);
        QCOMPARE(a.time, s.acquired);
        QCOMPARE(a.sceneId, s.meta.id);
        QCOMPARE(doc->push(addAnnotationCommand(*doc, a, QStringLiteral("Add railcar"))), QString());
        QList<RecordType> announced;
        for (const QList<QVariant> &signal : std::as_const(changed))
            announced << signal.first().value<RecordType>();
        QCOMPARE(announced, (QList<RecordType>{RecordType::Annotation, RecordType::Observation})); // and its count
        const QList<Annotation> stored = annotationsOnScene(p, s.meta.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().time, TimeSpan::day(2023, 10, 5));
        doc->undoStack().undo();
        QVERIFY(annotationsOnScene(p, s.meta.id).isEmpty());
        doc->undoStack().redo();
        QCOMPARE(ids(annotationsOnScene(p, s.meta.id)), ids(stored));
    }

    void dragsOfOneAnnotationAreOneStep()
    {
        auto doc = newDocument();
        Project &p = doc->project();
        const ImageryScene s = scene(p, QStringLiteral("a.tif"), TimeSpan::day(2023, 10, 5));
        Annotation box = placedOnScene(railcar(0, 0), s);
        box.shape = AnnotationShape::Box;
        box.count = 12;
        box.geometry = Geometry::polygon({{130.60, 42.42}, {130.601, 42.42}, {130.601, 42.421}, {130.60, 42.421}, {130.60, 42.42}});
        auto *add = addAnnotationCommand(*doc, box, QStringLiteral("Add"));
        const QUuid id = add->after().meta.id;
        QCOMPARE(doc->push(add), QString());
        const Annotation original = *p.find<Annotation>(id);
        for (int step = 1; step <= 3; ++step) {
            Annotation moved = *p.find<Annotation>(id);
            for (GeoPoint &pt : moved.geometry.parts[0])
                pt.lon += 0.001;
            QCOMPARE(doc->push(changeAnnotationCommand(*doc, moved, QStringLiteral("Move"), true)), QString());
        }
        QCOMPARE(doc->undoStack().count(), 2);
        QCOMPARE(p.find<Annotation>(id)->geometry.parts[0][0].lon, 130.603);
        doc->undoStack().undo();
        QCOMPARE(p.find<Annotation>(id)->geometry, original.geometry);
        doc->undoStack().redo();
        QCOMPARE(p.find<Annotation>(id)->geometry.parts[0][0].lon, 130.603);

        // Re-kind and recount: a step of its own, not merged with the move.
        Annotation rekinded = *p.find<Annotation>(id);
        rekinded.objectKind = QStringLiteral("covered_railcar");
        rekinded.count = 9;
        rekinded.confidence = Confidence::Moderate;
        QCOMPARE(doc->push(changeAnnotationCommand(*doc, rekinded, QStringLiteral("Kind"))), QString());
        QCOMPARE(doc->undoStack().count(), 3);
        doc->undoStack().undo();
        QCOMPARE(p.find<Annotation>(id)->objectKind, QStringLiteral("railcar"));
        QCOMPARE(p.find<Annotation>(id)->count, 12);
        doc->undoStack().redo();
        QCOMPARE(p.find<Annotation>(id)->count, 9);
        QCOMPARE(p.find<Annotation>(id)->confidence, Confidence::Moderate);
    }

    void removingSeveralIsOneStep()
    {
        auto doc = newDocument();
        Project &p = doc->project();
        const ImageryScene s = scene(p, QStringLiteral("a.tif"), TimeSpan::day(2023, 10, 5));
        QList<QUuid> made;
        for (int i = 0; i < 5; ++i) {
            auto *c = addAnnotationCommand(*doc, placedOnScene(railcar(130.61 + i * 0.001, 42.43), s), QStringLiteral("Add"));
            made << c->after().meta.id;
            QCOMPARE(doc->push(c), QString());
        }
        const QList<Annotation> before = annotationsOnScene(p, s.meta.id);
        QCOMPARE(doc->push(removeAnnotationsCommand(*doc, made.mid(1, 3), QStringLiteral("Delete 3"))), QString());
        QCOMPARE(annotationsOnScene(p, s.meta.id).size(), 2);
        doc->undoStack().undo();
        QCOMPARE(ids(annotationsOnScene(p, s.meta.id)), ids(before));
        for (const Annotation &a : before)
            QCOMPARE(p.find<Annotation>(a.meta.id)->geometry, a.geometry);
        doc->undoStack().redo();
        QCOMPARE(annotationsOnScene(p, s.meta.id).size(), 2);

        // Removing one that is gone is refused as a whole: nothing else is removed.
        QVERIFY(!doc->push(removeAnnotationsCommand(*doc, {made[0], made[1]}, QStringLiteral("Delete"))).isEmpty());
        QVERIFY(p.find<Annotation>(made[0]));
    }

    void pasteOntoAnotherSceneOfTheSite()
    {
        auto doc = newDocument();
        Project &p = doc->project();
        const ImageryScene before = scene(p, QStringLiteral("before.tif"), TimeSpan::day(2018, 10, 1));
        const ImageryScene after = scene(p, QStringLiteral("after.tif"), TimeSpan::day(2023, 10, 5));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(doc->push(addAnnotationCommand(*doc, placedOnScene(railcar(130.61 + i * 0.001, 42.43), before),
                                                    QStringLiteral("Add"))),
                     QString());
        const QList<Annotation> copied = annotationsOnScene(p, before.meta.id);
        QString why;
        auto *paste = pasteAnnotationsCommand(*doc, copied, after, QStringLiteral("Paste 3"), &why);
        QVERIFY2(paste, qPrintable(why));
        QCOMPARE(doc->push(paste), QString());
        const QList<Annotation> pasted = annotationsOnScene(p, after.meta.id);
        QCOMPARE(pasted.size(), 3);
        QVERIFY(!ids(pasted).intersects(ids(copied)));
        for (const Annotation &a : pasted)
            QCOMPARE(a.time, TimeSpan::day(2023, 10, 5));
        QCOMPARE(annotationsOnScene(p, before.meta.id).size(), 3); // the originals stay
        doc->undoStack().undo();
        QVERIFY(annotationsOnScene(p, after.meta.id).isEmpty());
        doc->undoStack().redo();
        QCOMPARE(annotationsOnScene(p, after.meta.id).size(), 3);

        // A scene elsewhere does not take them.
        ImageryScene elsewhere = scene(p, QStringLiteral("elsewhere.tif"), TimeSpan::day(2023, 10, 6));
        elsewhere.footprint = Geometry::polygon({{10, 10}, {11, 10}, {11, 11}, {10, 11}, {10, 10}});
        p.save(elsewhere);
        QVERIFY(!pasteAnnotationsCommand(*doc, copied, elsewhere, QStringLiteral("Paste"), &why));
        QVERIFY(why.contains(QStringLiteral("elsewhere.tif")));
    }

    void sceneGoesWithItsAnnotationsInOneStep()
    {
        auto doc = newDocument();
        Project &p = doc->project();
        const ImageryScene s = scene(p, QStringLiteral("a.tif"), TimeSpan::day(2023, 10, 5));
        const ImageryScene other = scene(p, QStringLiteral("b.tif"), TimeSpan::day(2023, 10, 6));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(doc->push(addAnnotationCommand(*doc, placedOnScene(railcar(130.61, 42.43), i < 3 ? s : other),
                                                    QStringLiteral("Add"))),
                     QString());
        const QList<Annotation> before = annotationsOnScene(p, s.meta.id);
        QSignalSpy changed(doc.get(), &Document::recordsChanged);
        QCOMPARE(doc->push(removeSceneCommand(*doc, s.meta.id, QStringLiteral("Remove a.tif"))), QString());
        QVERIFY(!p.find<ImageryScene>(s.meta.id));
        QVERIFY(annotationsOnScene(p, s.meta.id).isEmpty());
        QCOMPARE(p.all<Annotation>().size(), 1);
        QVERIFY2(problemsBeyondFiles(p).isEmpty(), qPrintable(problemsBeyondFiles(p).join(QLatin1Char('\n'))));
        QList<RecordType> announced;
        for (const auto &args : changed)
            announced << args.first().value<RecordType>();
        QVERIFY(announced.contains(RecordType::Scene));
        QVERIFY(announced.contains(RecordType::Annotation));

        doc->undoStack().undo();
        QVERIFY(p.find<ImageryScene>(s.meta.id));
        QCOMPARE(ids(annotationsOnScene(p, s.meta.id)), ids(before));
        QVERIFY2(problemsBeyondFiles(p).isEmpty(), qPrintable(problemsBeyondFiles(p).join(QLatin1Char('\n'))));
        doc->undoStack().redo();
        QVERIFY(!p.find<ImageryScene>(s.meta.id));
        QCOMPARE(p.all<Annotation>().size(), 1);
    }

    void annotationsFollowTheScenesTime()
    {
        auto doc = newDocument();
        Project &p = doc->project();
        const ImageryScene s = scene(p, QStringLiteral("a.tif"), TimeSpan::day(2023, 10, 5));
        QCOMPARE(doc->push(addAnnotationCommand(*doc, placedOnScene(railcar(130.61, 42.43), s), QStringLiteral("Add"))),
                 QString());
        Annotation own = placedOnScene(railcar(130.611, 42.43), s);
        own.time = TimeSpan::day(2023, 9, 1); // an annotation on a scene takes the scene's time regardless
        QCOMPARE(doc->push(addAnnotationCommand(*doc, own, QStringLiteral("Add"))), QString());
        ImageryScene corrected = *p.find<ImageryScene>(s.meta.id);
        corrected.acquired = TimeSpan::day(2023, 10, 4);
        QCOMPARE(doc->push(saveSceneCommand(*doc, corrected, QStringLiteral("Details"))), QString());
        QList<TimeSpan> times;
        for (const Annotation &a : annotationsOnScene(p, s.meta.id))
            times << a.time;
        QCOMPARE(times, (QList<TimeSpan>{TimeSpan::day(2023, 10, 4), TimeSpan::day(2023, 10, 4)}));
        doc->undoStack().undo();
        QCOMPARE(annotationsOnScene(p, s.meta.id).first().time, TimeSpan::day(2023, 10, 5));
        QCOMPARE(p.find<ImageryScene>(s.meta.id)->acquired, TimeSpan::day(2023, 10, 5));
    }

    // A kind of the project's own is added, recoloured and taken out again, one step each.
    void objectKindsAreUndoableSteps()
    {
        auto doc = newDocument();
        Project &p = doc->project();
        QSignalSpy changed(doc.get(), &Document::recordsChanged);
        const ObjectKind wagon{QStringLiteral("fuel_wagon"), QStringLiteral("Fuel wagon"), QStringLiteral("#123456")};
        QVERIFY(doc->push(new SaveObjectKindCommand(*doc, wagon, QStringLiteral("Add kind"))).isEmpty());
        QCOMPARE(p.objectKinds(), QList<ObjectKind>{wagon});
        QCOMPARE(changed.last().first().value<RecordType>(), RecordType::Annotation);

        ObjectKind tank = wagon;
        tank.name = QStringLiteral("Tank wagon");
        tank.colour = QStringLiteral("#654321");
        QVERIFY(doc->push(new SaveObjectKindCommand(*doc, tank, QStringLiteral("Rename kind"))).isEmpty());
        QCOMPARE(p.objectKinds(), QList<ObjectKind>{tank});
        doc->undoStack().undo();
        QCOMPARE(p.objectKinds(), QList<ObjectKind>{wagon});
        doc->undoStack().undo();
        QVERIFY(p.objectKinds().isEmpty());
        doc->undoStack().redo();
        doc->undoStack().redo();
        QCOMPARE(p.objectKinds(), QList<ObjectKind>{tank});

        // A built-in key is refused and never enters the history.
        const int steps = doc->undoStack().count();
        const ObjectKind builtIn{QStringLiteral("railcar"), QStringLiteral("Wagon"), QStringLiteral("#123456")};
        QVERIFY(!doc->push(new SaveObjectKindCommand(*doc, builtIn, QStringLiteral("Add kind"))).isEmpty());
        QCOMPARE(doc->undoStack().count(), steps);
    }

    void describesCountAndKind()
    {
        Annotation a = railcar(0, 0);
        a.count = 12;
        QCOMPARE(annotationLabel(a, QStringLiteral("Railcar")), QStringLiteral("12 railcars"));
        a.count = 1;
        QCOMPARE(annotationLabel(a, QStringLiteral("Railcar")), QStringLiteral("1 railcar"));
        a.count = 3;
        QCOMPARE(annotationLabel(a, QStringLiteral("Tarp-covered cargo")), QStringLiteral("3 tarp-covered cargo"));
        a.shape = AnnotationShape::Callout;
        a.label = QStringLiteral("Loading ramp");
        QCOMPARE(annotationLabel(a, QStringLiteral("Railcar")), QStringLiteral("Loading ramp"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
