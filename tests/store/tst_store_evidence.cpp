// The evidence tables of the project file: custody, capture versions and export, grading
// history, review flags after a downgrade, the grading scheme, full-text search, and the
// migration that adds them to an older file.
#include "sightline/store/gradehistories.h"
#include "sightline/store/project.h"
#include "sightline/store/schema.h"
#include "sightline/store/schema_evidence.h"
#include "sightline/store/sqlite.h"
#include "support/samplerecords.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestStoreEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Project> fresh(const QString &author = QStringLiteral("analyst-a"))
    {
        return Project::create(m_dir.filePath(QStringLiteral("p%1.gpkg").arg(++m_files)), QStringLiteral("Evidence"),
                               author);
    }

    static Capture addText(Project &p, const QUuid &source, const QByteArray &content,
                           const QString &url = QStringLiteral("https://example.org/a"),
                           const QString &name = QStringLiteral("a.txt"))
    {
        Capture c;
        c.sourceId = source;
        c.fileName = name;
        c.mediaType = QStringLiteral("text/plain");
        c.originalUrl = url;
        QBuffer buf;
        buf.setData(content);
        buf.open(QIODevice::ReadOnly);
        return p.addCapture(c, buf);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void captureExportsUnchangedAndIsLogged()
    {
        auto p = fresh();
        Source s = sampleSource();
        p->save(s);
        QByteArray content;
        for (qint64 i = 0; i < 3000000; ++i) // several chunks
            content.append(static_cast<char>((i * 7919) % 251));
        const Capture c = addText(*p, s.meta.id, content);
        QCOMPARE(c.sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        p->exportCapture(c.meta.id, out, QStringLiteral("/tmp/out.bin"));
        QCOMPARE(out.data(), content);
        QCOMPARE(QCryptographicHash::hash(out.data(), QCryptographicHash::Sha256).toHex(), c.sha256);

        const auto log = p->custodyLog(c.meta.id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].action, CustodyEntry::Action::Imported);
        QCOMPARE(log[1].action, CustodyEntry::Action::Exported);
        QCOMPARE(log[1].sha256, c.sha256);
        QCOMPARE(log[1].actor, QStringLiteral("analyst-a"));
        QVERIFY(log[1].detail.contains(QStringLiteral("/tmp/out.bin")));
        // A file that could not be put in place is not logged as exported.
        QBuffer failed;
        failed.open(QIODevice::WriteOnly);
        QVERIFY_THROWS_EXCEPTION(StoreError, p->exportCapture(c.meta.id, failed, QStringLiteral("/tmp/gone.bin"), [&] {
            throw StoreError(StoreError::Kind::Io, QStringLiteral("/tmp/gone.bin"), QStringLiteral("cannot be written"));
        }));
        QCOMPARE(p->custodyLog(c.meta.id).size(), 2);
        p->logCustody(RecordType::Capture, c.meta.id, CustodyEntry::Action::Viewed, QStringLiteral("PDF viewer"));
        QCOMPARE(p->custodyLog(c.meta.id).last().action, CustodyEntry::Action::Viewed);
        QCOMPARE(toKey(CustodyEntry::Action::Rehashed), QStringLiteral("re-hashed"));
    }

    void custodyLogIsAppendOnly()
    {
        auto p = fresh();
        Source s = sampleSource();
        p->save(s);
        const Capture c = addText(*p, s.meta.id, "content");
        sql::Database &db = p->database();
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec(QStringLiteral("DELETE FROM custody_log")));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec(QStringLiteral("UPDATE custody_log SET actor = 'someone else'")));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec(QStringLiteral("DELETE FROM source_grades")));
        // Removing the capture keeps its history and adds the removal.
        p->remove<Capture>(c.meta.id);
        const auto log = p->custodyLog(c.meta.id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].action, CustodyEntry::Action::Imported);
        QCOMPARE(log[1].action, CustodyEntry::Action::Removed);
        QCOMPARE(log[1].sha256, c.sha256);
        // The only custody calls append; logging on anything but a capture or a scene is refused.
        QVERIFY_THROWS_EXCEPTION(StoreError, p->logCustody(RecordType::Claim, QUuid::createUuid(),
                                                            CustodyEntry::Action::Viewed));
    }

    void imageryHasCustodyToo()
    {
        auto p = fresh();
        ImageryScene scene;
        scene.filePath = QStringLiteral("imagery/tumangang-2023-10-05.tif");
        scene.sha256 = QByteArray(64, 'a');
        scene.footprint = Geometry::polygon({{130.60, 42.42}, {130.61, 42.42}, {130.61, 42.43}, {130.60, 42.42}});
        p->save(scene);
        p->logCustody(RecordType::Scene, scene.meta.id, CustodyEntry::Action::Viewed, QStringLiteral("map"));
        scene.notes = QStringLiteral("cloud-free");
        p->save(scene); // an edit of the description is no custody event
        const auto log = p->custodyLog(scene.meta.id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].action, CustodyEntry::Action::Imported);
        QCOMPARE(log[0].itemType, RecordType::Scene);
        QCOMPARE(log[0].sha256, scene.sha256);
        QCOMPARE(log[1].action, CustodyEntry::Action::Viewed);
    }

    void recaptureKeepsEveryVersion()
    {
        auto p = fresh();
        Source s = sampleSource();
        p->save(s);
        const Capture v1 = addText(*p, s.meta.id, "first version");
        const Capture v2 = addText(*p, s.meta.id, "second version");
        const Capture other = addText(*p, s.meta.id, "elsewhere", QStringLiteral("https://example.org/b"));
        QCOMPARE(p->captureVersion(v1.meta.id), 1);
        QCOMPARE(p->captureVersion(v2.meta.id), 2);
        QCOMPARE(p->captureVersion(other.meta.id), 1);
        const auto versions = p->captureVersions(v2.meta.id);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].meta.id, v1.meta.id);
        QCOMPARE(versions[1].meta.id, v2.meta.id);
        QCOMPARE(p->hashCaptureContent(v1.meta.id), v1.sha256); // the first is untouched
        QVERIFY(v1.sha256 != v2.sha256);
    }

    void overTheLimitIsRefusedAndNothingStored()
    {
        auto p = fresh();
        Source s = sampleSource();
        p->save(s);
        Capture c;
        c.sourceId = s.meta.id;
        c.fileName = QStringLiteral("big.bin");
        QBuffer buf;
        buf.setData(QByteArray(5000, 'x'));
        buf.open(QIODevice::ReadOnly);
        try {
            p->addCapture(c, buf, 4096);
            QFAIL("a capture over the limit was stored");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(QStringLiteral("big.bin")));
            QVERIFY(e.message().contains(QStringLiteral("4096")));
        }
        QCOMPARE(p->count(RecordType::Capture), 0);
        QVERIFY(p->custodyLog().isEmpty());
    }

    void verifyReadsOnlyAndRecordedVerifyLogs()
    {
        const QString file = m_dir.filePath(QStringLiteral("verify.gpkg"));
        QUuid captureId;
        {
            auto p = Project::create(file, QStringLiteral("V"), QStringLiteral("a"));
            Source s = sampleSource();
            p->save(s);
            captureId = addText(*p, s.meta.id, "the archived article").meta.id;
        }
        {
            auto p = Project::open(file, QStringLiteral("checker"));
            const qint64 before = p->custodyLog().size();
            QVERIFY(p->verify().isEmpty());
            QCOMPARE(p->custodyLog().size(), before); // plain verify writes nothing
            QVERIFY(p->verifyAndRecord().isEmpty());
            const auto log = p->custodyLog(captureId);
            QCOMPARE(log.last().action, CustodyEntry::Action::Rehashed);
            QCOMPARE(log.last().detail, QStringLiteral("matches"));
            // Damage the content behind the store's back.
            p->database().exec(QStringLiteral("UPDATE capture_chunks SET data = X'00'"));
            const QStringList problems = p->verifyAndRecord();
            QCOMPARE(problems.size(), 1);
            QVERIFY(problems[0].contains(QStringLiteral("does not match its SHA-256")));
            QVERIFY(p->custodyLog(captureId).last().detail.startsWith(QStringLiteral("MISMATCH")));
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QVERIFY_THROWS_EXCEPTION(StoreError, p->exportCapture(captureId, out));
        }
        {
            auto p = Project::open(file, QStringLiteral("reader"), Project::Access::ReadOnly);
            QVERIFY_THROWS_EXCEPTION(StoreError, p->verifyAndRecord());
        }
    }

    void downgradeFlagsWhatRestsOnTheSource()
    {
        auto p = fresh();
        Site site = sampleSite();
        p->save(site);
        Source planet = sampleSource();
        planet.publisher = QStringLiteral("Planet");
        p->save(planet);
        Source csis = sampleSource();
        p->save(csis);
        Source other = sampleSource();
        other.publisher = QStringLiteral("Other");
        p->save(other);
        Claim direct = sampleClaim(planet, site);
        p->save(direct);
        Claim viaCsis = sampleClaim(csis, site);
        p->save(viaCsis);
        Claim unrelated = sampleClaim(other, site);
        p->save(unrelated);
        Link dep;
        dep.from = {RecordType::Source, csis.meta.id};
        dep.to = {RecordType::Source, planet.meta.id};
        dep.relation = LinkRelation::DependsOn;
        p->save(dep);
        Event e;
        e.title = QStringLiteral("railcar spike");
        e.time = *TimeSpan::parse(QStringLiteral("2023-10-05"));
        e.sourceIds = {planet.meta.id};
        p->save(e);

        // An upgrade raises nothing; the history keeps both grades.
        p->setSourceGrade(planet.meta.id, Reliability::A, QStringLiteral("long record"));
        QVERIFY(p->reviewFlags().isEmpty());
        p->setSourceGrade(planet.meta.id, Reliability::D, QStringLiteral("imagery mislabelled"));
        const auto flags = p->reviewFlags();
        QSet<QUuid> flagged;
        for (const ReviewFlag &f : flags) {
            flagged.insert(f.record.id);
            QCOMPARE(f.causeId, planet.meta.id);
            QVERIFY(f.reason.contains(QStringLiteral("downgraded from A to D (imagery mislabelled)")));
        }
        QCOMPARE(flagged, (QSet<QUuid>{direct.meta.id, viaCsis.meta.id, e.meta.id, csis.meta.id}));
        const auto history = p->gradeHistory(planet.meta.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].reliability, Reliability::B);
        QCOMPARE(history[1].reliability, Reliability::A);
        QCOMPARE(history[2].reliability, Reliability::D);
        QCOMPARE(history[2].reason, QStringLiteral("imagery mislabelled"));
        QCOMPARE(p->find<Source>(planet.meta.id)->reliability, Reliability::D);

        // Clearing keeps the flag, marked cleared.
        p->clearReview(direct.meta.id, QStringLiteral("checked against another image"));
        QCOMPARE(p->reviewFlags().size(), flags.size() - 1);
        QCOMPARE(p->reviewFlags(false).size(), flags.size());
        QVERIFY_THROWS_EXCEPTION(StoreError, p->clearReview(direct.meta.id, QString()));
        // Reopening (an undone review) brings the same flag back, once; an open flag is refused.
        qint64 directFlag = 0;
        for (const ReviewFlag &f : flags)
            if (f.record.id == direct.meta.id)
                directFlag = f.sequence;
        QVERIFY(directFlag > 0);
        p->reopenReview({directFlag});
        QCOMPARE(p->reviewFlags().size(), flags.size());
        QVERIFY_THROWS_EXCEPTION(StoreError, p->reopenReview({directFlag}));
        QCOMPARE(p->reviewFlags().size(), flags.size());
        p->clearReview(direct.meta.id, QStringLiteral("checked against another image"));

        // Discrediting is the scheme's lowest judged grade; a plain save of a source that lowers
        // its grade flags too.
        p->discreditSource(planet.meta.id, QStringLiteral("fabricated"));
        QCOMPARE(p->find<Source>(planet.meta.id)->reliability, Reliability::E);
        QVERIFY(p->gradeHistory(planet.meta.id).last().reason.contains(QStringLiteral("fabricated")));
        const qint64 open = p->reviewFlags().size();
        Source edited = *p->find<Source>(other.meta.id);
        edited.reliability = Reliability::C;
        p->save(edited);
        QCOMPARE(p->reviewFlags().size(), open + 1);
        QCOMPARE(p->reviewFlags().last().record.id, unrelated.meta.id);
    }

    void everySourcesHistoryAtOnce()
    {
        auto p = fresh();
        Source a = sampleSource();
        p->save(a);
        Source b = sampleSource();
        b.publisher = QStringLiteral("Other");
        b.reliability = Reliability::C;
        p->save(b);
        p->setSourceGrade(a.meta.id, Reliability::A, QStringLiteral("long record"));
        p->setSourceGrade(b.meta.id, Reliability::E, QStringLiteral("fabricated"));
        p->setSourceGrade(a.meta.id, Reliability::D, QStringLiteral("mislabelled"));
        const auto all = gradeHistories(*p);
        QCOMPARE(all.size(), 2);
        for (const Source &s : {a, b}) {
            const auto one = p->gradeHistory(s.meta.id);
            const auto many = all.value(s.meta.id);
            QCOMPARE(many.size(), one.size());
            for (int i = 0; i < one.size(); ++i) {
                QCOMPARE(many[i].reliability, one[i].reliability);
                QCOMPARE(many[i].reason, one[i].reason);
                QCOMPARE(many[i].atUtc, one[i].atUtc);
                QCOMPARE(many[i].sourceId, s.meta.id);
            }
        }
        // Oldest first within each source.
        QCOMPARE(all.value(a.meta.id).size(), 3);
        QCOMPARE(all.value(a.meta.id).last().reliability, Reliability::D);
        QCOMPARE(all.value(b.meta.id).last().reason, QStringLiteral("fabricated"));
    }

    void aFailedDowngradeLeavesNoTrace()
    {
        auto p = fresh();
        Site site = sampleSite();
        p->save(site);
        Source s = sampleSource();
        p->save(s);
        Claim c = sampleClaim(s, site);
        p->save(c);
        p->setGradingScheme(GradingScheme::uk5x5x5());
        // F is not a UK 5x5x5 grade: refused, so no history entry and no flags.
        QVERIFY_THROWS_EXCEPTION(StoreError, p->setSourceGrade(s.meta.id, Reliability::F, QStringLiteral("x")));
        QCOMPARE(p->gradeHistory(s.meta.id).size(), 1);
        QVERIFY(p->reviewFlags().isEmpty());
        QCOMPARE(p->find<Source>(s.meta.id)->reliability, Reliability::B);
    }

    void gradingSchemeIsTheProjects()
    {
        const QString file = m_dir.filePath(QStringLiteral("scheme.gpkg"));
        {
            auto p = Project::create(file, QStringLiteral("S"), QStringLiteral("a"));
            QCOMPARE(p->gradingScheme().key(), QStringLiteral("admiralty"));
            Source unjudged = sampleSource();
            unjudged.reliability = Reliability::F;
            p->save(unjudged);
            try {
                p->setGradingScheme(GradingScheme::uk5x5x5());
                QFAIL("switched with a source graded F");
            } catch (const StoreError &e) {
                QVERIFY(e.message().contains(QStringLiteral("CSIS Beyond Parallel")));
            }
            QCOMPARE(p->gradingScheme().key(), QStringLiteral("admiralty"));
            p->setSourceGrade(unjudged.meta.id, Reliability::E, QStringLiteral("untested"));
            p->setGradingScheme(GradingScheme::uk5x5x5());
            Site site = sampleSite();
            p->save(site);
            Claim c = sampleClaim(*p->find<Source>(unjudged.meta.id), site);
            c.credibility = *Credibility::fromInt(6);
            QVERIFY_THROWS_EXCEPTION(StoreError, p->save(c));
            c.credibility = *Credibility::fromInt(4);
            p->save(c);
        }
        auto p = Project::open(file, QStringLiteral("b"), Project::Access::ReadOnly);
        QCOMPARE(p->gradingScheme().key(), QStringLiteral("uk-5x5x5"));
        QCOMPARE(p->gradingScheme().combined(Reliability::E, *Credibility::fromInt(4)), QStringLiteral("E4"));
    }

    // The index is built by the first search of a connection (schema 8), also in the middle of a
    // batch, whose records it then holds before the batch indexes them at its commit.
    void searchInTheMiddleOfABatch()
    {
        auto p = fresh();
        Site site = sampleSite();
        p->save(site);
        Source s = sampleSource();
        p->save(s);
        {
            Project::Batch batch(*p);
            Claim a = sampleClaim(s, site);
            a.quote = QStringLiteral("Eleven flatcars at Rajin");
            p->save(a);
            QCOMPARE(p->search(QStringLiteral("flatcars")).size(), 1);
            Claim b = sampleClaim(s, site);
            b.quote = QStringLiteral("Twelve flatcars at Rajin");
            p->save(b);
            batch.commit();
        }
        QCOMPARE(p->search(QStringLiteral("flatcars")).size(), 2);
        QCOMPARE(p->search(QStringLiteral("eleven")).size(), 1);
        // A batch rolled back takes its index entries with it.
        {
            Project::Batch batch(*p);
            Claim c = sampleClaim(s, site);
            c.quote = QStringLiteral("Thirteen flatcars");
            p->save(c);
        }
        QCOMPARE(p->search(QStringLiteral("flatcars")).size(), 2);
        auto reopened = Project::open(p->path(), QString(), Project::Access::ReadOnly);
        QCOMPARE(reopened->search(QStringLiteral("flatcars")).size(), 2);
    }

    void searchFindsRankedAndFollowsEdits()
    {
        auto p = fresh();
        Site site = sampleSite();
        p->save(site);
        Source s = sampleSource();
        p->save(s);
        Claim a = sampleClaim(s, site);
        a.quote = QStringLiteral("About 1,000 containers moved from Rajin to Dunai");
        p->save(a);
        Claim b = sampleClaim(s, site);
        b.quote = QStringLiteral("Containers, containers and more containers at the port of Rajin");
        p->save(b);
        const Capture c = addText(*p, s.meta.id, "ignored");
        p->indexCaptureText(c.meta.id, QStringLiteral("The vessel Angara was seen at Dunai pier"));

        auto hits = p->search(QStringLiteral("containers"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].record.id, b.meta.id); // more occurrences rank higher
        QVERIFY(hits[0].snippet.contains(QStringLiteral("[Containers]")));
        QVERIFY(hits[0].score <= hits[1].score);
        QCOMPARE(p->search(QStringLiteral("Rajin Dunai")).size(), 1);            // all words
        QCOMPARE(p->search(QStringLiteral("\"to Dunai\"")).size(), 1);           // phrase
        QCOMPARE(p->search(QStringLiteral("contain*")).size(), 2);               // prefix
        QCOMPARE(p->search(QStringLiteral("Beyond Parallel")).first().record.type, RecordType::Source);
        QCOMPARE(p->search(QStringLiteral("Tumangang station")).first().record.id, site.meta.id); // aliases
        QCOMPARE(p->search(QStringLiteral("tarpaulins")).size(), 2);             // claim notes
        hits = p->search(QStringLiteral("Angara"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].record.id, c.meta.id);
        QCOMPARE(hits[0].part, QStringLiteral("content"));
        // FTS5 syntax is taken as words, never as an error.
        QVERIFY(p->search(QStringLiteral("NEAR( OR \" AND -")).isEmpty());
        QVERIFY(p->search(QString()).isEmpty());

        // Edits and removals reach the index in the same transaction.
        a.quote = QStringLiteral("About 1,000 railcars");
        p->save(a);
        QCOMPARE(p->search(QStringLiteral("containers")).size(), 1);
        QCOMPARE(p->search(QStringLiteral("about railcars")).size(), 1);
        p->remove<Claim>(b.meta.id);
        QVERIFY(p->search(QStringLiteral("containers")).isEmpty());
        p->remove<Capture>(c.meta.id);
        QVERIFY(p->search(QStringLiteral("Angara")).isEmpty());
    }

    // A batch indexes what it saved when it commits, with what each record holds then; a batch
    // rolled back leaves the index as it was.
    void batchesIndexWhenTheyCommit()
    {
        auto p = fresh();
        Site site = sampleSite();
        p->save(site);
        Source s = sampleSource();
        p->save(s);
        Claim old = sampleClaim(s, site);
        old.quote = QStringLiteral("Barges at Rajin");
        p->save(old);
        {
            Project::Batch batch(*p);
            for (int i = 0; i < 50; ++i) {
                Claim c = sampleClaim(s, site);
                c.quote = QStringLiteral("Flatcar number %1 at Tumangang").arg(i);
                p->save(c);
                if (i == 7) { // changed again in the same batch: indexed once, as it ends
                    c.quote = QStringLiteral("Hopper wagon at Tumangang");
                    p->save(c);
                }
            }
            old.quote = QStringLiteral("Lighters at Rajin");
            p->save(old);
            batch.commit();
        }
        QCOMPARE(p->search(QStringLiteral("flatcar"), 100).size(), 49);
        QCOMPARE(p->search(QStringLiteral("hopper")).size(), 1);
        QVERIFY(p->search(QStringLiteral("barges")).isEmpty());
        QCOMPARE(p->search(QStringLiteral("lighters")).size(), 1);
        {
            Project::Batch batch(*p);
            Claim c = sampleClaim(s, site);
            c.quote = QStringLiteral("Tarpaulins over crates");
            p->save(c);
        } // not committed
        QVERIFY(p->search(QStringLiteral("crates")).isEmpty());
        Claim after = sampleClaim(s, site);
        after.quote = QStringLiteral("Crates on the quay");
        p->save(after);
        QCOMPARE(p->search(QStringLiteral("crates")).size(), 1);
    }

    void ftsQueryQuotesEveryWord()
    {
        QCOMPARE(store::ftsQuery(QStringLiteral("rail yard")), QStringLiteral("\"rail\" \"yard\""));
        QCOMPARE(store::ftsQuery(QStringLiteral("\"rail yard\" Rajin*")), QStringLiteral("\"rail yard\" \"Rajin\"*"));
        QCOMPARE(store::ftsQuery(QStringLiteral("a\"b")), QStringLiteral("\"ab\""));
        QCOMPARE(store::ftsQuery(QStringLiteral("   ")), QString());
    }

    void migrationFromSchema1AddsTheEvidenceTables()
    {
        const QString copy = m_dir.filePath(QStringLiteral("schema1.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/data/project-schema1.gpkg"), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QList<Source> sources;
        QList<Claim> claims;
        {
            auto p = Project::open(copy, QStringLiteral("reader"), Project::Access::ReadOnly);
            QCOMPARE(p->schemaVersion(), 1);
            QVERIFY(p->search(QStringLiteral("a")).isEmpty()); // no index in schema 1: nothing, no error
            QVERIFY(p->custodyLog().isEmpty());
            QVERIFY(p->reviewFlags().isEmpty());
            sources = p->all<Source>();
            claims = p->all<Claim>();
        }
        QVERIFY(!sources.isEmpty() && !claims.isEmpty());
        auto p = Project::open(copy, QStringLiteral("migrator"));
        QCOMPARE(p->schemaVersion(), store::kSchemaVersion);
        QCOMPARE(p->all<Source>(), sources);
        QCOMPARE(p->all<Claim>(), claims);
        QCOMPARE(p->gradingScheme().key(), QStringLiteral("admiralty"));
        for (const Source &s : sources) {
            const auto history = p->gradeHistory(s.meta.id);
            QCOMPARE(history.size(), 1);
            QCOMPARE(history[0].reliability, s.reliability);
        }
        // The index was built from the records already there.
        const QString word = claims.first().quote.section(u' ', 0, 0);
        bool found = false;
        for (const SearchHit &h : p->search(word))
            found = found || h.record.id == claims.first().meta.id;
        QVERIFY2(found, qPrintable(word));
        QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        // A downgrade on the migrated file flags the claims of the source.
        const Source &first = sources.first();
        p->setSourceGrade(first.meta.id, Reliability::E, QStringLiteral("test"));
        int expected = 0;
        for (const Claim &c : claims)
            expected += (c.sourceId == first.meta.id || c.attributedTo == first.meta.id) ? 1 : 0;
        QVERIFY(expected > 0);
        int flaggedClaims = 0;
        for (const ReviewFlag &f : p->reviewFlags())
            flaggedClaims += f.record.type == RecordType::Claim ? 1 : 0;
        QCOMPARE(flaggedClaims, expected);
    }
};

QTEST_GUILESS_MAIN(TestStoreEvidence)
#include "tst_store_evidence.moc"
