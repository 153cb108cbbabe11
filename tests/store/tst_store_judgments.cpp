// Analytic judgments in the project file (schema step kJudgmentsTableAddedIn): round trip, change
// log, search, verify, a downgraded or discredited source flagging the judgments resting on it,
// and the migration from the schema before it (read-only: no judgments; for writing: one step).
#include "support/gdalchecks.h"
#include "support/samplerecords.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/schema.h"
#include "sightline/store/schema_judgments.h"
#include "sightline/store/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

namespace {

Judgment sampleJudgment(const Site &site)
{
    Judgment j;
    j.statement = QStringLiteral("North Korean munitions cross to Russia by rail at Tumangang–Khasan");
    j.likelihood = Likelihood::Likely;
    j.confidence = Confidence::Moderate;
    j.time = *TimeSpan::parse(QStringLiteral("2023-09/2024-12"));
    j.siteIds = {site.meta.id};
    j.author = QStringLiteral("J. Analyst");
    j.status = JudgmentStatus::Issued;
    j.notes = QStringLiteral("railcar counts rose after the summit\nsecond line");
    return j;
}

Link dependsOn(const Judgment &j, RecordType type, const QUuid &id)
{
    Link l;
    l.from = {RecordType::Judgment, j.meta.id};
    l.to = {type, id};
    l.relation = LinkRelation::DependsOn;
    return l;
}

QSet<QUuid> flagged(const Project &p, RecordType type)
{
    QSet<QUuid> out;
    for (const ReviewFlag &f : p.reviewFlags())
        if (f.record.type == type)
            out.insert(f.record.id);
    return out;
}

} // namespace

class TestStoreJudgments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("j%1.gpkg").arg(++m_n)); }

    // A file at the schema before judgments, written by the migration steps that came before:
    // the kept schema-1 file brought forward to kJudgmentsTableAddedIn - 1.
    QString schemaBeforeJudgments()
    {
        const QString copy = newPath();
        if (!QFile::copy(QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/data/project-schema1.gpkg"), copy))
            return {};
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        sql::Database db(copy, sql::Database::Mode::ReadWrite);
        gpkg::registerFunctions(db);
        store::migrate(db, 1, store::kJudgmentsTableAddedIn - 1, store::migrations());
        return copy;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(store::kJudgmentsTableAddedIn <= store::kSchemaVersion);
        QCOMPARE(store::tableAddedIn(QStringLiteral("judgments")), store::kJudgmentsTableAddedIn);
    }

    void judgmentRoundTrips()
    {
        const QString file = newPath();
        Judgment j;
        {
            auto p = Project::create(file, QStringLiteral("Judgments"), QStringLiteral("a"));
            Site site = test::sampleSite();
            p->save(site);
            j = sampleJudgment(site);
            p->save(j);
            QCOMPARE(j.meta.revision, 1);
        }
        auto p = Project::open(file, QStringLiteral("b"));
        QCOMPARE(p->all<Judgment>(), QList<Judgment>{j});
        QCOMPARE(p->find<Judgment>(j.meta.id), std::optional<Judgment>(j));
        QCOMPARE(p->count(RecordType::Judgment), 1);
        // The band is in the file beside the words, for readers of the table.
        {
            auto s = p->database().prepare(QStringLiteral(
                "SELECT likelihood, likelihood_min_pct, likelihood_max_pct, confidence, judged_by FROM judgments"));
            QVERIFY(s.next());
            QCOMPARE(s.text(0), QStringLiteral("likely"));
            QCOMPARE(s.int64(1), 55);
            QCOMPARE(s.int64(2), 80);
            QCOMPARE(s.text(3), QStringLiteral("moderate"));
            QCOMPARE(s.text(4), QStringLiteral("J. Analyst"));
        }
        // An attributes table QGIS lists.
        QCOMPARE(p->database().scalarInt(QStringLiteral(
                     "SELECT count(*) FROM gpkg_contents WHERE table_name = 'judgments' AND data_type = 'attributes'")),
                 1);

        // Edits are revisions in the change log; the search index follows statement and notes.
        Judgment edited = j;
        edited.notes = QStringLiteral("tarpaulins on the flatcars");
        edited.likelihood = Likelihood::VeryLikely;
        p->save(edited);
        QCOMPARE(p->find<Judgment>(j.meta.id)->likelihood, Likelihood::VeryLikely);
        QStringList actions;
        for (const ChangeLogEntry &e : p->changeLog(j.meta.id)) {
            QCOMPARE(e.recordTypeKey, QStringLiteral("judgment"));
            actions << toKey(e.action);
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("insert"), QStringLiteral("update")}));
        auto hitsFor = [&](const QString &text) {
            int n = 0;
            for (const SearchHit &h : p->search(text))
                n += h.record == RecordRef{RecordType::Judgment, j.meta.id} ? 1 : 0;
            return n;
        };
        QCOMPARE(hitsFor(QStringLiteral("Khasan")), 1);
        QCOMPARE(hitsFor(QStringLiteral("tarpaulins")), 1);
        QCOMPARE(hitsFor(QStringLiteral("summit")), 0); // the old notes are gone from the index
        QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        p->remove<Judgment>(j.meta.id);
        QCOMPARE(hitsFor(QStringLiteral("Khasan")), 0);
        QCOMPARE(p->changeLog(j.meta.id).size(), 3);
        p.reset();
        test::checkOgrinfoLists(file, {QStringLiteral("judgments"), QStringLiteral("claims")});
        if (!QTest::currentTestFailed() && test::gdalValidatorInstalled())
            test::checkGdalValidatorAccepts(file);
    }

    void unsoundJudgmentsAreRefused()
    {
        auto p = Project::create(newPath(), QStringLiteral("Refused"), QStringLiteral("a"));
        Site nowhere = test::sampleSite();
        nowhere.meta.id = QUuid::createUuid(); // never stored
        Judgment noStatement = sampleJudgment(nowhere);
        noStatement.statement = QStringLiteral("  ");
        try {
            p->save(noStatement);
            QFAIL("a judgment without a statement was saved");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("statement")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("is not in the project")), qPrintable(e.message()));
        }
        QCOMPARE(p->count(RecordType::Judgment), 0);
        QCOMPARE(p->changeLogCount(), 0);
    }

    void downgradeFlagsJudgmentsRestingOnTheSource()
    {
        auto p = Project::create(newPath(), QStringLiteral("Review"), QStringLiteral("a"));
        Site site = test::sampleSite();
        p->save(site);
        Source csis = test::sampleSource(), wsj = test::sampleSource(), nsc = test::sampleSource();
        wsj.publisher = QStringLiteral("Wall Street Journal");
        nsc.publisher = QStringLiteral("US National Security Council");
        for (Source *s : {&csis, &wsj, &nsc})
            p->save(*s);
        Claim railcars = test::sampleClaim(csis, site), containers = test::sampleClaim(wsj, site);
        containers.quote = QStringLiteral("some 20,000 containers");
        p->save(railcars);
        p->save(containers);
        Judgment rail = sampleJudgment(site), sea = sampleJudgment(site), direct = sampleJudgment(site);
        sea.statement = QStringLiteral("Containers go by sea from Rajin to Dunai");
        direct.statement = QStringLiteral("The US government has imagery of the shipments");
        for (Judgment *j : {&rail, &sea, &direct})
            p->save(*j);
        Link railOnClaim = dependsOn(rail, RecordType::Claim, railcars.meta.id);
        Link seaSupported;
        seaSupported.from = {RecordType::Claim, containers.meta.id};
        seaSupported.to = {RecordType::Judgment, sea.meta.id};
        seaSupported.relation = LinkRelation::Supports;
        Link directOnSource = dependsOn(direct, RecordType::Source, nsc.meta.id);
        for (Link *l : {&railOnClaim, &seaSupported, &directOnSource})
            p->save(*l);

        // Downgrade CSIS: its claim and the judgment resting on that claim; not the others.
        p->setSourceGrade(csis.meta.id, Reliability::D, QStringLiteral("imagery not released"));
        QCOMPARE(flagged(*p, RecordType::Judgment), QSet<QUuid>{rail.meta.id});
        QCOMPARE(flagged(*p, RecordType::Claim), QSet<QUuid>{railcars.meta.id});
        for (const ReviewFlag &f : p->reviewFlags())
            if (f.record.id == rail.meta.id) {
                QCOMPARE(f.causeId, csis.meta.id);
                QVERIFY2(f.reason.contains(QStringLiteral("from B to D")), qPrintable(f.reason));
                QVERIFY2(f.reason.contains(QStringLiteral("depends on claim")), qPrintable(f.reason));
            }

        // Discredit the WSJ: the judgment its claim supports.
        p->discreditSource(wsj.meta.id, QStringLiteral("figures withdrawn"));
        QCOMPARE(flagged(*p, RecordType::Judgment), (QSet<QUuid>{rail.meta.id, sea.meta.id}));

        // A judgment that rests on a source directly.
        p->discreditSource(nsc.meta.id, QString());
        QCOMPARE(flagged(*p, RecordType::Judgment), (QSet<QUuid>{rail.meta.id, sea.meta.id, direct.meta.id}));

        // An upgrade flags nothing more.
        const qsizetype open = p->reviewFlags().size();
        p->setSourceGrade(csis.meta.id, Reliability::A, QStringLiteral("confirmed"));
        QCOMPARE(p->reviewFlags().size(), open);
    }

    void readOnlyOlderFileHasNoJudgments()
    {
        const QString file = schemaBeforeJudgments();
        QVERIFY(!file.isEmpty());
        const QByteArray before = test::fileSha256(file);
        {
            auto p = Project::open(file, QStringLiteral("reader"), Project::Access::ReadOnly);
            QCOMPARE(p->schemaVersion(), store::kJudgmentsTableAddedIn - 1);
            QVERIFY(!p->database().tableExists(QStringLiteral("judgments")));
            QVERIFY(p->all<Judgment>().isEmpty());
            QVERIFY(!p->find<Judgment>(QUuid::createUuid()));
            QCOMPARE(p->count(RecordType::Judgment), 0);
            QVERIFY(p->search(QStringLiteral("Tumangang")).size() > 0); // the rest reads as before
            QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
            Judgment j = sampleJudgment(Site{});
            j.siteIds.clear();
            QVERIFY_THROWS_EXCEPTION(StoreError, p->save(j));
        }
        QCOMPARE(test::fileSha256(file), before);
    }

    void openingForWritingMigrates()
    {
        const QString file = schemaBeforeJudgments();
        QVERIFY(!file.isEmpty());
        QList<Claim> claims;
        QList<Link> links;
        qint64 logEntries = 0;
        {
            auto p = Project::open(file, QStringLiteral("reader"), Project::Access::ReadOnly);
            claims = p->all<Claim>();
            links = p->all<Link>();
            logEntries = p->changeLogCount();
        }
        QVERIFY(!claims.isEmpty());
        auto p = Project::open(file, QStringLiteral("migrator"));
        QCOMPARE(p->schemaVersion(), store::kSchemaVersion);
        QVERIFY(p->database().tableExists(QStringLiteral("judgments")));
        QCOMPARE(p->database().scalarInt(QStringLiteral(
                     "SELECT count(*) FROM gpkg_contents WHERE table_name = 'judgments' AND data_type = 'attributes'")),
                 1);
        QCOMPARE(p->all<Claim>(), claims);
        QCOMPARE(p->all<Link>(), links);
        QCOMPARE(p->changeLogCount(), logEntries);
        QVERIFY(p->all<Judgment>().isEmpty());
        // The migrated file takes judgments like a new one, resting on the claims it had.
        Judgment j = sampleJudgment(Site{});
        j.siteIds = claims.first().siteIds;
        p->save(j);
        Link l = dependsOn(j, RecordType::Claim, claims.first().meta.id);
        p->save(l);
        QCOMPARE(judgmentBasis(j.meta.id, p->all<Link>()), (QList<RecordRef>{{RecordType::Claim, claims.first().meta.id}}));
        const QList<SearchHit> hits = p->search(QStringLiteral("Khasan"));
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(),
                            [&](const SearchHit &h) { return h.record == RecordRef{RecordType::Judgment, j.meta.id}; }));
        QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        p.reset();
        test::checkOgrinfoLists(file, {QStringLiteral("judgments")});
    }

    void failedMigrationLeavesTheOlderSchema()
    {
        const QString file = schemaBeforeJudgments();
        QVERIFY(!file.isEmpty());
        {
            sql::Database db(file, sql::Database::Mode::ReadWrite);
            gpkg::registerFunctions(db);
            QList<store::Migration> steps = store::migrations();
            steps.append({store::kSchemaVersion, [](sql::Database &d) { d.exec(QStringLiteral("SELECT nonsense()")); }});
            QVERIFY_THROWS_EXCEPTION(std::exception,
                                     store::migrate(db, store::kJudgmentsTableAddedIn - 1, store::kSchemaVersion + 1, steps));
            QVERIFY(!db.tableExists(QStringLiteral("judgments")));
            QCOMPARE(store::metaValue(db, QStringLiteral("schema_version")),
                     QString::number(store::kJudgmentsTableAddedIn - 1));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreJudgments)
#include "tst_store_judgments.moc"
