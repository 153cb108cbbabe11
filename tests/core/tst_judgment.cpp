// Analytic judgments: the ICD 203 likelihood scale with its bands, confidence, storage keys, what
// a judgment rests on, and that a source's downgrade reaches the judgments resting on it.
#include "sightline/core/judgment.h"
#include "sightline/core/review.h"
#include "sightline/core/validate.h"

#include <QSet>
#include <QTest>

using namespace sightline;

namespace {

Link link(RecordRef from, LinkRelation relation, RecordRef to)
{
    Link l;
    l.meta.id = QUuid::createUuid();
    l.from = from;
    l.to = to;
    l.relation = relation;
    return l;
}

Claim claimOf(const QUuid &source)
{
    Claim c;
    c.meta.id = QUuid::createUuid();
    c.sourceId = source;
    c.quote = QStringLiteral("q");
    return c;
}

} // namespace

class TestJudgment : public QObject
{
    Q_OBJECT

private slots:
    void likelihoodScaleIsIcd203()
    {
        const QList<Likelihood> scale{Likelihood::AlmostNoChance, Likelihood::VeryUnlikely, Likelihood::Unlikely,
                                      Likelihood::RoughlyEven,    Likelihood::Likely,       Likelihood::VeryLikely,
                                      Likelihood::AlmostCertain};
        const QStringList words{QStringLiteral("almost no chance"), QStringLiteral("very unlikely"),
                                QStringLiteral("unlikely"),         QStringLiteral("roughly even chance"),
                                QStringLiteral("likely"),           QStringLiteral("very likely"),
                                QStringLiteral("almost certain")};
        const QList<std::pair<int, int>> bands{{1, 5}, {5, 20}, {20, 45}, {45, 55}, {55, 80}, {80, 95}, {95, 99}};
        QCOMPARE(allKeys<Likelihood>().size(), scale.size());
        for (int i = 0; i < scale.size(); ++i) {
            QCOMPARE(toLabel(scale[i]), words[i]);
            QCOMPARE(percentBand(scale[i]).minPercent, bands[i].first);
            QCOMPARE(percentBand(scale[i]).maxPercent, bands[i].second);
            // The bands follow each other without a gap.
            if (i > 0)
                QCOMPARE(percentBand(scale[i]).minPercent, percentBand(scale[i - 1]).maxPercent);
        }
        QCOMPARE(percentText(Likelihood::Likely), QStringLiteral("55–80 %"));
        QCOMPARE(synonym(Likelihood::Likely), QStringLiteral("probable"));
        QCOMPARE(synonym(Likelihood::AlmostNoChance), QStringLiteral("remote"));
    }

    void percentagesFallInTheirBand()
    {
        QCOMPARE(likelihoodForPercent(0), Likelihood::AlmostNoChance);
        QCOMPARE(likelihoodForPercent(3), Likelihood::AlmostNoChance);
        QCOMPARE(likelihoodForPercent(5), Likelihood::VeryUnlikely); // edges go to the band nearer 50 %
        QCOMPARE(likelihoodForPercent(30), Likelihood::Unlikely);
        QCOMPARE(likelihoodForPercent(45), Likelihood::RoughlyEven);
        QCOMPARE(likelihoodForPercent(50), Likelihood::RoughlyEven);
        QCOMPARE(likelihoodForPercent(55), Likelihood::RoughlyEven);
        QCOMPARE(likelihoodForPercent(56), Likelihood::Likely);
        QCOMPARE(likelihoodForPercent(80), Likelihood::Likely);
        QCOMPARE(likelihoodForPercent(81), Likelihood::VeryLikely);
        QCOMPARE(likelihoodForPercent(95), Likelihood::VeryLikely);
        QCOMPARE(likelihoodForPercent(100), Likelihood::AlmostCertain);
        QVERIFY(!likelihoodForPercent(-1));
        QVERIFY(!likelihoodForPercent(101));
        // Every percentage lands in a band that holds it.
        for (int p = 1; p <= 99; ++p) {
            const PercentBand b = percentBand(*likelihoodForPercent(p));
            QVERIFY2(b.minPercent <= p && p <= b.maxPercent, qPrintable(QString::number(p)));
        }
    }

    void keysRoundTrip()
    {
        for (const QString &k : allKeys<Likelihood>())
            QCOMPARE(toKey(*fromKey<Likelihood>(k)), k);
        for (const QString &k : allKeys<Confidence>())
            QCOMPARE(toKey(*fromKey<Confidence>(k)), k);
        for (const QString &k : allKeys<JudgmentStatus>())
            QCOMPARE(toKey(*fromKey<JudgmentStatus>(k)), k);
        QCOMPARE(toKey(Likelihood::RoughlyEven), QStringLiteral("roughly_even_chance"));
        QCOMPARE(allKeys<Confidence>(),
                 (QStringList{QStringLiteral("low"), QStringLiteral("moderate"), QStringLiteral("high")}));
        QCOMPARE(toLabel(Confidence::Moderate), QStringLiteral("moderate confidence"));
        QVERIFY(!fromKey<Likelihood>(QStringLiteral("probable")));
        QVERIFY(!fromKey<Confidence>(QStringLiteral("medium")));
        // The record type is new at the end: the values of the others are what files store.
        QCOMPARE(toKey(RecordType::Judgment), QStringLiteral("judgment"));
        QCOMPARE(static_cast<int>(RecordType::Judgment), 10);
        QCOMPARE(fromKey<RecordType>(QStringLiteral("judgment")), RecordType::Judgment);
    }

    void unsoundJudgmentsAreNamed()
    {
        Judgment j;
        QVERIFY(problemsOf(j).join(u' ').contains(QStringLiteral("statement")));
        QVERIFY(problemsOf(j).join(u' ').contains(QStringLiteral("analyst")));
        j.statement = QStringLiteral("Munitions cross by rail");
        j.author = QStringLiteral("analyst");
        QVERIFY(problemsOf(j).isEmpty());
    }

    void basisIsWhatItDependsOnAndWhatSupportsIt()
    {
        const QUuid j = QUuid::createUuid(), other = QUuid::createUuid();
        const RecordRef a{RecordType::Claim, QUuid::createUuid()}, b{RecordType::Claim, QUuid::createUuid()},
            e{RecordType::Event, QUuid::createUuid()};
        const QList<Link> links{link({RecordType::Judgment, j}, LinkRelation::DependsOn, a),
                                link(b, LinkRelation::Supports, {RecordType::Judgment, j}),
                                link({RecordType::Judgment, j}, LinkRelation::DependsOn, a), // twice: listed once
                                link({RecordType::Judgment, j}, LinkRelation::RefersTo, e),  // no basis
                                link({RecordType::Judgment, other}, LinkRelation::DependsOn, e)};
        QCOMPARE(judgmentBasis(j, links), (QList<RecordRef>{a, b}));
        QCOMPARE(judgmentBasis(other, links), QList<RecordRef>{e});
    }

    void downgradeReachesJudgmentsThroughClaims()
    {
        const QUuid kirby = QUuid::createUuid(), wsj = QUuid::createUuid();
        EvidenceRecords r;
        const Claim fromKirby = claimOf(kirby), fromWsj = claimOf(wsj);
        r.claims = {fromKirby, fromWsj};
        const QUuid railJudgment = QUuid::createUuid(), seaJudgment = QUuid::createUuid(),
                    direct = QUuid::createUuid();
        r.links = {link({RecordType::Judgment, railJudgment}, LinkRelation::DependsOn,
                        {RecordType::Claim, fromKirby.meta.id}),
                   link({RecordType::Claim, fromWsj.meta.id}, LinkRelation::Supports,
                        {RecordType::Judgment, seaJudgment}),
                   link({RecordType::Judgment, direct}, LinkRelation::DependsOn, {RecordType::Source, kirby})};
        QSet<QUuid> reached;
        for (const RestingRecord &rr : recordsRestingOn(kirby, r)) {
            reached.insert(rr.record.id);
            if (rr.record.id == railJudgment) {
                QCOMPARE(rr.record.type, RecordType::Judgment);
                QCOMPARE(rr.via.id, fromKirby.meta.id);
            }
        }
        QCOMPARE(reached, (QSet<QUuid>{fromKirby.meta.id, railJudgment, direct}));
        QVERIFY(!reached.contains(seaJudgment));
        reached.clear();
        for (const RestingRecord &rr : recordsRestingOn(wsj, r))
            reached.insert(rr.record.id);
        QCOMPARE(reached, (QSet<QUuid>{fromWsj.meta.id, seaJudgment}));
    }
};

QTEST_GUILESS_MAIN(TestJudgment)
#include "tst_judgment.moc"
