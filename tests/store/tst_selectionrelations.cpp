// What a selection means elsewhere in a project, computed without widgets: a site brings its
// claims, a claim its sites (and its own place) and the footprints of the scenes linked to it,
// a scene the claims linked to it; records that are gone are skipped.
#include "support/samplerecords.h"

#include "sightline/store/selectionrelations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestSelectionRelations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Site m_tumangang, m_khasan;
    Claim m_aboutTumangang, m_aboutBoth, m_aboutKhasan;
    ImageryScene m_scene;
    Event m_summit;

private slots:
    void initTestCase()
    {
        m_project = Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("t"), QStringLiteral("a"));
        m_tumangang = test::sampleSite();
        m_khasan = test::sampleSite(QStringLiteral("Khasan station"));
        m_khasan.location = {130.6444, 42.4297};
        m_khasan.aoi = {};
        m_project->save(m_tumangang);
        m_project->save(m_khasan);
        Source source = test::sampleSource();
        m_project->save(source);
        m_aboutTumangang = test::sampleClaim(source, m_tumangang);
        m_aboutTumangang.location = {};
        m_aboutBoth = test::sampleClaim(source, m_tumangang);
        m_aboutBoth.siteIds = {m_tumangang.meta.id, m_khasan.meta.id};
        m_aboutBoth.location = {};
        m_aboutKhasan = test::sampleClaim(source, m_khasan);
        m_aboutKhasan.location = Geometry::point(130.65, 42.43); // a place of its own too
        for (Claim *c : {&m_aboutTumangang, &m_aboutBoth, &m_aboutKhasan})
            m_project->save(*c);
        m_scene.filePath = QStringLiteral("khasan.tif");
        m_scene.acquired = TimeSpan::day(2023, 10, 5);
        m_scene.footprint = Geometry::polygon({{130.63, 42.42}, {130.66, 42.42}, {130.66, 42.44}, {130.63, 42.44}, {130.63, 42.42}});
        m_project->save(m_scene);
        Link link;
        link.from = {RecordType::Scene, m_scene.meta.id};
        link.to = {RecordType::Claim, m_aboutKhasan.meta.id};
        link.relation = LinkRelation::Supports;
        m_project->save(link);
        m_summit.title = QStringLiteral("Summit");
        m_summit.time = TimeSpan::day(2023, 9, 13);
        m_summit.location = Geometry::point(128.33, 51.88);
        m_project->save(m_summit);
    }

    void aSiteBringsItsClaims()
    {
        const auto r = store::relationsOf(*m_project, {{RecordType::Site, m_tumangang.meta.id}});
        QCOMPARE(r.claims, (QSet<QUuid>{m_aboutTumangang.meta.id, m_aboutBoth.meta.id}));
        QCOMPARE(r.sites, QSet<QUuid>{m_tumangang.meta.id});
        QCOMPARE(r.places, QList<GeoPoint>{m_tumangang.location});
        QVERIFY(r.footprints.isEmpty());
    }

    void aClaimBringsItsSitesItsPlaceAndItsScenes()
    {
        const auto both = store::relationsOf(*m_project, {{RecordType::Claim, m_aboutBoth.meta.id}});
        QCOMPARE(both.sites, (QSet<QUuid>{m_tumangang.meta.id, m_khasan.meta.id}));
        QCOMPARE(both.claims, QSet<QUuid>{m_aboutBoth.meta.id});
        QCOMPARE(both.places.size(), 2);
        QVERIFY(both.footprints.isEmpty());

        const auto khasan = store::relationsOf(*m_project, {{RecordType::Claim, m_aboutKhasan.meta.id}});
        QCOMPARE(khasan.sites, QSet<QUuid>{m_khasan.meta.id});
        QCOMPARE(khasan.places, (QList<GeoPoint>{m_khasan.location, {130.65, 42.43}}));
        QCOMPARE(khasan.footprints, QList<Geometry>{m_scene.footprint});
    }

    void aSceneBringsItsClaimsAndItsOutline()
    {
        const auto r = store::relationsOf(*m_project, {{RecordType::Scene, m_scene.meta.id}});
        QCOMPARE(r.claims, QSet<QUuid>{m_aboutKhasan.meta.id});
        QCOMPARE(r.footprints, QList<Geometry>{m_scene.footprint});
        QVERIFY(r.sites.isEmpty());
        QCOMPARE(r.places.size(), 1); // the footprint's centre
        QVERIFY(std::abs(r.places.first().lon - 130.645) < 1e-9 && std::abs(r.places.first().lat - 42.43) < 1e-9);
    }

    void otherRecordsAreWhereTheyAreAndGoneOnesSkipped()
    {
        const auto r = store::relationsOf(*m_project, {{RecordType::Event, m_summit.meta.id},
                                                       {RecordType::Claim, QUuid::createUuid()},
                                                       {RecordType::Site, QUuid::createUuid()}});
        QCOMPARE(r.places, (QList<GeoPoint>{{128.33, 51.88}}));
        QVERIFY(store::relationsOf(*m_project, {}).claims.isEmpty());
    }
};

QTEST_MAIN(TestSelectionRelations)
#include "tst_selectionrelations.moc"
