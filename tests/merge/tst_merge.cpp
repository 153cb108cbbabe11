// Merging two copies of one project: one-sided and field-by-field changes, every kind of
// conflict, the logs as unions, outside edits, bad input, and the properties: nothing lost,
// A+B == B+A, merging again changes nothing, merges of merges.
#include "support/samplerecords.h"

#include "sightline/merge/conflicts.h"
#include "sightline/merge/merge.h"
#include "sightline/store/gpkg.h"
#include "sightline/store/history.h"
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema.h"
#include "sightline/store/schemacheck.h"
#include "sightline/store/sqlite.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;
using merge::Conflict;

class TestMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2.gpkg").arg(name).arg(++m_files));
    }

    // The shared start: a site, a source and a claim, saved by "origin".
    struct Start
    {
        QString file;
        Site site;
        Source source;
        Claim claim;
    };

    Start start()
    {
        Start s;
        s.file = path(QStringLiteral("base"));
        auto p = Project::create(s.file, QStringLiteral("Merge"), QStringLiteral("origin"));
        s.site = sampleSite();
        p->save(s.site);
        s.source = sampleSource();
        p->save(s.source);
        s.claim = sampleClaim(s.source, s.site);
        p->save(s.claim);
        return s;
    }

    QString copyOf(const QString &file, const QString &name)
    {
        const QString to = path(name);
        return QFile::copy(file, to) ? to : QString();
    }

    static std::unique_ptr<Project> open(const QString &file, const QString &author)
    {
        return Project::open(file, author);
    }

    merge::MergeReport mergeInto(const QString &a, const QString &b, const QString &out,
                                 merge::MergeOptions options = {})
    {
        if (options.author.isEmpty()) options.author = QStringLiteral("merger");
        return merge::mergeCopies(a, b, out, options);
    }

    // Record content by table and UUID: what "the same records" means.
    static QMap<QString, QByteArray> contents(const QString &file)
    {
        auto p = Project::open(file, QString(), Project::Access::ReadOnly);
        QMap<QString, QByteArray> out;
        for (const store::TableSpec *spec : store::allTableSpecs()) {
            const auto all = store::readContents(p->database(), *spec);
            for (auto it = all.cbegin(); it != all.cend(); ++it)
                out.insert(spec->table + u'/' + store::uuidText(it.key()), it->hash);
        }
        return out;
    }

    static QSet<QString> entryIds(const QString &file, const QString &table)
    {
        auto p = Project::open(file, QString(), Project::Access::ReadOnly);
        QSet<QString> out;
        auto s = p->database().prepare(QStringLiteral("SELECT entry_uuid FROM %1").arg(table));
        while (s.next())
            out.insert(s.text(0));
        return out;
    }

    static QList<Conflict> conflictsOf(const QString &file)
    {
        auto p = Project::open(file, QString(), Project::Access::ReadOnly);
        return merge::conflicts(*p);
    }

  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(store::kSchemaVersion >= store::kHistorySchemaVersion);
    }

    void everyWriteKeepsAVersion()
    {
        const Start s = start();
        auto p = open(s.file, QStringLiteral("ana"));
        Site site = *p->find<Site>(s.site.meta.id);
        site.notes = QStringLiteral("edited");
        p->save(site);
        p->remove<Claim>(s.claim.meta.id);
        const auto siteHistory = store::readHistory(p->database(), {}, s.site.meta.id);
        QCOMPARE(siteHistory.size(), 2);
        QCOMPARE(siteHistory[0].action, QStringLiteral("insert"));
        QCOMPARE(siteHistory[1].action, QStringLiteral("update"));
        QCOMPARE(siteHistory[1].author, QStringLiteral("ana"));
        QCOMPARE(siteHistory[1].revision, 2);
        const auto now = store::readContent(p->database(), store::specFor(RecordType::Site), s.site.meta.id);
        QCOMPARE(siteHistory[1].hash, now->hash);
        QVERIFY(siteHistory[1].content.contains("edited"));
        const auto claimHistory = store::readHistory(p->database(), {}, s.claim.meta.id);
        QCOMPARE(claimHistory.last().action, QStringLiteral("delete"));
        QVERIFY(store::outsideEdits(p->database()).isEmpty());
        // Append-only, as the change log.
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 p->database().exec(QStringLiteral("DELETE FROM record_history")));
        // Every log row has an entry id of its own.
        auto ids = p->database().prepare(
            QStringLiteral("SELECT count(*), count(DISTINCT entry_uuid), count(entry_uuid) FROM change_log"));
        QVERIFY(ids.next());
        QCOMPARE(ids.int64(1), ids.int64(0));
        QCOMPARE(ids.int64(2), ids.int64(0));
        QVERIFY(p->verify().isEmpty());
    }

    void schema6MigratesWithHistoryAndEntryIds()
    {
        const QString original = QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/data/project-schema6.gpkg");
        const QString a = copyOf(original, QStringLiteral("s6a"));
        const QString b = copyOf(original, QStringLiteral("s6b"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        {
            auto ro = Project::open(a, QString(), Project::Access::ReadOnly);
            QCOMPARE(ro->schemaVersion(), 6);
        }
        qint64 records = 0;
        {
            auto p = open(a, QStringLiteral("writer"));
            QCOMPARE(p->schemaVersion(), store::kSchemaVersion);
            QVERIFY(store::schemaProblems(p->database(), store::kSchemaVersion).isEmpty());
            for (const store::TableSpec *spec : store::allTableSpecs())
                records += p->count(spec->type);
            QCOMPARE(qint64(store::readHistory(p->database()).size()), records);
            QVERIFY(store::outsideEdits(p->database()).isEmpty());
            auto s = p->database().prepare(
                QStringLiteral("SELECT count(*) FROM change_log WHERE entry_uuid IS NULL"));
            QVERIFY(s.next());
            QCOMPARE(s.int64(0), 0);
            QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        }
        {
            auto p = open(b, QStringLiteral("writer"));
        }
        // Copies migrated apart name the same rows and versions alike.
        QCOMPARE(entryIds(a, QStringLiteral("change_log")), entryIds(b, QStringLiteral("change_log")));
        QCOMPARE(entryIds(a, QStringLiteral("source_grades")), entryIds(b, QStringLiteral("source_grades")));
        QCOMPARE(entryIds(a, QStringLiteral("record_history")).size(), int(records));
        // Merging them adds nothing.
        const QString out = path(QStringLiteral("s6m"));
        const auto report = mergeInto(a, b, out);
        QVERIFY(report.conflicts.isEmpty());
        QCOMPARE(report.logEntriesAdded, 0);
        QCOMPARE(contents(out), contents(a));
    }

    void aBaseFileHelpsCopiesMigratedApart()
    {
        // Two schema-6 copies, one changed before either was migrated: their histories share
        // nothing about that record, so without the base it is an add/add conflict.
        const QString original = QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/data/project-schema6.gpkg");
        const QString base = copyOf(original, QStringLiteral("b6base")),
                      a = copyOf(original, QStringLiteral("b6a")),
                      b = copyOf(original, QStringLiteral("b6b"));
        QString siteId;
        {
            sql::Database db(a, sql::Database::Mode::ReadWrite);
            gpkg::registerFunctions(db);
            db.trustCheckedSchema();
            siteId = *db.scalarText(QStringLiteral("SELECT uuid FROM sites ORDER BY fid LIMIT 1"));
            db.exec(
                QStringLiteral("UPDATE sites SET notes = 'changed before schema 7', revision = revision + 1 "
                               "WHERE fid = (SELECT min(fid) FROM sites)"));
        }
        const QString without = path(QStringLiteral("nobase")), with = path(QStringLiteral("withbase"));
        const auto r1 = mergeInto(a, b, without);
        QCOMPARE(r1.conflicts.size(), 1);
        QCOMPARE(r1.conflicts.first().kind, QStringLiteral("add/add"));
        merge::MergeOptions options;
        options.basePath = base;
        const auto r2 = mergeInto(a, b, with, options);
        QVERIFY(r2.conflicts.isEmpty());
        auto m = open(with, QStringLiteral("reader"));
        QCOMPARE(m->find<Site>(QUuid::fromString(siteId))->notes, QStringLiteral("changed before schema 7"));
        // Neither input was changed: both are still schema 6.
        for (const QString &input : {a, b, base})
            QCOMPARE(Project::open(input, QString(), Project::Access::ReadOnly)->schemaVersion(), 6);
    }

    void oneSidedChangesAreTakenAndFieldsMerge()
    {
        const Start s = start();
        const QString a = copyOf(s.file, QStringLiteral("a")), b = copyOf(s.file, QStringLiteral("b"));
        {
            auto p = open(a, QStringLiteral("ana"));
            Site site = *p->find<Site>(s.site.meta.id);
            site.name = QStringLiteral("Tumangang yard");
            p->save(site);
        }
        {
            auto p = open(b, QStringLiteral("ben"));
            Site site = *p->find<Site>(s.site.meta.id);
            site.notes = QStringLiteral("ben's note");
            p->save(site);
            Claim claim = *p->find<Claim>(s.claim.meta.id);
            claim.notes = QStringLiteral("counted again");
            p->save(claim);
        }
        const QString out = path(QStringLiteral("m"));
        const auto report = mergeInto(a, b, out);
        QVERIFY(report.conflicts.isEmpty());
        auto m = open(out, QStringLiteral("reader"));
        const Site site = *m->find<Site>(s.site.meta.id);
        QCOMPARE(site.name, QStringLiteral("Tumangang yard"));
        QCOMPARE(site.notes, QStringLiteral("ben's note"));
        QCOMPARE(site.aoi, s.site.aoi);
        QCOMPARE(m->find<Claim>(s.claim.meta.id)->notes, QStringLiteral("counted again"));
        QVERIFY(store::outsideEdits(m->database()).isEmpty());
        QVERIFY2(m->verify().isEmpty(), qPrintable(m->verify().join(u'\n')));
        // Search follows the merged text.
        QVERIFY(!m->search(QStringLiteral("counted again")).isEmpty());
        bool merged = false;
        for (const auto &d : report.decisions)
            merged = merged || (d.recordId == s.site.meta.id && d.decision == QLatin1String("merged fields"));
        QVERIFY(merged);
    }

    void editEditIsAConflictNamingBothSides()
    {
        const Start s = start();
        const QString a = copyOf(s.file, QStringLiteral("a")), b = copyOf(s.file, QStringLiteral("b"));
        {
            auto p = open(a, QStringLiteral("ana"));
            Site site = *p->find<Site>(s.site.meta.id);
            site.notes = QStringLiteral("ana says");
            p->save(site);
        }
        QTest::qWait(5); // the later edit is theirs
        {
            auto p = open(b, QStringLiteral("ben"));
            Site site = *p->find<Site>(s.site.meta.id);
            site.notes = QStringLiteral("ben says");
            p->save(site);
        }
        const QString out = path(QStringLiteral("m"));
        const auto report = mergeInto(a, b, out);
        QCOMPARE(report.conflicts.size(), 1);
        const Conflict c = report.conflicts.first();
        QCOMPARE(c.kind, QStringLiteral("edit/edit"));
        QCOMPARE(c.field, QStringLiteral("notes"));
        QCOMPARE(c.mine.toString(), QStringLiteral("ana says"));
        QCOMPARE(c.theirs.toString(), QStringLiteral("ben says"));
        QCOMPARE(c.ancestor.toString(), s.site.notes);
        QCOMPARE(c.mineAuthor, QStringLiteral("ana"));
        QCOMPARE(c.theirsAuthor, QStringLiteral("ben"));
        // Stored, listed until resolved, never blocking a save.
        const auto stored = conflictsOf(out);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().id, c.id);
        auto m = open(out, QStringLiteral("carla"));
        QCOMPARE(m->find<Site>(s.site.meta.id)->notes, QStringLiteral("ben says")); // the later edit
        Claim claim = *m->find<Claim>(s.claim.meta.id);
        claim.notes = QStringLiteral("saved with a conflict open");
        m->save(claim);
        merge::resolveConflict(*m, c.id, merge::Resolution::KeepMine);
        QCOMPARE(m->find<Site>(s.site.meta.id)->notes, QStringLiteral("ana says"));
        QVERIFY(merge::conflicts(*m).isEmpty());
        QCOMPARE(merge::conflicts(*m, false).first().resolution, QStringLiteral("mine"));
        QVERIFY_THROWS_EXCEPTION(StoreError, merge::resolveConflict(*m, c.id, merge::Resolution::KeepTheirs));
        merge::reopenConflict(*m, c.id, QJsonValue(QStringLiteral("ben says")));
        QCOMPARE(merge::conflicts(*m).size(), 1);
        merge::resolveConflict(*m, c.id, merge::Resolution::Edit, QJsonValue(QStringLiteral("both say")));
        QCOMPARE(m->find<Site>(s.site.meta.id)->notes, QStringLiteral("both say"));
        QVERIFY(store::outsideEdits(m->database()).isEmpty());
        QVERIFY(m->verify().isEmpty());
    }

    void editDeleteAndDeleteEdit()
    {
        const Start s = start();
        const QString a = copyOf(s.file, QStringLiteral("a")), b = copyOf(s.file, QStringLiteral("b"));
        {
            auto p = open(a, QStringLiteral("ana"));
            Claim claim = *p->find<Claim>(s.claim.meta.id);
            claim.notes = QStringLiteral("ana checked it");
            p->save(claim);
        }
        {
            auto p = open(b, QStringLiteral("ben"));
            p->remove<Claim>(s.claim.meta.id);
        }
        for (const bool swapped : {false, true}) {
            const QString out = path(QStringLiteral("m"));
            const auto report = swapped ? mergeInto(b, a, out) : mergeInto(a, b, out);
            QCOMPARE(report.conflicts.size(), 1);
            QCOMPARE(report.conflicts.first().kind,
                     swapped ? QStringLiteral("delete/edit") : QStringLiteral("edit/delete"));
            auto m = open(out, QStringLiteral("reader"));
            QCOMPARE(m->find<Claim>(s.claim.meta.id)->notes,
                     QStringLiteral("ana checked it")); // nothing lost
            if (swapped) {
                // Keeping the deleting side removes the record.
                merge::resolveConflict(*m, report.conflicts.first().id, merge::Resolution::KeepMine);
                QVERIFY(!m->find<Claim>(s.claim.meta.id));
                QVERIFY(store::outsideEdits(m->database()).isEmpty());
            }
        }
    }

    void theResultKeepsNoContentOfDeletedRecords()
    {
        // One claim deleted in mine before, one deleted in theirs, one added and deleted in theirs.
        const Start s = start();
        const QString a = copyOf(s.file, QStringLiteral("a")), b = copyOf(s.file, QStringLiteral("b"));
        Claim second = sampleClaim(s.source, s.site), third = sampleClaim(s.source, s.site);
        {
            auto p = open(a, QStringLiteral("ana"));
            p->remove<Claim>(s.claim.meta.id);
        }
        {
            auto p = open(b, QStringLiteral("ben"));
            p->save(second);
            p->save(third);
            p->remove<Claim>(third.meta.id);
        }
        const QString out = path(QStringLiteral("m"));
        mergeInto(a, b, out);
        auto m = open(out, QStringLiteral("reader"));
        QVERIFY(!m->find<Claim>(s.claim.meta.id));
        QVERIFY(m->find<Claim>(second.meta.id));
        for (const QUuid &gone : {s.claim.meta.id, third.meta.id}) {
            const auto history = store::readHistory(m->database(), {}, gone);
            QVERIFY(history.size() >= 2);
            for (const store::HistoryEntry &e : history) {
                QVERIFY2(e.content.isEmpty(), qPrintable(e.action));
                QVERIFY(e.isDelete() || !e.hash.isEmpty()); // ids and hashes stay
            }
        }
        QVERIFY(!store::readHistory(m->database(), {}, second.meta.id).last().content.isEmpty());
        QVERIFY(store::outsideEdits(m->database()).isEmpty());
    }

    void addAddGeometryAndGradeConflicts()
    {
        const Start s = start();
        const QString a = copyOf(s.file, QStringLiteral("a")), b = copyOf(s.file, QStringLiteral("b"));
        const QUuid shared = QUuid::createUuid();
        {
            auto p = open(a, QStringLiteral("ana"));
            Site twin = sampleSite(QStringLiteral("Rajin port"));
            twin.meta.id = shared;
            p->save(twin);
            Site site = *p->find<Site>(s.site.meta.id);
            site.location = {130.70, 42.50};
            p->save(site);
            p->setSourceGrade(s.source.meta.id, Reliability::A, QStringLiteral("long record"));
        }
        {
            auto p = open(b, QStringLiteral("ben"));
            Site twin = sampleSite(QStringLiteral("Rajin harbour"));
            twin.meta.id = shared;
            p->save(twin);
            Site site = *p->find<Site>(s.site.meta.id);
            site.location = {130.40, 42.30};
            p->save(site);
            p->setSourceGrade(s.source.meta.id, Reliability::D, QStringLiteral("imagery mislabelled"));
        }
        const QString out = path(QStringLiteral("m"));
        const auto report = mergeInto(a, b, out);
        QHash<QString, Conflict> byKind;
        for (const Conflict &c : report.conflicts)
            byKind.insert(c.kind, c);
        QVERIFY(byKind.contains(QStringLiteral("add/add")));
        QCOMPARE(byKind.value(QStringLiteral("add/add")).field, QStringLiteral("name"));
        QVERIFY(byKind.contains(QStringLiteral("geometry")));
        QCOMPARE(byKind.value(QStringLiteral("geometry")).recordId, s.site.meta.id);
        QVERIFY(byKind.contains(QStringLiteral("grade")));
        const Conflict grade = byKind.value(QStringLiteral("grade"));
        QCOMPARE(grade.mine.toString(), QStringLiteral("A"));
        QCOMPARE(grade.theirs.toString(), QStringLiteral("D"));
        QVERIFY2(grade.detail.contains(QStringLiteral("ana")) && grade.detail.contains(QStringLiteral("ben")),
                 qPrintable(grade.detail));
        // The downgrade on ben's side flagged the claim; the flag survives the merge, and both
        // sides' grading history is there.
        auto m = open(out, QStringLiteral("reader"));
        QCOMPARE(m->reviewFlags().size(), 1);
        QCOMPARE(m->reviewFlags().first().record.id, s.claim.meta.id);
        QCOMPARE(m->gradeHistory(s.source.meta.id).size(), 3);
        QVERIFY(m->verify().isEmpty());
    }

    void nothingLostAndOrderDoesNotMatter()
    {
        const Start s = start();
        const QString a = copyOf(s.file, QStringLiteral("a")), b = copyOf(s.file, QStringLiteral("b"));
        {
            auto p = open(a, QStringLiteral("ana"));
            Site extra = sampleSite(QStringLiteral("Khasan"));
            p->save(extra);
            Site site = *p->find<Site>(s.site.meta.id);
            site.notes = QStringLiteral("ana");
            p->save(site);
            QBuffer content;
            content.setData("captured by ana");
            content.open(QIODevice::ReadOnly);
            Capture c;
            c.sourceId = s.source.meta.id;
            c.fileName = QStringLiteral("ana.txt");
            c.mediaType = QStringLiteral("text/plain");
            p->addCapture(c, content);
        }
        {
            auto p = open(b, QStringLiteral("ben"));
            Source more = sampleSource();
            more.title = QStringLiteral("Another report");
            p->save(more);
            Site site = *p->find<Site>(s.site.meta.id);
            site.notes = QStringLiteral("ben");
            p->save(site);
            p->setSourceGrade(s.source.meta.id, Reliability::E, QStringLiteral("fabricated"));
        }
        const QString ab = path(QStringLiteral("ab")), ba = path(QStringLiteral("ba"));
        const auto r1 = mergeInto(a, b, ab);
        const auto r2 = mergeInto(b, a, ba);
        QCOMPARE(contents(ab), contents(ba));
        QCOMPARE(r1.conflicts.size(), r2.conflicts.size());
        QCOMPARE(r1.conflicts.first().id, r2.conflicts.first().id);
        // Every record of either side is in the result (or, for a deletion, in a conflict).
        const auto result = contents(ab);
        for (const QString &side : {a, b})
            for (const QString &key : contents(side).keys())
                QVERIFY2(result.contains(key), qPrintable(key));
        for (const char *table :
             {"change_log", "custody_log", "source_grades", "review_flags", "record_history"}) {
            const QSet<QString> merged = entryIds(ab, QLatin1String(table));
            QVERIFY(merged.contains(entryIds(a, QLatin1String(table))));
            QVERIFY(merged.contains(entryIds(b, QLatin1String(table))));
        }
        auto m = open(ab, QStringLiteral("reader"));
        QCOMPARE(m->all<Capture>().size(), 1);
        QCOMPARE(m->hashCaptureContent(m->all<Capture>().first().meta.id), m->all<Capture>().first().sha256);
        QVERIFY2(m->verify().isEmpty(), qPrintable(m->verify().join(u'\n')));
    }

    void countsFromBothSidesAddUp()
    {
        const Start s = start();
        ImageryScene scene;
        {
            auto p = open(s.file, QStringLiteral("origin"));
            scene.filePath = QStringLiteral("imagery/after.tif");
            scene.footprint = s.site.aoi;
            scene.acquired = TimeSpan::day(2023, 10, 5);
            p->save(scene);
        }
        const QString a = copyOf(s.file, QStringLiteral("a")), b = copyOf(s.file, QStringLiteral("b"));
        for (const auto &[file, marks] : {std::pair{a, 2}, std::pair{b, 3}}) {
            auto p = open(file, QStringLiteral("counter"));
            for (int i = 0; i < marks; ++i) {
                Annotation mark;
                mark.sceneId = scene.meta.id;
                mark.siteId = s.site.meta.id;
                mark.objectKind = QStringLiteral("railcar");
                mark.geometry = Geometry::point(130.605 + i * 0.0001, 42.425);
                p->save(mark);
            }
        }
        const QString ab = path(QStringLiteral("ab")), ba = path(QStringLiteral("ba"));
        mergeInto(a, b, ab);
        mergeInto(b, a, ba);
        QCOMPARE(contents(ab), contents(ba));
        auto m = open(ab, QStringLiteral("reader"));
        QCOMPARE(m->all<Annotation>().size(), 5);
        QList<Observation> counted;
        for (const Observation &o : m->all<Observation>())
            if (o.sceneId == scene.meta.id)
                counted << o;
        QCOMPARE(counted.size(), 1); // one per scene, site and kind: nothing counts twice
        QCOMPARE(counted.first().count.value, 5.0);
        for (const QString &problem : m->verify()) // the scene's file is not there: nothing else is wrong
            QVERIFY2(problem.startsWith(QStringLiteral("scene ")), qPrintable(problem));
    }

    void mergingAgainChangesNothingAndMergesOfMergesWork()
    {
        const Start s = start();
        const QString a = copyOf(s.file, QStringLiteral("a")), b = copyOf(s.file, QStringLiteral("b")),
                      c = copyOf(s.file, QStringLiteral("c"));
        auto edit = [&](const QString &file, const QString &who, auto change) {
            auto p = open(file, who);
            Site site = *p->find<Site>(s.site.meta.id);
            change(site);
            p->save(site);
        };
        edit(a, QStringLiteral("ana"), [](Site &x) { x.notes = QStringLiteral("ana"); });
        QTest::qWait(5);
        edit(b, QStringLiteral("ben"), [](Site &x) { x.notes = QStringLiteral("ben"); });
        edit(c, QStringLiteral("cleo"), [](Site &x) { x.country = QStringLiteral("RU"); });
        const QString ab = path(QStringLiteral("ab"));
        mergeInto(a, b, ab);
        for (const QString &input : {a, b}) {
            for (const bool resultFirst : {true, false}) {
                const QString again = path(QStringLiteral("again"));
                const auto report = resultFirst ? mergeInto(ab, input, again) : mergeInto(input, ab, again);
                QCOMPARE(contents(again), contents(ab));
                QCOMPARE(conflictsOf(again).size(), conflictsOf(ab).size());
                if (resultFirst) {
                    QCOMPARE(report.logEntriesAdded, 0);
                    QVERIFY(report.conflicts.isEmpty());
                }
            }
        }
        // (A+B)+C and A+(B+C) hold the same records.
        const QString bc = path(QStringLiteral("bc")), abc1 = path(QStringLiteral("abc")),
                      abc2 = path(QStringLiteral("abc"));
        mergeInto(b, c, bc);
        mergeInto(ab, c, abc1);
        mergeInto(a, bc, abc2);
        QCOMPARE(contents(abc1), contents(abc2));
        auto m = open(abc1, QStringLiteral("reader"));
        const Site site = *m->find<Site>(s.site.meta.id);
        QCOMPARE(site.country, QStringLiteral("RU"));
        QCOMPARE(site.notes, QStringLiteral("ben"));
        QCOMPARE(merge::conflicts(*m).size(), 1);
    }

    void anOutsideEditIsNoticedAndMerged()
    {
        const Start s = start();
        const QString a = copyOf(s.file, QStringLiteral("a")), b = copyOf(s.file, QStringLiteral("b"));
        {
            // As QGIS edits a layer: plain SQL, no history written.
            sql::Database db(b, sql::Database::Mode::ReadWrite);
            gpkg::registerFunctions(db);
            db.trustCheckedSchema();
            auto u = db.prepare(QStringLiteral("UPDATE sites SET notes = 'edited in QGIS' WHERE uuid = ?"));
            u.bind(1, store::uuidText(s.site.meta.id));
            u.run();
        }
        {
            auto p = open(b, QStringLiteral("ben"));
            const auto outside = store::outsideEdits(p->database());
            QCOMPARE(outside.size(), 1);
            QCOMPARE(outside.first().recordId, s.site.meta.id);
        }
        {
            auto p = open(a, QStringLiteral("ana"));
            Site site = *p->find<Site>(s.site.meta.id);
            site.name = QStringLiteral("renamed by ana");
            p->save(site);
        }
        const QString out = path(QStringLiteral("m"));
        const auto report = mergeInto(a, b, out);
        QVERIFY(report.conflicts.isEmpty());
        auto m = open(out, QStringLiteral("reader"));
        const Site site = *m->find<Site>(s.site.meta.id);
        QCOMPARE(site.notes, QStringLiteral("edited in QGIS"));
        QCOMPARE(site.name, QStringLiteral("renamed by ana"));
        QVERIFY(store::outsideEdits(m->database()).isEmpty());
        const auto history = store::readHistory(m->database(), {}, s.site.meta.id);
        bool outside = false;
        for (const auto &e : history)
            outside = outside || e.action == QLatin1String("outside");
        QVERIFY(outside);
        // Merging the result with the edited copy again changes nothing.
        const QString again = path(QStringLiteral("again"));
        mergeInto(out, b, again);
        QCOMPARE(contents(again), contents(out));
    }

    void badInputIsRefusedAndNothingWritten()
    {
        const Start s = start();
        const QString a = copyOf(s.file, QStringLiteral("a"));
        const QString out = path(QStringLiteral("out"));
        auto refused = [&](const QString &x, const QString &y, const QString &named,
                           merge::MergeOptions o = {}) {
            try {
                mergeInto(x, y, out, o);
            } catch (const StoreError &e) {
                QVERIFY(e.isBadInput());
                QCOMPARE(e.file(), named);
                QVERIFY(!QFile::exists(out));
                const auto left =
                    QDir(m_dir.path()).entryList({QStringLiteral(".*merging*")}, QDir::Hidden | QDir::Files);
                QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
                return;
            }
            QFAIL("not refused");
        };
        refused(a, a, a);
        const QString text = path(QStringLiteral("text"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a project");
        }
        refused(a, text, text);
        refused(text, a, text);
        // From a newer Sightline.
        const QString newer = copyOf(s.file, QStringLiteral("newer"));
        {
            sql::Database db(newer, sql::Database::Mode::ReadWrite);
            store::setMetaValue(db, QStringLiteral("schema_version"),
                                QString::number(store::kSchemaVersion + 1));
        }
        refused(a, newer, newer);
        // Another project, unless asked; another grading scheme, always.
        const QString other = path(QStringLiteral("other"));
        {
            auto p = Project::create(other, QStringLiteral("Other"), QStringLiteral("zed"));
            Site site = sampleSite(QStringLiteral("Vladivostok"));
            p->save(site);
        }
        refused(a, other, other);
        merge::MergeOptions unrelated;
        unrelated.unrelated = true;
        unrelated.author = QStringLiteral("merger");
        mergeInto(a, other, out, unrelated);
        QVERIFY(QFile::exists(out));
        QCOMPARE(open(out, QStringLiteral("r"))->all<Site>().size(), 2);
        QVERIFY_THROWS_EXCEPTION(StoreError, mergeInto(a, other, out, unrelated)); // no overwriting
        QFile::remove(out);
        const QString uk = copyOf(s.file, QStringLiteral("uk"));
        {
            sql::Database db(uk, sql::Database::Mode::ReadWrite);
            store::setMetaValue(db, QStringLiteral("grading_scheme"), QStringLiteral("uk-5x5x5"));
        }
        try {
            mergeInto(a, uk, out);
            QFAIL("different grading schemes merged");
        } catch (const StoreError &e) {
            QVERIFY2(e.problem().contains(QStringLiteral("grade")), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
