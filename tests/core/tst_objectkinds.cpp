// The object-kind vocabulary: keys, the key a display name suggests, units, and the project's
// kinds joining the built-in ones.
#include "sightline/core/objectkinds.h"

#include <QTest>

using namespace sightline;

class TestObjectKinds : public QObject
{
    Q_OBJECT

private slots:
    void keyForName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("two words") << "Fuel wagon" << "fuel_wagon";
        QTest::newRow("punctuation") << "Fuel wagon (tank)" << "fuel_wagon_tank";
        QTest::newRow("hyphen and spaces") << "  Tarp-covered   load " << "tarp_covered_load";
        QTest::newRow("accents") << "Citerne à gaz" << "citerne_a_gaz";
        QTest::newRow("leading digits") << "2-axle wagon" << "axle_wagon";
        QTest::newRow("no usable letter") << "Вагон" << "";
        QTest::newRow("long") << QString(60, u'x') << QString(40, u'x');
    }

    void keyForName()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(objectKindKeyFor(name), key);
        if (!key.isEmpty())
            QVERIFY2(objectKindKeyProblem(key).isEmpty(), qPrintable(objectKindKeyProblem(key)));
    }

    void projectKindsGoBeforeOther()
    {
        const QList<ObjectKind> own{{QStringLiteral("fuel_wagon"), QStringLiteral("Fuel wagon"), QStringLiteral("#123456"), true},
                                    {QStringLiteral("railcar"), QStringLiteral("Not a railcar"), QStringLiteral("#000000")}};
        const QList<ObjectKind> v = objectKindVocabulary(own);
        QCOMPARE(v.size(), builtInObjectKinds().size() + 1);
        QCOMPARE(v.last().key, QStringLiteral("other"));
        QCOMPARE(v[v.size() - 2].key, QStringLiteral("fuel_wagon"));
        QVERIFY(!v[v.size() - 2].builtIn); // a project's kind never claims to be built in
        QCOMPARE(findObjectKind(v, QStringLiteral("railcar"))->name, builtInObjectKinds().first().name);
        QCOMPARE(countUnitOf(QStringLiteral("fuel_wagon")), QStringLiteral("fuel wagons"));
    }
};

QTEST_GUILESS_MAIN(TestObjectKinds)
#include "tst_objectkinds.moc"
