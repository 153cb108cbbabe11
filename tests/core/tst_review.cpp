#include "sightline/core/review.h"

#include <QTest>

using namespace sightline;

namespace {

Link link(RecordType fromType, const QUuid &from, LinkRelation relation, RecordType toType, const QUuid &to)
{
    Link l;
    l.meta.id = QUuid::createUuid();
    l.from = {fromType, from};
    l.to = {toType, to};
    l.relation = relation;
    return l;
}

Claim claimOf(const QUuid &source, const QUuid &attributed = {})
{
    Claim c;
    c.meta.id = QUuid::createUuid();
    c.sourceId = source;
    c.attributedTo = attributed;
    c.quote = QStringLiteral("q");
    return c;
}

QSet<QUuid> ids(const QList<RestingRecord> &records)
{
    QSet<QUuid> out;
    for (const auto &r : records)
        out.insert(r.record.id);
    return out;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void directAndTransitiveDependants()
    {
        const QUuid planet = QUuid::createUuid(), csis = QUuid::createUuid(), paper = QUuid::createUuid(),
                    other = QUuid::createUuid();
        EvidenceRecords r;
        const Claim printed = claimOf(planet);
        const Claim attributed = claimOf(paper, planet);
        const Claim csisCount = claimOf(csis);             // CSIS depends on Planet's imagery
        const Claim supported = claimOf(other);            // supported by csisCount
        const Claim unrelated = claimOf(other);
        const Claim dependsOnSupported = claimOf(other);   // depends on `supported`
        r.claims = {printed, attributed, csisCount, supported, unrelated, dependsOnSupported};
        Event summit;
        summit.meta.id = QUuid::createUuid();
        summit.title = QStringLiteral("summit");
        summit.sourceIds = {planet};
        Event otherEvent;
        otherEvent.meta.id = QUuid::createUuid();
        otherEvent.sourceIds = {other};
        r.events = {summit, otherEvent};
        Observation counted;
        counted.meta.id = QUuid::createUuid();
        counted.claimId = csisCount.meta.id;
        r.observations = {counted};
        r.links = {link(RecordType::Source, csis, LinkRelation::DependsOn, RecordType::Source, planet),
                   link(RecordType::Claim, csisCount.meta.id, LinkRelation::Supports, RecordType::Claim,
                        supported.meta.id),
                   link(RecordType::Claim, dependsOnSupported.meta.id, LinkRelation::DependsOn, RecordType::Claim,
                        supported.meta.id),
                   // Corroboration and reference are no dependence.
                   link(RecordType::Claim, unrelated.meta.id, LinkRelation::Corroborates, RecordType::Claim,
                        printed.meta.id),
                   link(RecordType::Claim, unrelated.meta.id, LinkRelation::RefersTo, RecordType::Source, planet)};

        const auto resting = recordsRestingOn(planet, r);
        QCOMPARE(ids(resting), (QSet<QUuid>{printed.meta.id, attributed.meta.id, summit.meta.id, csis,
                                            csisCount.meta.id, counted.meta.id, supported.meta.id,
                                            dependsOnSupported.meta.id}));
        QCOMPARE(resting.size(), 8); // each once
        for (const auto &rr : resting) {
            if (rr.record.id == counted.meta.id) {
                QCOMPARE(rr.record.type, RecordType::Observation);
                QCOMPARE(rr.via.id, csisCount.meta.id);
                QVERIFY(rr.reason.startsWith(QStringLiteral("counted from claim")));
            }
            if (rr.record.id == attributed.meta.id)
                QVERIFY(rr.reason.startsWith(QStringLiteral("attributed to source")));
        }
        // Nearest first: the direct claims come before what rests on them.
        QCOMPARE(resting.first().via.id, planet);
    }

    void nothingRestsOnAnUnusedSource()
    {
        EvidenceRecords r;
        r.claims = {claimOf(QUuid::createUuid())};
        QVERIFY(recordsRestingOn(QUuid::createUuid(), r).isEmpty());
    }

    void cyclesEnd()
    {
        const QUuid s = QUuid::createUuid();
        const Claim a = claimOf(s), b = claimOf(QUuid::createUuid());
        EvidenceRecords r;
        r.claims = {a, b};
        r.links = {link(RecordType::Claim, a.meta.id, LinkRelation::Supports, RecordType::Claim, b.meta.id),
                   link(RecordType::Claim, b.meta.id, LinkRelation::Supports, RecordType::Claim, a.meta.id)};
        QCOMPARE(ids(recordsRestingOn(s, r)), (QSet<QUuid>{a.meta.id, b.meta.id}));
    }
};

QTEST_APPLESS_MAIN(TestReview)
#include "tst_review.moc"
