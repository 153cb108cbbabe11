#include "sightline/core/claimgroups.h"

#include <QTest>

using namespace sightline;

namespace {

const QUuid kRajin = QUuid::createUuid();
const QUuid kDunai = QUuid::createUuid();
const QUuid kTumangang = QUuid::createUuid();

Claim claim(const QString &time, const QString &kind, const QString &unit, std::optional<double> value,
            std::optional<double> min, std::optional<double> max, bool approximate, QList<QUuid> sites)
{
    Claim c;
    c.meta.id = QUuid::createUuid();
    c.sourceId = QUuid::createUuid();
    c.quote = QStringLiteral("a quote");
    c.time = *TimeSpan::parse(time);
    c.quantity.value = value;
    c.quantity.min = min;
    c.quantity.max = max;
    c.quantity.approximate = approximate;
    c.quantity.unit = unit;
    c.quantity.objectKind = kind;
    c.siteIds = std::move(sites);
    return c;
}

} // namespace

class TestClaimGroups : public QObject
{
    Q_OBJECT

private slots:
    void sameKindSiteAndTimeGroup()
    {
        const Claim a = claim(QStringLiteral("2023-09-07/2023-10-01"), QStringLiteral("container"),
                              QStringLiteral("containers"), {}, {}, 1000, false, {kRajin, kDunai});
        const Claim b = claim(QStringLiteral("2023-09"), QStringLiteral("container"), QStringLiteral("containers"),
                              300, {}, {}, true, {kDunai});
        const Claim otherSite = claim(QStringLiteral("2023-09"), QStringLiteral("container"),
                                      QStringLiteral("containers"), 5, {}, {}, false, {kTumangang});
        const Claim otherTime = claim(QStringLiteral("2022-01"), QStringLiteral("container"),
                                      QStringLiteral("containers"), 5, {}, {}, false, {kRajin});
        const Claim otherKind = claim(QStringLiteral("2023-09"), QStringLiteral("railcar"), QStringLiteral("railcars"),
                                      5, {}, {}, false, {kRajin});
        const auto groups = groupClaims({otherKind, b, otherSite, a, otherTime});
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].objectKind, QStringLiteral("container"));
        QCOMPARE(groups[0].claims.size(), 2);
        QCOMPARE(groups[0].claims[0].meta.id, b.meta.id); // September 2023 starts first
        QCOMPARE(groups[0].claims[1].meta.id, a.meta.id);
        QCOMPARE(QSet<QUuid>(groups[0].siteIds.begin(), groups[0].siteIds.end()), (QSet<QUuid>{kRajin, kDunai}));
    }

    void aClaimWithoutSiteMeetsEverySite()
    {
        const Claim a = claim(QStringLiteral("2023-09-07/2023-10-01"), QStringLiteral("container"),
                              QStringLiteral("containers"), {}, {}, 1000, false, {kRajin});
        const Claim anywhere = claim(QStringLiteral("../2024-12-23"), QStringLiteral("container"),
                                     QStringLiteral("containers"), 20000, {}, {}, true, {});
        QVERIFY(sameSubject(a, anywhere));
        QCOMPARE(groupClaims({a, anywhere}).size(), 1);
    }

    void differentUnitsSideBySideNeverCompared()
    {
        const Claim shells = claim(QStringLiteral("2024-12"), QStringLiteral("shell"), QStringLiteral("shells"),
                                   5000000, {}, {}, false, {});
        const Claim share = claim(QStringLiteral("2024-12"), QStringLiteral("shell"), QStringLiteral("percent"), 60,
                                  {}, {}, false, {});
        const auto groups = groupClaims({shells, share});
        QCOMPARE(groups.size(), 1);
        QStringList units = groups[0].units();
        units.sort();
        QCOMPARE(units, (QStringList{QStringLiteral("percent"), QStringLiteral("shells")}));
        QCOMPARE(groups[0].inUnit(QStringLiteral("percent")).size(), 1);
        QCOMPARE(groups[0].inUnit(QStringLiteral("percent"))[0].quantity.value, 60.0); // as given, not converted
        // 60 and 5,000,000 would disagree as numbers; in different units they are no conflict.
        QVERIFY(findContradictions({shells, share}, {}).isEmpty());
    }

    void figuresDisagreeBeyondTheirRanges_data()
    {
        QTest::addColumn<Quantity>("a");
        QTest::addColumn<Quantity>("b");
        QTest::addColumn<bool>("disagree");
        auto q = [](std::optional<double> v, std::optional<double> lo, std::optional<double> hi, bool approx) {
            Quantity x;
            x.value = v;
            x.min = lo;
            x.max = hi;
            x.approximate = approx;
            x.unit = QStringLiteral("containers");
            return x;
        };
        QTest::newRow("up to 1,000 vs about 20,000") << q({}, {}, 1000, false) << q(20000, {}, {}, true) << true;
        QTest::newRow("hundreds vs up to 1,000") << q({}, 100, {}, true) << q({}, {}, 1000, false) << false;
        QTest::newRow("about 73 vs at most about 20") << q(73, {}, {}, true) << q({}, {}, 20, true) << true;
        QTest::newRow("about 20,000 vs 22,000 (within 20 %)") << q(20000, {}, {}, true) << q(22000, {}, {}, false)
                                                              << false;
        QTest::newRow("exactly 2 vs exactly 3") << q(2, {}, {}, false) << q(3, {}, {}, false) << true;
        QTest::newRow("more than 1,000 vs up to 1,000") << q({}, 1000, {}, false) << q({}, {}, 1000, false) << false;
        QTest::newRow("more than 1,001 vs up to 1,000") << q({}, 1001, {}, false) << q({}, {}, 1000, false) << true;
        QTest::newRow("empty never disagrees") << Quantity{} << q(3, {}, {}, false) << false;
    }

    void figuresDisagreeBeyondTheirRanges()
    {
        QFETCH(Quantity, a);
        QFETCH(Quantity, b);
        QFETCH(bool, disagree);
        QCOMPARE(figuresDisagree(a, b), disagree);
        QCOMPARE(figuresDisagree(b, a), disagree);
    }

    void contradictionsListEveryPairOnce()
    {
        const Claim thousand = claim(QStringLiteral("2023-09-07/2023-10-01"), QStringLiteral("container"),
                                     QStringLiteral("containers"), {}, {}, 1000, false, {kRajin});
        const Claim twenty1 = claim(QStringLiteral("../2024-12-23"), QStringLiteral("container"),
                                    QStringLiteral("containers"), 20000, {}, {}, true, {});
        const Claim twenty2 = claim(QStringLiteral("../2024-12-23"), QStringLiteral("container"),
                                    QStringLiteral("containers"), 20000, {}, {}, true, {});
        const Claim railA = claim(QStringLiteral("2023-10-05"), QStringLiteral("railcar"), QStringLiteral("railcars"),
                                  73, {}, {}, true, {kTumangang});
        const Claim railB = claim(QStringLiteral("2024-01"), QStringLiteral("railcar"), QStringLiteral("railcars"), 20,
                                  {}, {}, true, {kTumangang});
        Link judged;
        judged.from = {RecordType::Claim, thousand.meta.id};
        judged.to = {RecordType::Claim, twenty1.meta.id};
        judged.relation = LinkRelation::Supports;
        judged.note = QStringLiteral("different windows");
        Link linked; // railcars at different times: only the link makes them a conflict
        linked.from = {RecordType::Claim, railB.meta.id};
        linked.to = {RecordType::Claim, railA.meta.id};
        linked.relation = LinkRelation::Contradicts;

        const auto conflicts = findContradictions({twenty2, railA, thousand, twenty1, railB}, {judged, linked});
        QCOMPARE(conflicts.size(), 3);
        int figureOnly = 0, linkOnly = 0;
        for (const ClaimConflict &c : conflicts) {
            QVERIFY(c.first.meta.id != c.second.meta.id);
            if (c.figuresDisagree && !c.linkedAsContradicting) {
                ++figureOnly;
                QCOMPARE(c.first.meta.id, thousand.meta.id); // "no later than" sorts by its bound
                QVERIFY(c.second.meta.id == twenty1.meta.id || c.second.meta.id == twenty2.meta.id);
                QVERIFY(c.describe().contains(QStringLiteral("up to 1,000 containers")));
                QVERIFY(c.describe().contains(QStringLiteral("about 20,000 containers")));
                QVERIFY(c.describe().contains(QStringLiteral("2023")));
                // Unstated measures are compared; the analyst's "supports" link dismisses the pair,
                // which stays listed with its note.
                if (c.second.meta.id == twenty1.meta.id) {
                    QCOMPARE(c.links.size(), 1);
                    QCOMPARE(c.links[0].note, QStringLiteral("different windows"));
                    QVERIFY(c.dismissed);
                    QCOMPARE(c.dismissalNote, QStringLiteral("different windows"));
                } else {
                    QVERIFY(c.links.isEmpty());
                    QVERIFY(!c.dismissed);
                }
            }
            if (c.linkedAsContradicting) {
                ++linkOnly;
                QVERIFY(!c.figuresDisagree);
                QVERIFY(!c.dismissed);
                QCOMPARE(c.first.meta.id, railA.meta.id);
            }
        }
        QCOMPARE(figureOnly, 2);
        QCOMPARE(linkOnly, 1);
    }

    // What each figure measures decides whether two figures can contradict at all.
    void measuresDecideWhatIsComparable_data()
    {
        QTest::addColumn<QString>("timeA");
        QTest::addColumn<QString>("measureA");
        QTest::addColumn<double>("minA");
        QTest::addColumn<double>("maxA");
        QTest::addColumn<QString>("timeB");
        QTest::addColumn<QString>("measureB");
        QTest::addColumn<double>("minB");
        QTest::addColumn<double>("maxB");
        QTest::addColumn<bool>("contradict");
        const double open = -1; // no bound
        // The demo's pair: a flow over three weeks against a running total by December 2024.
        QTest::newRow("total vs running total") << "2023-09-07/2023-10-01" << "total" << open << 1000.0
                                                << "../2024-12-23" << "running_total" << 20000.0 << 20000.0 << false;
        QTest::newRow("unstated as before") << "2023-09-07/2023-10-01" << "" << open << 1000.0 << "../2024-12-23"
                                            << "" << 20000.0 << 20000.0 << true;
        QTest::newRow("unstated vs stated") << "2023-09-07/2023-10-01" << "" << open << 1000.0 << "../2024-12-23"
                                            << "running_total" << 20000.0 << 20000.0 << true;
        QTest::newRow("counts at one moment") << "2023-10-05" << "count" << 73.0 << 73.0 << "2023-10-05" << "count"
                                              << 20.0 << 20.0 << true;
        QTest::newRow("count vs total") << "2023-10" << "count" << 73.0 << 73.0 << "2023-10" << "total" << 5.0
                                        << 5.0 << false;
        QTest::newRow("running total rises") << "../2024-02" << "running_total" << 6700.0 << 6700.0 << "../2024-08"
                                             << "running_total" << 13000.0 << open << false;
        QTest::newRow("running total falls") << "../2024-02" << "running_total" << 10000.0 << open << "../2024-08"
                                             << "running_total" << 6700.0 << 6700.0 << true;
        QTest::newRow("running total falls, later first")
            << "../2024-08" << "running_total" << 6700.0 << 6700.0 << "../2024-02" << "running_total" << 10000.0
            << open << true;
        QTest::newRow("running totals same date") << "../2024-02" << "running_total" << 10000.0 << open
                                                  << "../2024-02" << "running_total" << 6700.0 << 6700.0 << true;
        QTest::newRow("totals, different overlapping windows")
            << "2023-09/2023-10" << "total" << 1000.0 << 1000.0 << "2023-10/2023-11" << "total" << 5000.0 << 5000.0
            << false;
        QTest::newRow("total inside a smaller total") << "2023-10" << "total" << 5000.0 << 5000.0 << "2023-09/2023-11"
                                                      << "total" << 1000.0 << 1000.0 << true;
        QTest::newRow("total inside a larger total") << "2023-10" << "total" << 500.0 << 500.0 << "2023-09/2023-11"
                                                     << "total" << 1000.0 << 1000.0 << false;
        QTest::newRow("count above the maximum of its window")
            << "2021-05-01" << "count" << 40.0 << 40.0 << "2018-10/2023-10-04" << "maximum" << open << 20.0 << true;
        QTest::newRow("count within the maximum") << "2021-05-01" << "count" << 12.0 << 12.0 << "2018-10/2023-10-04"
                                                  << "maximum" << open << 20.0 << false;
        QTest::newRow("count over a window reaching past the maximum's")
            << "2023-10" << "count" << 73.0 << 73.0 << "2018-10/2023-10-04" << "maximum" << open << 20.0 << false;
    }

    void measuresDecideWhatIsComparable()
    {
        QFETCH(QString, timeA);
        QFETCH(QString, measureA);
        QFETCH(double, minA);
        QFETCH(double, maxA);
        QFETCH(QString, timeB);
        QFETCH(QString, measureB);
        QFETCH(double, minB);
        QFETCH(double, maxB);
        QFETCH(bool, contradict);
        auto make = [](const QString &time, const QString &measure, double min, double max) {
            std::optional<double> value, lo, hi;
            if (min >= 0 && min == max)
                value = min;
            else {
                if (min >= 0)
                    lo = min;
                if (max >= 0)
                    hi = max;
            }
            Claim c = claim(time, QStringLiteral("container"), QStringLiteral("containers"), value, lo, hi, false,
                            {kRajin});
            c.quantity.measure = *fromKey<Measure>(measure);
            return c;
        };
        const Claim a = make(timeA, measureA, minA, maxA), b = make(timeB, measureB, minB, maxB);
        QCOMPARE(figuresContradict(a, b), contradict);
        QCOMPARE(figuresContradict(b, a), contradict);
        if (a.time.overlaps(b.time))
            QCOMPARE(findContradictions({a, b}, {}).size(), contradict ? 1 : 0);
    }

    void aLinkDismissesButNeverHides()
    {
        const Claim a = claim(QStringLiteral("2023-10-05"), QStringLiteral("railcar"), QStringLiteral("railcars"), 73,
                              {}, {}, true, {kTumangang});
        const Claim b = claim(QStringLiteral("2023-10-05"), QStringLiteral("railcar"), QStringLiteral("railcars"), 20,
                              {}, {}, true, {kTumangang});
        Link note;
        note.from = {RecordType::Claim, a.meta.id};
        note.to = {RecordType::Claim, b.meta.id};
        note.relation = LinkRelation::RefersTo;
        note.note = QStringLiteral("Not a contradiction: one counts the yard, the other one siding.");
        QVERIFY(saysNotContradicting(note));
        auto found = findContradictions({a, b}, {note});
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].figuresDisagree);
        QVERIFY(found[0].dismissed);
        QCOMPARE(found[0].dismissalNote, note.note);

        Link plain = note;
        plain.note = QStringLiteral("see the report");
        QVERIFY(!saysNotContradicting(plain));
        QVERIFY(!findContradictions({a, b}, {plain})[0].dismissed);

        // A link saying they do contradict outweighs one saying they do not.
        Link contradicts = note;
        contradicts.meta.id = QUuid::createUuid();
        contradicts.relation = LinkRelation::Contradicts;
        contradicts.note.clear();
        QVERIFY(!saysNotContradicting(contradicts));
        found = findContradictions({a, b}, {note, contradicts});
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].linkedAsContradicting);
        QVERIFY(!found[0].dismissed);
    }
};

QTEST_APPLESS_MAIN(TestClaimGroups)
#include "tst_claimgroups.moc"
