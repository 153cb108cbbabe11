#include "sightline/core/quantity.h"

#include <QTest>

#include <limits>

using sightline::Quantity;

Q_DECLARE_METATYPE(sightline::Quantity)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

Quantity make(std::optional<double> value, std::optional<double> min, std::optional<double> max,
              const QString &unit, bool approximate = false)
{
    Quantity q;
    q.value = value;
    q.min = min;
    q.max = max;
    q.unit = unit;
    q.approximate = approximate;
    return q;
}

const QString railcars = QStringLiteral("railcars");

} // namespace

class TestQuantity : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void representative_data();
    void representative();
    void isEmpty();
    void displayString_data();
    void displayString();
};

void TestQuantity::problem_data()
{
    QTest::addColumn<Quantity>("quantity");
    QTest::addColumn<QString>("expected"); // empty: sound

    const std::nullopt_t none = std::nullopt;
    QTest::newRow("value") << make(73, none, none, railcars) << QString();
    QTest::newRow("value inside range") << make(73, 60, 80, railcars) << QString();
    QTest::newRow("value on the bounds") << make(60, 60, 60, railcars) << QString();
    QTest::newRow("only a minimum") << make(none, 1'000'000, none, QStringLiteral("barrels")) << QString();
    QTest::newRow("zero") << make(0, none, none, railcars) << QString();
    QTest::newRow("empty, no unit") << Quantity() << QString();

    QTest::newRow("min above max") << make(none, 80, 60, railcars)
                                   << QStringLiteral("the minimum 80 is above the maximum 60");
    QTest::newRow("min above max, grouped") << make(none, 2000, 1000, QStringLiteral("containers"))
                                            << QStringLiteral("the minimum 2,000 is above the maximum 1,000");
    QTest::newRow("min above max with a value") << make(70, 80, 60, railcars)
                                                << QStringLiteral("the minimum 80 is above the maximum 60");
    QTest::newRow("value below minimum") << make(50, 60, none, railcars)
                                         << QStringLiteral("the value 50 is below the minimum 60");
    QTest::newRow("value below range") << make(50, 60, 80, railcars)
                                       << QStringLiteral("the value 50 is below the minimum 60");
    QTest::newRow("value above maximum") << make(90, none, 80, railcars)
                                         << QStringLiteral("the value 90 is above the maximum 80");
    QTest::newRow("value above range") << make(90, 60, 80, railcars)
                                       << QStringLiteral("the value 90 is above the maximum 80");
    QTest::newRow("fractional bounds") << make(2.5, none, 2.25, QStringLiteral("km"))
                                       << QStringLiteral("the value 2.5 is above the maximum 2.25");

    QTest::newRow("missing unit") << make(73, none, none, QString()) << QStringLiteral("a quantity needs a unit");
    QTest::newRow("blank unit") << make(73, none, none, QStringLiteral("  ")) << QStringLiteral("a quantity needs a unit");
    QTest::newRow("bound without unit") << make(none, none, 1000, QString())
                                        << QStringLiteral("a quantity needs a unit");

    const QString finite = QStringLiteral("a quantity must be a finite number");
    QTest::newRow("NaN value") << make(kNaN, none, none, railcars) << finite;
    QTest::newRow("NaN minimum") << make(73, kNaN, none, railcars) << finite;
    QTest::newRow("NaN maximum") << make(73, none, kNaN, railcars) << finite;
    QTest::newRow("infinite value") << make(kInf, none, none, railcars) << finite;
    QTest::newRow("minus infinite minimum") << make(none, -kInf, 10, railcars) << finite;
    // Not being a number is the first thing to fix, before the unit.
    QTest::newRow("NaN and no unit") << make(kNaN, none, none, QString()) << finite;
}

void TestQuantity::problem()
{
    QFETCH(Quantity, quantity);
    QFETCH(QString, expected);
    QCOMPARE(quantity.problem(), expected);
}

void TestQuantity::representative_data()
{
    QTest::addColumn<Quantity>("quantity");
    QTest::addColumn<std::optional<double>>("expected");

    const std::nullopt_t none = std::nullopt;
    QTest::newRow("value") << make(73, none, none, railcars) << std::optional<double>(73);
    QTest::newRow("value wins over range") << make(73, 60, 100, railcars) << std::optional<double>(73);
    QTest::newRow("middle of range") << make(none, 60, 80, railcars) << std::optional<double>(70);
    QTest::newRow("middle of uneven range") << make(none, 1, 2, railcars) << std::optional<double>(1.5);
    QTest::newRow("minimum") << make(none, 1'000'000, none, railcars) << std::optional<double>(1'000'000);
    QTest::newRow("maximum") << make(none, none, 1000, railcars) << std::optional<double>(1000);
    QTest::newRow("zero value") << make(0, none, none, railcars) << std::optional<double>(0);
    QTest::newRow("empty") << Quantity() << std::optional<double>();
}

void TestQuantity::representative()
{
    QFETCH(Quantity, quantity);
    QFETCH(std::optional<double>, expected);
    const std::optional<double> actual = quantity.representative();
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(*actual, *expected);
}

void TestQuantity::isEmpty()
{
    QVERIFY(Quantity().isEmpty());
    Quantity q;
    q.unit = railcars;
    q.approximate = true;
    QVERIFY(q.isEmpty()); // a unit alone is no figure
    q.max = 0;
    QVERIFY(!q.isEmpty());
    QVERIFY(!make(std::nullopt, 1, std::nullopt, railcars).isEmpty());
    QVERIFY(!make(5, std::nullopt, std::nullopt, railcars).isEmpty());
}

void TestQuantity::displayString_data()
{
    QTest::addColumn<Quantity>("quantity");
    QTest::addColumn<QString>("display");

    const std::nullopt_t none = std::nullopt;
    QTest::newRow("about") << make(73, none, none, railcars, true) << QStringLiteral("about 73 railcars");
    QTest::newRow("exact") << make(73, none, none, railcars) << QStringLiteral("73 railcars");
    QTest::newRow("up to") << make(none, none, 1000, QStringLiteral("containers"))
                           << QStringLiteral("up to 1,000 containers");
    QTest::newRow("more than") << make(none, 1'000'000, none, QStringLiteral("barrels"))
                               << QStringLiteral("more than 1,000,000 barrels");
    QTest::newRow("range") << make(none, 60, 80, railcars) << QStringLiteral("60\u201380 railcars");
    QTest::newRow("about a range") << make(none, 1500, 2000, QStringLiteral("containers"), true)
                                   << QStringLiteral("about 1,500\u20132,000 containers");
    QTest::newRow("value with range") << make(73, 60, 80, railcars) << QStringLiteral("73 (60\u201380) railcars");
    QTest::newRow("value with minimum") << make(73, 60, none, railcars) << QStringLiteral("73 (\u2265 60) railcars");
    QTest::newRow("value with maximum") << make(73, none, 80, railcars) << QStringLiteral("73 (\u2264 80) railcars");
    QTest::newRow("fraction") << make(2.5, none, none, QStringLiteral("km")) << QStringLiteral("2.5 km");
    QTest::newRow("negative") << make(-1500, none, none, QStringLiteral("USD")) << QStringLiteral("-1,500 USD");
    QTest::newRow("zero") << make(0, none, none, QStringLiteral("vessels")) << QStringLiteral("0 vessels");
    QTest::newRow("no unit") << make(1234, none, none, QString()) << QStringLiteral("1,234");
    QTest::newRow("empty") << make(none, none, none, railcars, true) << QString();
}

void TestQuantity::displayString()
{
    QFETCH(Quantity, quantity);
    QFETCH(QString, display);
    QCOMPARE(quantity.toDisplayString(), display);
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
