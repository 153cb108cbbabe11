// Counted observations follow the annotations they come from, in the same transaction: one per
// scene × site × object kind, valued at the sum of the annotations' counts, timed by the scene.
// Every case checks the observations table itself.
#include "support/samplerecords.h"

#include "sightline/store/project.h"
#include "sightline/store/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

namespace {

struct Row
{
    QString scene, site, kind;
    double value = 0;
    QString measure, time;
    bool operator==(const Row &) const = default;
};

// The counted observations as stored, ordered, straight from the table.
QList<Row> countedRows(Project &p)
{
    auto s = p.database().prepare(QStringLiteral(
        "SELECT scene_uuid, site_uuid, object_kind, q_value, q_measure, time_text FROM observations "
        "WHERE scene_uuid IS NOT NULL AND claim_uuid IS NULL ORDER BY scene_uuid, site_uuid, object_kind"));
    QList<Row> out;
    while (s.next())
        out.append({s.text(0), s.text(1), s.text(2), s.real(3), s.text(4), s.text(5)});
    return out;
}

QString id(const QUuid &u) { return u.toString(QUuid::WithoutBraces); }

QStringList countLines(const QStringList &problems)
{
    QStringList out;
    for (const QString &line : problems)
        if (line.contains(QLatin1String("observation")))
            out << line;
    return out;
}

} // namespace

class TestCountRollup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Project> p;
    Site yard, border;
    ImageryScene before, after;

    Annotation point(const ImageryScene &scene, const Site &site, const QString &kind = QStringLiteral("railcar"))
    {
        Annotation a;
        a.sceneId = scene.meta.id;
        a.siteId = site.meta.id;
        a.objectKind = kind;
        a.geometry = Geometry::point(130.605, 42.425);
        return a;
    }

    Annotation box(const ImageryScene &scene, int count)
    {
        Annotation a = point(scene, yard);
        a.shape = AnnotationShape::Box;
        a.count = count;
        a.geometry = Geometry::polygon(
            {{130.601, 42.421}, {130.603, 42.421}, {130.603, 42.422}, {130.601, 42.422}, {130.601, 42.421}});
        return a;
    }

    Row row(const ImageryScene &scene, const Site &site, double value, const QString &kind = QStringLiteral("railcar"))
    {
        return {id(scene.meta.id), id(site.meta.id), kind, value, QStringLiteral("count"), scene.acquired.toText()};
    }

private slots:
    void init()
    {
        p = Project::create(m_dir.filePath(QStringLiteral("rollup-%1.gpkg").arg(++m_files)), QStringLiteral("Counts"),
                            QStringLiteral("analyst"));
        yard = test::sampleSite();
        p->save(yard);
        border = test::sampleSite(QStringLiteral("Khasan border crossing"));
        p->save(border);
        for (ImageryScene *s : {&before, &after}) {
            *s = ImageryScene();
            s->filePath = QStringLiteral("imagery/%1.tif").arg(s == &before ? u"before" : u"after");
            s->footprint = yard.aoi;
            s->acquired = s == &before ? TimeSpan::day(2023, 6, 1) : TimeSpan::day(2023, 10, 5);
            p->save(*s);
        }
    }

    void cleanup() { p.reset(); }

    void addingSumsTheCounts()
    {
        Annotation a = point(after, yard);
        a.time = TimeSpan::day(1999, 1, 1); // the scene's time wins
        p->save(a);
        QCOMPARE(a.time, after.acquired);
        QCOMPARE(p->find<Annotation>(a.meta.id)->time, after.acquired);
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 1)});

        Annotation b = box(after, 72);
        p->save(b);
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 73)});

        const auto obs = p->all<Observation>();
        QCOMPARE(obs.size(), 1);
        QCOMPARE(obs[0].sceneId, after.meta.id);
        QVERIFY(obs[0].claimId.isNull());
        QCOMPARE(obs[0].count.measure, Measure::Count);
        QCOMPARE(obs[0].count.objectKind, QStringLiteral("railcar"));
        QCOMPARE(obs[0].count.unit, QStringLiteral("railcars"));
        QCOMPARE(obs[0].count.toDisplayString(), QStringLiteral("73 railcars"));
        QCOMPARE(obs[0].meta.revision, 2); // one new revision per change
        QVERIFY2(countLines(p->verify()).isEmpty(), qPrintable(countLines(p->verify()).join(u'\n')));
    }

    void annotationsWithoutSceneOrSiteCountNowhere()
    {
        Annotation onMap = point(after, yard);
        onMap.sceneId = QUuid();
        p->save(onMap);
        Annotation noSite = point(after, yard);
        noSite.siteId = QUuid();
        p->save(noSite);
        QVERIFY(countedRows(*p).isEmpty());
        QCOMPARE(p->count(RecordType::Observation), 0);
    }

    void movingToAnotherSiteOrKind()
    {
        Annotation a = point(after, yard);
        Annotation b = box(after, 5);
        p->save(a);
        p->save(b);
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 6)});

        a.siteId = border.meta.id;
        p->save(a);
        QList<Row> expected{row(after, yard, 5), row(after, border, 1)};
        std::sort(expected.begin(), expected.end(), [](const Row &l, const Row &r) { return l.site < r.site; });
        QCOMPARE(countedRows(*p), expected);

        a.objectKind = QStringLiteral("container");
        p->save(a);
        QList<Row> kinds{row(after, yard, 5), row(after, border, 1, QStringLiteral("container"))};
        std::sort(kinds.begin(), kinds.end(), [](const Row &l, const Row &r) { return l.site < r.site; });
        QCOMPARE(countedRows(*p), kinds);

        // To the other scene: it takes that scene's time, and the old count goes with it.
        b.sceneId = before.meta.id;
        p->save(b);
        QCOMPARE(b.time, before.acquired);
        QList<Row> scenes{row(before, yard, 5), row(after, border, 1, QStringLiteral("container"))};
        std::sort(scenes.begin(), scenes.end(), [](const Row &l, const Row &r) { return l.scene < r.scene; });
        QCOMPARE(countedRows(*p), scenes);
        QCOMPARE(p->count(RecordType::Observation), 2);
        QVERIFY2(countLines(p->verify()).isEmpty(), qPrintable(countLines(p->verify()).join(u'\n')));
    }

    void changingTheCountOfABox()
    {
        Annotation b = box(before, 20);
        p->save(b);
        b.count = 18;
        p->save(b);
        QCOMPARE(countedRows(*p), QList<Row>{row(before, yard, 18)});
    }

    void deletingRemovesAtZero()
    {
        Annotation a = point(after, yard);
        Annotation b = point(after, yard);
        p->save(a);
        p->save(b);
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 2)});
        const QUuid obsId = p->all<Observation>().first().meta.id;
        p->remove<Annotation>(a.meta.id);
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 1)});
        QCOMPARE(p->all<Observation>().first().meta.id, obsId); // the same observation, revised
        p->remove<Annotation>(b.meta.id);
        QVERIFY(countedRows(*p).isEmpty());
        QCOMPARE(p->count(RecordType::Observation), 0);
        // Put back (as undoing the deletion does): counted again.
        b.meta.revision = 0;
        p->save(b);
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 1)});
    }

    void reportedObservationsAreLeftAlone()
    {
        Source source = test::sampleSource();
        p->save(source);
        Claim claim = test::sampleClaim(source, yard);
        p->save(claim);
        Observation reported;
        reported.siteId = yard.meta.id;
        reported.objectKind = QStringLiteral("railcar");
        reported.count = claim.quantity;
        reported.time = claim.time;
        reported.claimId = claim.meta.id;
        reported.sceneId = after.meta.id; // the claim read off this scene
        p->save(reported);
        Annotation a = point(after, yard);
        p->save(a);
        p->remove<Annotation>(a.meta.id);
        QCOMPARE(*p->find<Observation>(reported.meta.id), reported);
        QCOMPARE(p->count(RecordType::Observation), 1);
    }

    void sceneTimeEditFollows()
    {
        Annotation a = point(after, yard);
        Annotation c = point(after, yard, QStringLiteral("container"));
        p->save(a);
        p->save(c);
        after.acquired = *TimeSpan::parse(QStringLiteral("2023-10-04T02:14Z"));
        p->save(after);
        QCOMPARE(p->find<Annotation>(a.meta.id)->time, after.acquired);
        QCOMPARE(p->find<Annotation>(c.meta.id)->time, after.acquired);
        QCOMPARE(countedRows(*p), (QList<Row>{row(after, yard, 1, QStringLiteral("container")), row(after, yard, 1)}));
        for (const Observation &o : p->all<Observation>())
            QCOMPARE(o.time, after.acquired);
        // Saving the scene unchanged writes no new revisions.
        const int revision = p->find<Annotation>(a.meta.id)->meta.revision;
        p->save(after);
        QCOMPARE(p->find<Annotation>(a.meta.id)->meta.revision, revision);
    }

    void batchRollbackTakesTheCountsBack()
    {
        Annotation kept = point(after, yard);
        p->save(kept);
        {
            Project::Batch batch(*p);
            for (int i = 0; i < 50; ++i) {
                Annotation a = point(after, yard);
                p->save(a);
            }
            Annotation other = point(before, border, QStringLiteral("vessel"));
            p->save(other);
            QCOMPARE(countedRows(*p).size(), 2);
            // no commit
        }
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 1)});
        {
            Project::Batch batch(*p);
            for (int i = 0; i < 50; ++i) {
                Annotation a = point(after, yard);
                p->save(a);
            }
            batch.commit();
        }
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 51)});
        QCOMPARE(p->count(RecordType::Observation), 1);
    }

    void refusedSaveChangesNothing()
    {
        Annotation a = point(after, yard);
        p->save(a);
        Annotation bad = point(after, yard);
        bad.siteId = QUuid::createUuid(); // not in the project
        QVERIFY_THROWS_EXCEPTION(StoreError, p->save(bad));
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 1)});
    }

    void verifyReportsDisagreement()
    {
        Annotation a = box(after, 20);
        p->save(a);
        QVERIFY2(countLines(p->verify()).isEmpty(), qPrintable(countLines(p->verify()).join(u'\n')));
        p->database().exec(QStringLiteral("UPDATE observations SET q_value = 25"));
        QStringList lines = countLines(p->verify());
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(QLatin1String("counts 25")) && lines[0].contains(QLatin1String("count 20")),
                 qPrintable(lines[0]));
        p->database().exec(QStringLiteral("DELETE FROM observations"));
        lines = countLines(p->verify());
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(QLatin1String("no counted observation")), qPrintable(lines[0]));
        // The next edit of the annotation puts it right.
        a.notes = QStringLiteral("recounted");
        p->save(a);
        QVERIFY2(countLines(p->verify()).isEmpty(), qPrintable(countLines(p->verify()).join(u'\n')));
        QCOMPARE(countedRows(*p), QList<Row>{row(after, yard, 20)});
    }
};

QTEST_GUILESS_MAIN(TestCountRollup)
#include "tst_count_rollup.moc"
