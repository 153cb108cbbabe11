// The handling marking: TLP 2.0 labels as the standard writes them, read in any case with or
// without the prefix, nothing else accepted; and the project keeps it, reading a label it does
// not know as the strictest.
#include "sightline/core/marking.h"
#include "sightline/store/project.h"
#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestMarking : public QObject
{
    Q_OBJECT

private slots:
    void labelsRoundTrip()
    {
        QCOMPARE(allMarkingTexts(), (QStringList{QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:AMBER"),
                                                 QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:RED")}));
        for (const QString &text : allMarkingTexts())
            QCOMPARE(markingText(*markingFromText(text)), text);
    }

    void readInAnyCase()
    {
        QCOMPARE(markingFromText(QStringLiteral("tlp:amber+strict")), Marking::AmberStrict);
        QCOMPARE(markingFromText(QStringLiteral("Amber")), Marking::Amber);
        QCOMPARE(markingFromText(QStringLiteral(" TLP:RED ")), Marking::Red);
        QCOMPARE(markingFromText(QStringLiteral("clear")), Marking::Clear);
    }

    void othersRefused()
    {
        // TLP 1.0's WHITE is CLEAR in 2.0; a tool that writes it is told, not guessed at.
        for (const char *bad : {"", "TLP:", "WHITE", "TLP:WHITE", "AMBER STRICT", "TLP:PURPLE", "RED!"})
            QVERIFY2(!markingFromText(QString::fromLatin1(bad)), bad);
    }

    void meaningsAndColours()
    {
        QVERIFY(markingMeaning(Marking::Red).contains(QStringLiteral("individual recipients only")));
        QVERIFY(markingMeaning(Marking::AmberStrict).contains(QStringLiteral("within their organization.")));
        QCOMPARE(markingRgb(Marking::Red), 0xff2b2bu);
        QCOMPARE(markingRgb(Marking::Amber), markingRgb(Marking::AmberStrict));
        QCOMPARE(markingRgb(Marking::Green), 0x33ff00u);
    }

    void projectKeepsItsMarking()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("m.gpkg"));
        {
            auto p = Project::create(file, QStringLiteral("Marked"), QStringLiteral("a"));
            QCOMPARE(p->marking(), std::nullopt);
            p->setMarking(Marking::Amber);
        }
        {
            auto p = Project::open(file, QString(), Project::Access::ReadOnly);
            QCOMPARE(p->marking(), Marking::Amber);
            QVERIFY_THROWS_EXCEPTION(StoreError, p->setMarking(Marking::Red));
        }
        {
            auto p = Project::open(file, QStringLiteral("a"));
            p->setMarking(std::nullopt);
            QCOMPARE(p->marking(), std::nullopt);
        }
        // Another tool wrote something that is no label: handled as TLP:RED, never as none.
        {
            sql::Database db(file, sql::Database::Mode::ReadWrite);
            store::setMetaValue(db, QStringLiteral("marking"), QStringLiteral("confidential-ish"));
        }
        QCOMPARE(Project::open(file, QString(), Project::Access::ReadOnly)->marking(), Marking::Red);
    }
};

QTEST_GUILESS_MAIN(TestMarking)
#include "tst_marking.moc"
