// Project schema 2 (bookmarks, map layer state) and the migration to it from a real schema-1 file:
// migrated once when opened for writing, with every record and log entry kept; left byte for byte
// as it was when opened read-only.
#include "support/gdalchecks.h"
#include "support/samplerecords.h"

#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace sightline;

Q_DECLARE_METATYPE(sightline::Bookmark)

namespace {

// The records of tests/data/project-schema1.case.json, as written into project-schema1.gpkg.
const QUuid kTumangang = QUuid::fromString(QStringLiteral("3837ac5f-8825-52e5-b906-71d6f3215aa8"));
const QUuid kKhasan = QUuid::fromString(QStringLiteral("10c61ddb-6e18-5cd9-b04d-1c99b2277552"));
const QUuid kCsis = QUuid::fromString(QStringLiteral("86c8857e-4dff-55a2-8b35-f6479c827b4c"));
const QUuid kClaim73 = QUuid::fromString(QStringLiteral("f5b82ea5-9de9-5ec9-8fe2-c3c2cbaceaec"));
const QUuid kSummit = QUuid::fromString(QStringLiteral("fb82d297-6f47-55e7-9735-d2d166a93a93"));
const QUuid kLink = QUuid::fromString(QStringLiteral("eb8ffab6-f0ab-5110-9728-0cd536e650c4"));

// Everything a schema-1 project holds, read through the store.
struct Contents
{
    QString title;
    QUuid projectId;
    QList<Site> sites;
    QList<Source> sources;
    QList<Claim> claims;
    QList<Event> events;
    QList<Link> links;
    QList<ChangeLogEntry> log;
};

Contents contentsOf(const Project &p)
{
    return {p.title(),        p.projectId(),     p.all<Site>(),  p.all<Source>(),
            p.all<Claim>(),   p.all<Event>(),    p.all<Link>(),  p.changeLog()};
}

bool sameLog(const QList<ChangeLogEntry> &a, const QList<ChangeLogEntry> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const ChangeLogEntry &x = a[i];
        const ChangeLogEntry &y = b[i];
        if (x.sequence != y.sequence || x.atUtc != y.atUtc || x.author != y.author || x.action != y.action ||
            x.recordTypeKey != y.recordTypeKey || x.recordId != y.recordId || x.revision != y.revision ||
            x.summary != y.summary)
            return false;
    }
    return true;
}

Bookmark sampleBookmark()
{
    Bookmark b;
    b.name = QStringLiteral("Tumangang yard, UTM");
    b.crs = QStringLiteral("EPSG:32652");
    b.centerX = 632184.25;
    b.centerY = 4697321.5;
    b.mapUnitsPerPixel = 0.75;
    b.notes = QStringLiteral("railcars under tarpaulins\nwest sidings");
    return b;
}

QList<LayerState> sampleLayers()
{
    // Listed out of drawing order on purpose: the store returns them by position.
    return {{QStringLiteral("sites"), 3, true, 1.0, {QStringLiteral("port"), QStringLiteral("rail_yard")}},
            {QStringLiteral("basemap"), 0, true, 0.5, {}},
            {QStringLiteral("claims"), 2, false, 0.25, {}},
            {QStringLiteral("/data/reference/rail lines.gpkg"), 1, true, 0.8, {QStringLiteral("siding")}}};
}

qint64 scalar(sql::Database &db, const QString &sqlText)
{
    return db.scalarInt(sqlText).value_or(-1);
}

} // namespace

class TestStoreMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    // A fresh copy of the schema-1 file: the original in the source tree is never opened.
    QString copyOfSchema1()
    {
        const QString original = QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/data/project-schema1.gpkg");
        const QString copy = m_dir.filePath(QStringLiteral("schema1-%1.gpkg").arg(++m_copies));
        if (!QFile::copy(original, copy))
            return {};
        // The copy keeps the original's permissions, which may be read-only in a packaged tree.
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return copy;
    }

    static void checkSchema1Records(const Contents &c)
    {
        QCOMPARE(c.title, QStringLiteral("Schema 1 sample"));
        QCOMPARE(c.projectId, QUuid::fromString(QStringLiteral("4274f647-a57a-4d21-8684-d478c6f6030e")));
        QCOMPARE(c.sites.size(), 2);
        QCOMPARE(c.sites[0].meta.id, kTumangang);
        QCOMPARE(c.sites[0].name, QStringLiteral("Tumangang rail facility"));
        QCOMPARE(c.sites[0].kind, SiteKind::RailYard);
        QCOMPARE(c.sites[0].aliases, QStringList{QStringLiteral("Tumangang station")});
        QCOMPARE(c.sites[0].country, QStringLiteral("KP"));
        QCOMPARE(c.sites[0].location.lon, 130.6026);
        QCOMPARE(c.sites[0].location.lat, 42.4217);
        QCOMPARE(c.sites[0].aoi.type, Geometry::Type::Polygon);
        QCOMPARE(c.sites[1].meta.id, kKhasan);
        QCOMPARE(c.sites[1].country, QStringLiteral("RU"));

        QCOMPARE(c.sources.size(), 1);
        QCOMPARE(c.sources[0].meta.id, kCsis);
        QCOMPARE(c.sources[0].publisher, QStringLiteral("CSIS Beyond Parallel"));
        QCOMPARE(c.sources[0].published, QDate(2023, 10, 6));
        QCOMPARE(c.sources[0].reliability, Reliability::B);

        QCOMPARE(c.claims.size(), 1);
        const Claim &claim = c.claims[0];
        QCOMPARE(claim.meta.id, kClaim73);
        QCOMPARE(claim.sourceId, kCsis);
        QCOMPARE(claim.quote, QStringLiteral("about 73 railcars"));
        QCOMPARE(claim.locator, QStringLiteral("p. 1"));
        QCOMPARE(claim.siteIds, QList<QUuid>{kTumangang});
        QCOMPARE(claim.time.toText(), QStringLiteral("2023-10-05"));
        QCOMPARE(claim.quantity.toDisplayString(), QStringLiteral("about 73 railcars"));
        QCOMPARE(claim.credibility.value(), 2);
        QCOMPARE(claim.status, ClaimStatus::Accepted);

        QCOMPARE(c.events.size(), 1);
        QCOMPARE(c.events[0].meta.id, kSummit);
        QCOMPARE(c.events[0].title, QStringLiteral("Kim-Putin summit"));
        QCOMPARE(c.events[0].time.toText(), QStringLiteral("2023-09-13"));

        QCOMPARE(c.links.size(), 1);
        QCOMPARE(c.links[0].meta.id, kLink);
        QCOMPARE(c.links[0].from, (RecordRef{RecordType::Claim, kClaim73}));
        QCOMPARE(c.links[0].to, (RecordRef{RecordType::Site, kTumangang}));
        QCOMPARE(c.links[0].relation, LinkRelation::Depicts);
        QCOMPARE(c.links[0].note, QStringLiteral("sample"));

        QCOMPARE(c.log.size(), 6);
        const QList<QUuid> logged{kTumangang, kKhasan, kCsis, kClaim73, kSummit, kLink};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(c.log[i].recordId, logged[i]);
            QCOMPARE(c.log[i].action, ChangeLogEntry::Action::Insert);
            QCOMPARE(c.log[i].author, QStringLiteral("fixture"));
        }
    }

    static void checkSchema2Tables(Project &p)
    {
        sql::Database &db = p.database();
        QVERIFY(db.tableExists(QStringLiteral("bookmarks")));
        QVERIFY(db.tableExists(QStringLiteral("map_layers")));
        for (const auto &[table, identifier] :
             {std::pair{QStringLiteral("bookmarks"), QStringLiteral("Bookmarks")},
              std::pair{QStringLiteral("map_layers"), QStringLiteral("Map layers")}}) {
            auto s = db.prepare(QStringLiteral("SELECT data_type, identifier FROM gpkg_contents WHERE table_name = ?"));
            s.bind(1, table);
            QVERIFY2(s.next(), qPrintable(table + QStringLiteral(" is not in gpkg_contents")));
            QCOMPARE(s.text(0), QStringLiteral("attributes"));
            QCOMPARE(s.text(1), identifier);
            QVERIFY(!s.next()); // registered once
        }
    }

    // ogrinfo lists every layer with nothing on stderr; GDAL's validator, when installed, agrees.
    static void checkGdalAccepts(const QString &file)
    {
        test::checkOgrinfoLists(file, {QStringLiteral("sites"), QStringLiteral("bookmarks"), QStringLiteral("map_layers"),
                                       QStringLiteral("change_log")});
        if (!QTest::currentTestFailed() && test::gdalValidatorInstalled())
            test::checkGdalValidatorAccepts(file);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(store::kSchemaVersion >= 2);
    }

    void readOnlyLeavesSchema1AsItIs()
    {
        const QString file = copyOfSchema1();
        QVERIFY(!file.isEmpty());
        const QByteArray before = test::fileSha256(file);
        {
            auto p = Project::open(file, QStringLiteral("reader"), Project::Access::ReadOnly);
            QCOMPARE(p->schemaVersion(), 1);
            checkSchema1Records(contentsOf(*p));
            // What schema 1 lacks reads as empty rather than failing on a missing table.
            QVERIFY(p->all<Bookmark>().isEmpty());
            QVERIFY(!p->find<Bookmark>(QUuid::createUuid()));
            QVERIFY(!p->exists(RecordType::Bookmark, QUuid::createUuid()));
            QCOMPARE(p->count(RecordType::Bookmark), 0);
            QVERIFY(p->layerStates().isEmpty());
            // An older schema is not a fault of the file.
            QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
            QVERIFY(!p->database().tableExists(QStringLiteral("bookmarks")));
            Bookmark b = sampleBookmark();
            QVERIFY_THROWS_EXCEPTION(StoreError, p->save(b));
            QVERIFY_THROWS_EXCEPTION(StoreError, p->setLayerStates(sampleLayers()));
        }
        QCOMPARE(test::fileSha256(file), before);
    }

    void readWriteMigratesToSchema2()
    {
        const QString file = copyOfSchema1();
        QVERIFY(!file.isEmpty());
        Contents original;
        {
            const auto p = Project::open(file, QStringLiteral("reader"), Project::Access::ReadOnly);
            original = contentsOf(*p);
        }
        {
            auto p = Project::open(file, QStringLiteral("migrator"));
            QCOMPARE(p->schemaVersion(), store::kSchemaVersion);
            checkSchema2Tables(*p);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));

            const Contents migrated = contentsOf(*p);
            checkSchema1Records(migrated);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(migrated.sites, original.sites);
            QCOMPARE(migrated.sources, original.sources);
            QCOMPARE(migrated.claims, original.claims);
            QCOMPARE(migrated.events, original.events);
            QCOMPARE(migrated.links, original.links);
            QVERIFY(sameLog(migrated.log, original.log));
            QVERIFY(p->all<Bookmark>().isEmpty());
            QVERIFY(p->layerStates().isEmpty());

            // The migrated file takes the new kinds of data like a new one.
            Bookmark b = sampleBookmark();
            p->save(b);
            p->setLayerStates(sampleLayers());
        }
        // Opening again finds nothing to do: same version, nothing added twice.
        for (auto access : {Project::Access::ReadWrite, Project::Access::ReadOnly}) {
            auto p = Project::open(file, QStringLiteral("again"), access);
            QCOMPARE(p->schemaVersion(), store::kSchemaVersion);
            checkSchema2Tables(*p);
            if (QTest::currentTestFailed())
                return;
            sql::Database &db = p->database();
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sightline_meta WHERE key = 'schema_version'")), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'bookmarks'")), 1);
            QCOMPARE(p->count(RecordType::Site), 2);
            QCOMPARE(p->all<Bookmark>().size(), 1);
            QCOMPARE(p->layerStates().size(), 4);
            QCOMPARE(p->changeLogCount(), 8); // the six of schema 1, the bookmark, the layers
            QVERIFY(sameLog(p->changeLog().mid(0, 6), original.log));
            QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        }
        checkGdalAccepts(file);
    }

    void bookmarkRoundTrips()
    {
        const QString file = m_dir.filePath(QStringLiteral("bookmarks.gpkg"));
        Bookmark b = sampleBookmark();
        {
            auto p = Project::create(file, QStringLiteral("Bookmarks"), QStringLiteral("analyst-a"));
            QCOMPARE(p->schemaVersion(), store::kSchemaVersion);
            p->save(b);
            QCOMPARE(b.meta.revision, 1);
            QVERIFY(!b.meta.id.isNull());
        }
        {
            auto p = Project::open(file, QStringLiteral("analyst-b"));
            const QList<Bookmark> stored = p->all<Bookmark>();
            QCOMPARE(stored.size(), 1);
            QCOMPARE(stored.first(), b);
            QCOMPARE(p->find<Bookmark>(b.meta.id), std::optional<Bookmark>(b));
            QCOMPARE(p->count(RecordType::Bookmark), 1);

            Bookmark edited = stored.first();
            edited.name = QStringLiteral("Tumangang yard, closer");
            edited.mapUnitsPerPixel = 0.3;
            p->save(edited);
            QCOMPARE(edited.meta.revision, 2);
            QCOMPARE(edited.meta.author, QStringLiteral("analyst-b"));
            QCOMPARE(*p->find<Bookmark>(b.meta.id), edited);
            // The copy read before the edit is stale now.
            Bookmark stale = stored.first();
            stale.notes = QStringLiteral("from an old copy");
            QVERIFY_THROWS_EXCEPTION(StoreError, p->save(stale));

            const auto log = p->changeLog(b.meta.id);
            QCOMPARE(log.size(), 2);
            QCOMPARE(log[0].action, ChangeLogEntry::Action::Insert);
            QCOMPARE(log[1].action, ChangeLogEntry::Action::Update);
            QCOMPARE(log[1].recordType, RecordType::Bookmark);
            QCOMPARE(log[1].recordTypeKey, QStringLiteral("bookmark"));
            QCOMPARE(log[1].revision, 2);
        }
    }

    void unsoundBookmarksAreRefused_data()
    {
        QTest::addColumn<Bookmark>("bookmark");
        QTest::addColumn<QString>("says");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        Bookmark b = sampleBookmark();
        b.name = QStringLiteral("  ");
        QTest::newRow("no name") << b << QStringLiteral("needs a name");
        b = sampleBookmark();
        b.crs.clear();
        QTest::newRow("no crs") << b << QStringLiteral("CRS");
        for (double mpp : {0.0, -1.0, nan, inf}) {
            b = sampleBookmark();
            b.mapUnitsPerPixel = mpp;
            QTest::newRow(qPrintable(QStringLiteral("resolution %1").arg(mpp))) << b << QStringLiteral("resolution");
        }
        b = sampleBookmark();
        b.centerX = nan;
        QTest::newRow("centre nan") << b << QStringLiteral("centre");
        b = sampleBookmark();
        b.centerY = -inf;
        QTest::newRow("centre infinite") << b << QStringLiteral("centre");
    }

    void unsoundBookmarksAreRefused()
    {
        QFETCH(Bookmark, bookmark);
        QFETCH(QString, says);
        const QString file = m_dir.filePath(QStringLiteral("refused-%1.gpkg").arg(++m_copies));
        auto p = Project::create(file, QStringLiteral("Refused"), QStringLiteral("a"));
        try {
            p->save(bookmark);
            QFAIL("an unsound bookmark was saved");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        }
        QVERIFY(bookmark.meta.isNew());
        QCOMPARE(p->count(RecordType::Bookmark), 0);
        QCOMPARE(p->changeLogCount(), 0);
    }

    void layerStatesRoundTrip()
    {
        const QString file = m_dir.filePath(QStringLiteral("layers.gpkg"));
        QList<LayerState> inOrder = sampleLayers();
        std::sort(inOrder.begin(), inOrder.end(),
                  [](const LayerState &a, const LayerState &b) { return a.position < b.position; });
        QUuid projectId;
        {
            auto p = Project::create(file, QStringLiteral("Layers"), QStringLiteral("a"));
            projectId = p->projectId();
            QVERIFY(p->layerStates().isEmpty());
            p->setLayerStates(sampleLayers());
        }
        {
            auto p = Project::open(file, QStringLiteral("b"));
            QCOMPARE(p->layerStates(), inOrder);
            QCOMPARE(p->layerStates().first().opacity, 0.5);
            QCOMPARE(p->layerStates().last().hiddenKinds,
                     (QStringList{QStringLiteral("port"), QStringLiteral("rail_yard")}));

            // A new set replaces the old one entirely.
            const QList<LayerState> fewer{{QStringLiteral("sites"), 0, false, 0.9, {QStringLiteral("depot")}},
                                          {QStringLiteral("events"), 1, true, 1.0, {}}};
            p->setLayerStates(fewer);
            QCOMPARE(p->layerStates(), fewer);

            // Unsound sets are refused whole, keeping what was stored.
            const QList<QList<LayerState>> unsound{
                {{QStringLiteral("sites"), 0, true, 1.0, {}}, {QStringLiteral("sites"), 1, true, 1.0, {}}},
                {{QString(), 0, true, 1.0, {}}},
                {{QStringLiteral("sites"), 0, true, 1.5, {}}},
                {{QStringLiteral("sites"), 0, true, std::nan(""), {}}},
            };
            for (const auto &states : unsound) {
                QVERIFY_THROWS_EXCEPTION(StoreError, p->setLayerStates(states));
                QCOMPARE(p->layerStates(), fewer);
            }

            // Each replacement is one update in the change log, filed under the project.
            const auto log = p->changeLog(projectId);
            QCOMPARE(log.size(), 2);
            for (int i = 0; i < 2; ++i) {
                QCOMPARE(log[i].action, ChangeLogEntry::Action::Update);
                QCOMPARE(log[i].recordTypeKey, QStringLiteral("map_layers"));
                QCOMPARE(log[i].revision, i + 1);
                QCOMPARE(log[i].author, i == 0 ? QStringLiteral("a") : QStringLiteral("b"));
            }
            QCOMPARE(p->changeLogCount(), 2);

            // An empty set clears the saved state.
            p->setLayerStates({});
            QVERIFY(p->layerStates().isEmpty());
            QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        }
        {
            const auto p = Project::open(file, QStringLiteral("c"), Project::Access::ReadOnly);
            QVERIFY_THROWS_EXCEPTION(StoreError, p->setLayerStates({}));
        }
    }

    void layerStatesInABatchRollBack()
    {
        auto p = Project::create(m_dir.filePath(QStringLiteral("batch.gpkg")), QStringLiteral("Batch"),
                                 QStringLiteral("a"));
        p->setLayerStates(sampleLayers());
        {
            Project::Batch batch(*p);
            p->setLayerStates({});
            Bookmark b = sampleBookmark();
            p->save(b);
        } // not committed
        QCOMPARE(p->layerStates().size(), 4);
        QCOMPARE(p->count(RecordType::Bookmark), 0);
        QCOMPARE(p->changeLogCount(), 1);
    }

    void newProjectIsReadByGdal()
    {
        const QString file = m_dir.filePath(QStringLiteral("gdal.gpkg"));
        {
            auto p = Project::create(file, QStringLiteral("GDAL"), QStringLiteral("a"));
            Site s = test::sampleSite();
            p->save(s);
            Bookmark b = sampleBookmark();
            p->save(b);
            p->setLayerStates(sampleLayers());
            checkSchema2Tables(*p);
        }
        checkGdalAccepts(file);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_store_migration.moc"
