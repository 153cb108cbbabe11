// The version a save records (built from the row its write returns) against the version made
// from the row read back later, as merging and the check for outside edits make it: for every
// record table, after an insert and after an update, they must be the same bytes and hash.
#include "support/samplerecords.h"

#include "sightline/store/history.h"
#include "sightline/store/project.h"
#include "sightline/store/recordtable.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestStoreVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Text that needs escaping in JSON, and text that does not fit in one byte a character.
    static QString awkward(const QString &base)
    {
        return base + QStringLiteral(" \"quoted\" back\\slash\ttab\nline\u0001 Туманган 두만강 \u2028 ✓");
    }

    // Every record of every table: its last version as saved, against the row read back.
    static int compareEveryRecord(Project &p)
    {
        sql::Database &db = p.database();
        int compared = 0;
        for (const store::TableSpec *spec : store::allTableSpecs()) {
            const auto states = store::readStates(db, *spec);
            const auto contents = store::readContents(db, *spec);
            for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
                const QList<store::HistoryEntry> history = store::readHistory(db, spec->table, it.key());
                if (history.isEmpty()) {
                    qWarning("%s %s has no history", qPrintable(spec->table), qPrintable(it.key().toString()));
                    return -1;
                }
                const store::HistoryEntry &saved = history.last();
                const store::HistoryEntry readBack =
                    store::historyEntry(spec->table, *it, QStringLiteral("update"), {}, {});
                if (saved.content != readBack.content || saved.hash != readBack.hash ||
                    saved.hash != states.value(it.key()).hash ||
                    saved.hash != store::jsonHash(saved.content)) {
                    qWarning("%s %s:\n saved     %s %s\n read back %s %s", qPrintable(spec->table),
                             qPrintable(it.key().toString()), saved.hash.constData(), saved.content.constData(),
                             readBack.hash.constData(), readBack.content.constData());
                    return -1;
                }
                // The stored content is JSON that reads back to the same fields.
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(saved.content, &error);
                if (error.error != QJsonParseError::NoError || doc.object() != it->fields) {
                    qWarning("%s: content is not the row's JSON: %s", qPrintable(spec->table),
                             qPrintable(error.errorString()));
                    return -1;
                }
                ++compared;
            }
        }
        return compared;
    }

private slots:
    void savedVersionsEqualReadBackVersions()
    {
        auto p = Project::create(m_dir.filePath(QStringLiteral("versions.gpkg")), QStringLiteral("Versions"),
                                 QStringLiteral("analyst"));
        Site site = test::sampleSite(); // with an area of interest, kept beside its row
        site.notes = awkward(site.notes);
        p->save(site);
        Site bare = test::sampleSite(QStringLiteral("Khasan"));
        bare.aoi = {};
        p->save(bare);
        Source source = test::sampleSource();
        p->save(source);
        Claim claim = test::sampleClaim(source, site);
        claim.quote = awkward(claim.quote);
        p->save(claim);

        QByteArray bytes("%PDF-1.7 sample");
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        Capture capture;
        capture.sourceId = source.meta.id;
        capture.fileName = QStringLiteral("report.pdf");
        capture.mediaType = QStringLiteral("application/pdf");
        capture = p->addCapture(capture, in);

        ImageryScene scene;
        scene.filePath = QStringLiteral("imagery/tumangang.tif");
        scene.sha256 = QByteArray(64, 'a');
        scene.footprint = site.aoi;
        scene.resolutionMeters = 3.0;
        scene.crs = QStringLiteral("EPSG:32652");
        scene.width = 4000;
        scene.height = 3000;
        scene.bandCount = 4;
        scene.acquired = *TimeSpan::parse(QStringLiteral("2023-10-05T01:23Z"));
        scene.offNadirDegrees = 4.5;
        scene.display.stretch = SceneDisplay::Stretch::Percentile; // kept beside its row
        scene.display.percentLow = 1.5;
        p->save(scene);
        ImageryScene plain = scene;
        plain.meta = {};
        plain.display = {};
        plain.filePath = QStringLiteral("imagery/khasan.tif");
        p->save(plain);

        Annotation annotation;
        annotation.sceneId = scene.meta.id;
        annotation.siteId = site.meta.id;
        annotation.objectKind = QStringLiteral("railcar");
        annotation.label = awkward(QStringLiteral("covered wagon"));
        annotation.geometry = Geometry::lineString({{130.601, 42.421}, {130.602, 42.421}});
        p->save(annotation); // and the counted observation it rolls up into

        Observation observation;
        observation.siteId = site.meta.id;
        observation.objectKind = QStringLiteral("railcar");
        observation.count.min = 0.1;
        observation.count.max = 1e21;
        observation.count.approximate = true;
        observation.count.unit = QStringLiteral("railcars");
        observation.time = *TimeSpan::parse(QStringLiteral("2018-10/2023-10-04"));
        p->save(observation);

        Event event;
        event.title = awkward(QStringLiteral("Kim-Putin summit"));
        event.time = TimeSpan::day(2023, 9, 13);
        event.location = Geometry::point(128.33, 51.88);
        event.siteIds = {site.meta.id};
        p->save(event);

        Link link;
        link.from = {RecordType::Claim, claim.meta.id};
        link.to = {RecordType::Site, site.meta.id};
        link.relation = LinkRelation::Depicts;
        p->save(link);

        Bookmark bookmark;
        bookmark.name = QStringLiteral("Tumangang yard, UTM");
        bookmark.crs = QStringLiteral("EPSG:32652");
        bookmark.centerX = 632184.25;
        bookmark.centerY = 4697321.0; // an integral real
        bookmark.mapUnitsPerPixel = 0.1 + 0.2;
        p->save(bookmark);

        Judgment judgment;
        judgment.statement = awkward(QStringLiteral("Munitions cross by rail"));
        judgment.siteIds = {site.meta.id};
        judgment.author = QStringLiteral("J. Analyst");
        p->save(judgment);

        int compared = compareEveryRecord(*p);
        QVERIFY(compared >= 12);
        QSet<QString> tables;
        for (const store::HistoryEntry &e : store::readHistory(p->database()))
            tables.insert(e.table);
        for (const store::TableSpec *spec : store::allTableSpecs())
            QVERIFY2(tables.contains(spec->table), qPrintable(spec->table + QStringLiteral(" not covered")));

        // Updates: an area removed, display settings back to the defaults, text changed.
        site.aoi = {};
        site.name = awkward(site.name);
        p->save(site);
        bare.aoi = test::sampleSite().aoi;
        p->save(bare);
        scene.display = {};
        p->save(scene);
        plain.display.stretch = SceneDisplay::Stretch::MinMax;
        p->save(plain);
        claim.notes = QString();
        claim.quantity = {};
        p->save(claim);
        bookmark.mapUnitsPerPixel = 2.0;
        p->save(bookmark);
        QCOMPARE(compareEveryRecord(*p), compared);
        // Nothing the saves made looks like an edit made by another program.
        QVERIFY(store::outsideEdits(p->database()).isEmpty());
    }

    void versionIdsAreInTimeOrder()
    {
        const QUuid a = store::timeOrderedUuid();
        QTest::qSleep(2);
        const QUuid b = store::timeOrderedUuid();
        QCOMPARE(int(a.variant()), int(QUuid::DCE));
        QCOMPARE((a.data3 >> 12), 7);
        QVERIFY(store::uuidText(a) < store::uuidText(b));
        QVERIFY(store::timeOrderedUuid() != store::timeOrderedUuid());
    }
};

QTEST_GUILESS_MAIN(TestStoreVersions)
#include "tst_store_versions.moc"
