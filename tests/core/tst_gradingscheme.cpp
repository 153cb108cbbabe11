#include "sightline/core/gradingscheme.h"

#include <QTest>

using namespace sightline;

class TestGradingScheme : public QObject
{
    Q_OBJECT

private slots:
    void admiraltyIsSixBySix()
    {
        const GradingScheme &s = GradingScheme::admiralty();
        QCOMPARE(s.key(), QStringLiteral("admiralty"));
        QCOMPARE(s.reliabilities().size(), 6);
        QCOMPARE(s.credibilities(), (QList<int>{1, 2, 3, 4, 5, 6}));
        QVERIFY(s.allows(Reliability::F));
        QVERIFY(s.allows(*Credibility::fromInt(6)));
        QCOMPARE(s.label(Reliability::B), QStringLiteral("usually reliable"));
        QCOMPARE(s.label(*Credibility::fromInt(2)), QStringLiteral("probably true"));
        QCOMPARE(s.combined(Reliability::B, *Credibility::fromInt(2)), QStringLiteral("B2"));
        QCOMPARE(s.combined(Reliability::F, *Credibility::fromInt(6)), QStringLiteral("F6"));
        QVERIFY(s.handlingCodes().isEmpty());
        QCOMPARE(s.discredited(), Reliability::E);
        QCOMPARE(s.unjudged(), Reliability::F);
    }

    void uk5x5x5HasFiveGradesEach()
    {
        const GradingScheme &s = GradingScheme::uk5x5x5();
        QCOMPARE(s.key(), QStringLiteral("uk-5x5x5"));
        QCOMPARE(s.reliabilities(),
                 (QList<Reliability>{Reliability::A, Reliability::B, Reliability::C, Reliability::D, Reliability::E}));
        QCOMPARE(s.credibilities(), (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(s.handlingCodes().size(), 5);
        QCOMPARE(s.label(Reliability::E), QStringLiteral("untested source"));
        QCOMPARE(s.label(*Credibility::fromInt(5)), QStringLiteral("suspected to be false or malicious"));
        QCOMPARE(s.combined(Reliability::A, *Credibility::fromInt(1)), QStringLiteral("A1"));
        // What the scheme lacks is refused, with the reason.
        QVERIFY(!s.allows(Reliability::F));
        QVERIFY(!s.allows(*Credibility::fromInt(6)));
        QVERIFY(s.combined(Reliability::F, *Credibility::fromInt(2)).isEmpty());
        QVERIFY(s.problemWith(Reliability::F).contains(QStringLiteral("A to E")));
        QVERIFY(s.problemWith(*Credibility::fromInt(6)).contains(QStringLiteral("1 to 5")));
        QVERIFY(s.problemWith(Reliability::C).isEmpty());
        QCOMPARE(s.discredited(), Reliability::D);
    }

    void schemesAreFoundByKey()
    {
        QCOMPARE(GradingScheme::byKey(QStringLiteral("admiralty")), &GradingScheme::admiralty());
        QCOMPARE(GradingScheme::byKey(QStringLiteral("uk-5x5x5")), &GradingScheme::uk5x5x5());
        QCOMPARE(GradingScheme::byKey(QStringLiteral("nato")), nullptr);
        QCOMPARE(GradingScheme::all().size(), 2);
    }

    void downgrades()
    {
        const GradingScheme &a = GradingScheme::admiralty();
        QVERIFY(a.isDowngrade(Reliability::B, Reliability::C));
        QVERIFY(a.isDowngrade(Reliability::B, Reliability::E));
        QVERIFY(!a.isDowngrade(Reliability::C, Reliability::B));
        QVERIFY(!a.isDowngrade(Reliability::B, Reliability::B));
        // A judged source becoming "cannot be judged" loses its support; a first judgement does not.
        QVERIFY(a.isDowngrade(Reliability::A, Reliability::F));
        QVERIFY(!a.isDowngrade(Reliability::F, Reliability::D));
        const GradingScheme &uk = GradingScheme::uk5x5x5();
        QVERIFY(uk.isDowngrade(Reliability::B, Reliability::D));
        QVERIFY(!uk.isDowngrade(Reliability::E, Reliability::D)); // untested, then judged
    }
};

QTEST_APPLESS_MAIN(TestGradingScheme)
#include "tst_gradingscheme.moc"
