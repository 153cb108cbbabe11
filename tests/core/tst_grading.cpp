#include "sightline/core/grading.h"

#include <QSet>
#include <QTest>

#include <limits>

using sightline::Credibility;
using sightline::Reliability;

Q_DECLARE_METATYPE(sightline::Reliability)

class TestGrading : public QObject
{
    Q_OBJECT

private slots:
    void reliabilityKeys_data();
    void reliabilityKeys();
    void reliabilityRejects_data();
    void reliabilityRejects();
    void reliabilityDescriptions();
    void credibilityFromInt();
    void credibilityRejects_data();
    void credibilityRejects();
    void credibilityDescriptions();
    void credibilityCannotBeJudged();
    void combinedGrade_data();
    void combinedGrade();
};

void TestGrading::reliabilityKeys_data()
{
    QTest::addColumn<Reliability>("reliability");
    QTest::addColumn<QString>("key");

    QTest::newRow("A") << Reliability::A << QStringLiteral("A");
    QTest::newRow("B") << Reliability::B << QStringLiteral("B");
    QTest::newRow("C") << Reliability::C << QStringLiteral("C");
    QTest::newRow("D") << Reliability::D << QStringLiteral("D");
    QTest::newRow("E") << Reliability::E << QStringLiteral("E");
    QTest::newRow("F") << Reliability::F << QStringLiteral("F");
}

void TestGrading::reliabilityKeys()
{
    QFETCH(Reliability, reliability);
    QFETCH(QString, key);

    QCOMPARE(sightline::toKey(reliability), key);
    QCOMPARE(sightline::reliabilityFromKey(key), std::optional<Reliability>(reliability));
    // Lowercase is accepted and means the same grade.
    QCOMPARE(sightline::reliabilityFromKey(key.toLower()), std::optional<Reliability>(reliability));
}

void TestGrading::reliabilityRejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("G") << QStringLiteral("G");
    QTest::newRow("g") << QStringLiteral("g");
    QTest::newRow("empty") << QString();
    QTest::newRow("AB") << QStringLiteral("AB");
    QTest::newRow("A with space") << QStringLiteral("A ");
    QTest::newRow("@ (just below A)") << QStringLiteral("@");
    QTest::newRow("digit") << QStringLiteral("1");
    QTest::newRow("Z") << QStringLiteral("Z");
}

void TestGrading::reliabilityRejects()
{
    QFETCH(QString, key);
    QVERIFY(!sightline::reliabilityFromKey(key).has_value());
}

void TestGrading::reliabilityDescriptions()
{
    QCOMPARE(sightline::description(Reliability::A), QStringLiteral("completely reliable"));
    QCOMPARE(sightline::description(Reliability::B), QStringLiteral("usually reliable"));
    QCOMPARE(sightline::description(Reliability::E), QStringLiteral("unreliable"));
    QCOMPARE(sightline::description(Reliability::F), QStringLiteral("reliability cannot be judged"));

    QSet<QString> seen;
    for (Reliability r : {Reliability::A, Reliability::B, Reliability::C, Reliability::D, Reliability::E,
                          Reliability::F}) {
        const QString d = sightline::description(r);
        QVERIFY(!d.isEmpty());
        QVERIFY2(!seen.contains(d), qPrintable(d));
        seen.insert(d);
    }
    QCOMPARE(seen.size(), 6);
}

void TestGrading::credibilityFromInt()
{
    for (int i = 1; i <= 6; ++i) {
        const auto c = Credibility::fromInt(i);
        QVERIFY2(c.has_value(), qPrintable(QString::number(i)));
        QCOMPARE(c->value(), i);
    }
    QVERIFY(Credibility::fromInt(1) != Credibility::fromInt(2));
    QCOMPARE(*Credibility::fromInt(3), *Credibility::fromInt(3));
}

void TestGrading::credibilityRejects_data()
{
    QTest::addColumn<int>("value");
    QTest::newRow("0") << 0;
    QTest::newRow("7") << 7;
    QTest::newRow("-1") << -1;
    QTest::newRow("INT_MIN") << std::numeric_limits<int>::min();
    QTest::newRow("INT_MAX") << std::numeric_limits<int>::max();
}

void TestGrading::credibilityRejects()
{
    QFETCH(int, value);
    QVERIFY(!Credibility::fromInt(value).has_value());
}

void TestGrading::credibilityDescriptions()
{
    QCOMPARE(Credibility::fromInt(1)->description(), QStringLiteral("confirmed by other sources"));
    QCOMPARE(Credibility::fromInt(2)->description(), QStringLiteral("probably true"));
    QCOMPARE(Credibility::fromInt(5)->description(), QStringLiteral("improbable"));
    QCOMPARE(Credibility::fromInt(6)->description(), QStringLiteral("truth cannot be judged"));

    QSet<QString> seen;
    for (int i = 1; i <= 6; ++i) {
        const QString d = Credibility::fromInt(i)->description();
        QVERIFY(!d.isEmpty());
        QVERIFY2(!seen.contains(d), qPrintable(d));
        seen.insert(d);
    }
    QCOMPARE(seen.size(), 6);
}

void TestGrading::credibilityCannotBeJudged()
{
    const Credibility c = Credibility::cannotBeJudged();
    QCOMPARE(c.value(), 6);
    QCOMPARE(c, *Credibility::fromInt(6));
    QCOMPARE(c.description(), QStringLiteral("truth cannot be judged"));
}

void TestGrading::combinedGrade_data()
{
    QTest::addColumn<Reliability>("reliability");
    QTest::addColumn<int>("credibility");
    QTest::addColumn<QString>("grade");

    QTest::newRow("B2") << Reliability::B << 2 << QStringLiteral("B2");
    QTest::newRow("A1") << Reliability::A << 1 << QStringLiteral("A1");
    QTest::newRow("F6") << Reliability::F << 6 << QStringLiteral("F6");
    QTest::newRow("E3") << Reliability::E << 3 << QStringLiteral("E3");
}

void TestGrading::combinedGrade()
{
    QFETCH(Reliability, reliability);
    QFETCH(int, credibility);
    QFETCH(QString, grade);

    const auto c = Credibility::fromInt(credibility);
    QVERIFY(c.has_value());
    QCOMPARE(sightline::combinedGrade(reliability, *c), grade);
    // The grade splits back into its parts.
    QCOMPARE(sightline::reliabilityFromKey(grade.left(1)), std::optional<Reliability>(reliability));
    QCOMPARE(grade.mid(1).toInt(), credibility);
}

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
