// Claim rows and conflicts in the words the ledger, the command line and the brief share, read
// from a real project.
#include "sightline/core/claimgroups.h"
#include "sightline/present/claimwords.h"
#include "sightline/present/recordwords.h"
#include "sightline/store/project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestPresentClaims : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Source m_csis, m_mint;
    Site m_yard, m_bridge;
    Claim m_flow, m_total;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("Words"), QStringLiteral("t"));
        m_csis.publisher = QStringLiteral("CSIS Beyond Parallel");
        m_csis.title = QStringLiteral("Rail traffic at Tumangang");
        m_csis.reliability = Reliability::B;
        m_mint.title = QStringLiteral("North Korea's arms for Russia");
        m_mint.reliability = Reliability::C;
        m_project->save(m_csis);
        m_project->save(m_mint);
        m_yard.name = QStringLiteral("Tumangang rail facility");
        m_yard.location = {130.6026, 42.4217};
        m_bridge.name = QStringLiteral("Tumangang–Khasan rail bridge");
        m_bridge.location = {130.64, 42.42};
        m_project->save(m_yard);
        m_project->save(m_bridge);

        m_flow.sourceId = m_csis.meta.id;
        m_flow.quote = QStringLiteral("up to 1,000 containers crossed");
        m_flow.locator = QStringLiteral("para. 4");
        m_flow.siteIds = {m_yard.meta.id, m_bridge.meta.id};
        m_flow.time = *TimeSpan::parse(QStringLiteral("2023-09-07/2023-10-01"));
        m_flow.quantity.max = 1000;
        m_flow.quantity.unit = QStringLiteral("containers");
        m_flow.quantity.objectKind = QStringLiteral("container");
        m_flow.credibility = *Credibility::fromInt(2);
        m_flow.status = ClaimStatus::Disputed;
        m_project->save(m_flow);

        m_total.sourceId = m_mint.meta.id;
        m_total.attributedTo = m_csis.meta.id;
        m_total.quote = QStringLiteral("no more than 500 containers in all");
        m_total.siteIds = {m_yard.meta.id};
        m_total.time = *TimeSpan::parse(QStringLiteral("2023-09-01/2023-12-31"));
        m_total.quantity.max = 500;
        m_total.quantity.unit = QStringLiteral("containers");
        m_total.quantity.objectKind = QStringLiteral("container");
        m_total.credibility = *Credibility::fromInt(3);
        m_project->save(m_total);

        Link contradicts;
        contradicts.from = {RecordType::Claim, m_total.meta.id};
        contradicts.to = {RecordType::Claim, m_flow.meta.id};
        contradicts.relation = LinkRelation::Contradicts;
        contradicts.note = QStringLiteral("different counting windows");
        m_project->save(contradicts);
    }

    void claimRow()
    {
        const present::ClaimWords words(*m_project);
        const present::ClaimRow row = words.row(m_flow);
        QCOMPARE(row.grade, QStringLiteral("B2"));
        QCOMPARE(row.time, QStringLiteral("7 Sep – 1 Oct 2023"));
        QCOMPARE(row.quantity, QStringLiteral("up to 1,000 containers"));
        QCOMPARE(row.countedKind, QString());
        QCOMPARE(row.sites, (QStringList{QStringLiteral("Tumangang rail facility"),
                                         QStringLiteral("Tumangang–Khasan rail bridge")}));
        QCOMPARE(row.source, QStringLiteral("CSIS Beyond Parallel (B)"));
        QCOMPARE(row.sourceTitle, QStringLiteral("Rail traffic at Tumangang"));
        QCOMPARE(row.sourceWithCitation(), QStringLiteral("CSIS Beyond Parallel (B)"));
        QCOMPARE(row.locator, QStringLiteral("para. 4"));
        QCOMPARE(row.status, QStringLiteral("Disputed"));
        QCOMPARE(row.gradeDetails, QStringLiteral("Source B (usually reliable); information 2 (probably true)"));
        QCOMPARE(row.links, QStringLiteral("Links: 1 (contradicts 1)"));

        // A source without a publisher is cited by its title; an attribution follows it.
        const present::ClaimRow other = words.row(m_total);
        QCOMPARE(other.grade, QStringLiteral("C3"));
        QCOMPARE(other.sourceWithCitation(QStringLiteral(", ")),
                 QStringLiteral("North Korea's arms for Russia (C), citing CSIS Beyond Parallel (B)"));
    }

    void gradesFollowTheProjectsScheme()
    {
        // UK 5x5x5 has no F and other words for B: the row says what the scheme says.
        m_project->setGradingScheme(GradingScheme::uk5x5x5());
        const present::ClaimWords words(*m_project);
        QCOMPARE(words.row(m_flow).gradeDetails,
                 QStringLiteral("Source B (mostly reliable); information 2 (known personally to the source but not to "
                                "the officer)"));
        m_project->setGradingScheme(GradingScheme::admiralty());
    }

    void conflicts()
    {
        const QList<ClaimConflict> found = findContradictions(m_project->all<Claim>(), m_project->all<Link>());
        QCOMPARE(found.size(), 1);
        const present::ClaimWords words(*m_project);
        const ClaimConflict &c = found.first();
        QCOMPARE(words.conflictSites(c), QStringList{QStringLiteral("Tumangang rail facility")});
        QVERIFY(c.linkedAsContradicting);
        QVERIFY(words.conflictReason(c).contains(QStringLiteral("linked as contradicting; different counting windows")));
        const QString text = present::ClaimWords::conflictText(c);
        QVERIFY2(text.contains(QStringLiteral("up to 1,000 containers (7 Sep – 1 Oct 2023)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("up to 500 containers (1 Sep – 31 Dec 2023)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(" vs ")));
    }

    void recordTitles()
    {
        QCOMPARE(present::recordTitle(*m_project, {RecordType::Source, m_mint.meta.id}),
                 QStringLiteral("North Korea's arms for Russia"));
        QCOMPARE(present::recordTitle(*m_project, {RecordType::Claim, m_flow.meta.id}), m_flow.quote);
        QCOMPARE(present::recordTitle(*m_project, {RecordType::Site, QUuid::createUuid()}), QString());
        Observation o;
        o.siteId = m_yard.meta.id;
        o.objectKind = QStringLiteral("railcar");
        o.count.value = 73;
        o.count.approximate = true;
        o.count.unit = QStringLiteral("railcars");
        o.count.objectKind = QStringLiteral("railcar");
        o.time = *TimeSpan::parse(QStringLiteral("2023-10-02/2023-10-08"));
        m_project->save(o);
        QCOMPARE(present::recordTitle(*m_project, {RecordType::Observation, o.meta.id}),
                 QStringLiteral("about 73 railcars (2–8 Oct 2023)"));
        QCOMPARE(present::recordKindLabel(RecordType::Judgment), QStringLiteral("Judgment"));
        QCOMPARE(present::relationLabel(LinkRelation::DependsOn), QStringLiteral("depends on"));
        Source untitled;
        QCOMPARE(present::sourceTitle(untitled), QStringLiteral("(untitled source)"));
    }
};

QTEST_GUILESS_MAIN(TestPresentClaims)
#include "tst_present_claims.moc"
