// Every edit an undoable command: create, edit, move (merged into one step), delete, and a
// refused edit that never enters the history.
#include "sightline/edit/judgmentcommands.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/edit/schemecommands.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::edit;

class TestCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Document> newDocument()
    {
        return std::make_unique<Document>(
            Project::create(m_dir.filePath(QStringLiteral("p%1.gpkg").arg(++m_n)), QStringLiteral("t"), QStringLiteral("a")));
    }

    static Site site(const QString &name, double lon, double lat)
    {
        Site s;
        s.name = name;
        s.kind = SiteKind::Port;
        s.location = {lon, lat};
        return s;
    }

private slots:
    void judgmentWithWhatItRestsOnIsOneStep()
    {
        auto doc = newDocument();
        Project &p = doc->project();
        Source src;
        src.publisher = QStringLiteral("CSIS");
        src.reliability = Reliability::B;
        p.save(src);
        QList<RecordRef> claimRefs;
        for (const char *quote : {"about 73 railcars", "at most about 20", "traffic tripled"}) {
            Claim c;
            c.sourceId = src.meta.id;
            c.quote = QString::fromLatin1(quote);
            p.save(c);
            claimRefs << RecordRef{RecordType::Claim, c.meta.id};
        }
        Judgment j;
        j.statement = QStringLiteral("Munitions cross by rail");
        j.author = QStringLiteral("a");
        j.likelihood = Likelihood::Likely;
        auto *add = saveJudgmentCommand(*doc, j, claimRefs.mid(0, 2), QStringLiteral("Add judgment"));
        QCOMPARE(add->stepCount(), 3);
        QCOMPARE(doc->push(add), QString());
        const QList<Judgment> stored = p.all<Judgment>();
        QCOMPARE(stored.size(), 1);
        const QUuid id = stored.first().meta.id;
        QCOMPARE(judgmentBasis(id, p.all<Link>()), claimRefs.mid(0, 2));

        // Edit: drop the first claim, add the third; one step, undone as one.
        Judgment edited = stored.first();
        edited.confidence = Confidence::High;
        QCOMPARE(doc->push(saveJudgmentCommand(*doc, edited, claimRefs.mid(1), QStringLiteral("Edit"))), QString());
        QCOMPARE(judgmentBasis(id, p.all<Link>()), claimRefs.mid(1));
        QCOMPARE(p.find<Judgment>(id)->confidence, Confidence::High);
        doc->undoStack().undo();
        QCOMPARE(p.find<Judgment>(id)->confidence, Confidence::Low);
        QCOMPARE(judgmentBasis(id, p.all<Link>()).size(), 2);
        QVERIFY(judgmentBasis(id, p.all<Link>()).contains(claimRefs[0]));

        // A refused edit stores nothing of its links either.
        Judgment unsound = *p.find<Judgment>(id);
        unsound.statement.clear();
        QVERIFY(!doc->push(saveJudgmentCommand(*doc, unsound, claimRefs, QStringLiteral("Edit"))).isEmpty());
        QCOMPARE(judgmentBasis(id, p.all<Link>()).size(), 2);

        // Delete takes its links with it; undo brings both back.
        QCOMPARE(doc->push(deleteJudgmentCommand(*doc, id, QStringLiteral("Delete"))), QString());
        QCOMPARE(p.count(RecordType::Judgment), 0);
        QCOMPARE(p.count(RecordType::Link), 0);
        QVERIFY(p.verify().isEmpty());
        doc->undoStack().undo();
        QCOMPARE(p.count(RecordType::Judgment), 1);
        QCOMPARE(judgmentBasis(id, p.all<Link>()).size(), 2);
        doc->undoStack().undo(); // the edit
        doc->undoStack().undo(); // the creation
        QCOMPARE(p.count(RecordType::Judgment), 0);
        QCOMPARE(p.count(RecordType::Link), 0);
        QVERIFY2(p.verify().isEmpty(), qPrintable(p.verify().join(u'\n')));
    }

    void createUndoRedo()
    {
        auto doc = newDocument();
        QSignalSpy changed(doc.get(), &Document::recordsChanged);
        auto *cmd = new SaveRecordCommand<Site>(*doc, site(QStringLiteral("Rajin port"), 130.30, 42.25), QStringLiteral("Add site"));
        const QUuid id = cmd->after().meta.id;
        QCOMPARE(doc->push(cmd), QString());
        QVERIFY(doc->project().exists(RecordType::Site, id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(doc->undoStack().count(), 1);
        doc->undoStack().undo();
        QVERIFY(!doc->project().exists(RecordType::Site, id));
        doc->undoStack().redo();
        QCOMPARE(doc->project().find<Site>(id)->name, QStringLiteral("Rajin port"));
        QCOMPARE(changed.count(), 3);
        QStringList actions;
        for (const auto &e : doc->project().changeLog(id))
            actions << toKey(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("insert"), QStringLiteral("delete"), QStringLiteral("insert")}));
    }

    void editIsUndoneAsANewRevision()
    {
        auto doc = newDocument();
        auto *create = new SaveRecordCommand<Site>(*doc, site(QStringLiteral("Najin"), 130.30, 42.25), QStringLiteral("Add"));
        const QUuid id = create->after().meta.id;
        doc->push(create);
        Site renamed = *doc->project().find<Site>(id);
        renamed.name = QStringLiteral("Rajin port");
        renamed.aliases = {QStringLiteral("Najin")};
        QCOMPARE(doc->push(new SaveRecordCommand<Site>(*doc, renamed, QStringLiteral("Rename"))), QString());
        QCOMPARE(doc->project().find<Site>(id)->name, QStringLiteral("Rajin port"));
        QCOMPARE(doc->project().find<Site>(id)->meta.revision, 2);
        doc->undoStack().undo();
        const Site back = *doc->project().find<Site>(id);
        QCOMPARE(back.name, QStringLiteral("Najin"));
        QVERIFY(back.aliases.isEmpty());
        QCOMPARE(back.meta.revision, 3); // history is kept, never rewound
    }

    void consecutiveMovesAreOneStep()
    {
        auto doc = newDocument();
        auto *create = new SaveRecordCommand<Site>(*doc, site(QStringLiteral("Dunai"), 132.3375, 42.8803), QStringLiteral("Add"));
        const QUuid id = create->after().meta.id;
        doc->push(create);
        for (int i = 1; i <= 5; ++i) {
            Site moved = *doc->project().find<Site>(id);
            moved.location.lat += 0.001 * i;
            QCOMPARE(doc->push(new SaveRecordCommand<Site>(*doc, moved, QStringLiteral("Move"), MoveRecord)), QString());
        }
        QCOMPARE(doc->undoStack().count(), 2);
        QVERIFY(std::abs(doc->project().find<Site>(id)->location.lat - (42.8803 + 0.015)) < 1e-9);
        doc->undoStack().undo();
        QCOMPARE(doc->project().find<Site>(id)->location.lat, 42.8803);
    }

    void refusedEditLeavesNoTrace()
    {
        auto doc = newDocument();
        auto *bad = new SaveRecordCommand<Site>(*doc, site(QString(), 130.0, 42.0), QStringLiteral("Add"));
        const QString why = doc->push(bad);
        QVERIFY2(why.contains(QStringLiteral("name")), qPrintable(why));
        QCOMPARE(doc->undoStack().count(), 0);
        QCOMPARE(doc->project().count(RecordType::Site), 0);
        QCOMPARE(doc->project().changeLogCount(), 0);
    }

    void deleteUndoneKeepsIdentity()
    {
        auto doc = newDocument();
        auto *create = new SaveRecordCommand<Site>(*doc, site(QStringLiteral("Vostochny port"), 133.07, 42.73), QStringLiteral("Add"));
        const QUuid id = create->after().meta.id;
        doc->push(create);
        QCOMPARE(doc->push(new DeleteRecordCommand<Site>(*doc, id, QStringLiteral("Delete"))), QString());
        QVERIFY(!doc->project().exists(RecordType::Site, id));
        doc->undoStack().undo();
        const auto back = doc->project().find<Site>(id);
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("Vostochny port"));
        QCOMPARE(back->location.lon, 133.07);
    }

    void gradingSchemeSwitchIsUndoableAndRefusedWhenGradesDoNotFit()
    {
        auto doc = newDocument();
        Project &p = doc->project();
        QCOMPARE(p.gradingScheme().key(), QStringLiteral("admiralty"));
        QCOMPARE(doc->push(new SetGradingSchemeCommand(*doc, GradingScheme::uk5x5x5(), QStringLiteral("Scheme"))), QString());
        QCOMPARE(p.gradingScheme().key(), QStringLiteral("uk-5x5x5"));
        doc->undoStack().undo();
        QCOMPARE(p.gradingScheme().key(), QStringLiteral("admiralty"));
        doc->undoStack().redo();
        QCOMPARE(p.gradingScheme().key(), QStringLiteral("uk-5x5x5"));
        doc->undoStack().undo();

        // F ("cannot be judged") has no place in UK 5x5x5: refused, naming the source; no step.
        Source unjudged;
        unjudged.publisher = QStringLiteral("Anonymous channel");
        unjudged.title = QStringLiteral("Railcar photos");
        unjudged.reliability = Reliability::F;
        p.save(unjudged);
        const int steps = doc->undoStack().count();
        const QString why = doc->push(new SetGradingSchemeCommand(*doc, GradingScheme::uk5x5x5(), QStringLiteral("Scheme")));
        QVERIFY2(why.contains(QStringLiteral("Railcar photos")) || why.contains(QStringLiteral("Anonymous channel")),
                 qPrintable(why));
        QCOMPARE(doc->undoStack().count(), steps);
        QCOMPARE(p.gradingScheme().key(), QStringLiteral("admiralty"));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
