// The words of values: times, figures, scales, grades, counts and custody, as every view writes them.
#include "sightline/present/countwords.h"
#include "sightline/present/custodywords.h"
#include "sightline/present/gradewords.h"
#include "sightline/present/judgmentwords.h"
#include "sightline/present/quantitywords.h"
#include "sightline/present/timewords.h"

#include <QCoreApplication>
#include <QTest>

using namespace sightline;

namespace {
TimeSpan span(const char *text)
{
    const auto s = TimeSpan::parse(QString::fromLatin1(text));
    if (!s)
        qFatal("bad test time %s", text);
    return *s;
}
} // namespace

class TestPresentWords : public QObject
{
    Q_OBJECT
private slots:
    void time_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("day") << "2023-10-05" << "5 Oct 2023";
        QTest::newRow("range in one year") << "2023-09-07/2023-10-01" << "7 Sep – 1 Oct 2023";
        QTest::newRow("range in one month") << "2023-10-02/2023-10-08" << "2–8 Oct 2023";
        QTest::newRow("range over years") << "2023-09-13/2024-12-23" << "13 Sep 2023 – 23 Dec 2024";
        QTest::newRow("months in one year") << "2023-09/2023-11" << "Sep – Nov 2023";
        QTest::newRow("months over years") << "2023-12/2024-02" << "Dec 2023 – Feb 2024";
        QTest::newRow("years") << "2018/2023" << "2018–2023";
        QTest::newRow("mixed precision") << "2018-10/2023-10-04" << "Oct 2018 – 4 Oct 2023";
        QTest::newRow("minutes in one day") << "2023-10-05T14:30Z/2023-10-05T16:00Z" << "5 Oct 2023 14:30–16:00 UTC";
        QTest::newRow("minute") << "2023-10-05T14:30Z" << "5 Oct 2023 14:30 UTC";
        QTest::newRow("no later than") << "../2024-12-23" << "no later than 23 Dec 2024";
        QTest::newRow("since") << "2024-03/.." << "since Mar 2024";
        QTest::newRow("unknown") << "" << "unknown time";
    }
    void time()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QCOMPARE(present::timeText(span(text.toLatin1().constData())), words);
    }

    void timeDetails()
    {
        QCOMPARE(present::timeDetails(span("2023-09-07/2023-10-01")),
                 QStringLiteral("2023-09-07/2023-10-01, to the day\nearliest 2023-09-07T00:00:00Z\n"
                                "latest 2023-10-01T23:59:59Z"));
        QCOMPARE(present::timeDetails(span("../2024-12-23")).section(u'\n', 1, 1), QStringLiteral("earliest open"));
        QCOMPARE(present::timeDetails(TimeSpan()), QStringLiteral("No time given"));
        QCOMPARE(present::utcText(QDateTime(QDate(2024, 3, 2), QTime(10, 14, 59), Qt::UTC)),
                 QStringLiteral("2024-03-02 10:14 UTC"));
        QCOMPARE(present::periodText(TimeSpan()), QStringLiteral("no period"));
    }

    void quantities()
    {
        Quantity containers;
        containers.max = 1000;
        containers.unit = QStringLiteral("containers");
        containers.objectKind = QStringLiteral("container");
        QCOMPARE(present::quantityText(containers), QStringLiteral("up to 1,000 containers"));
        QCOMPARE(present::countedKind(containers), QString()); // the unit says it
        QCOMPARE(present::quantityWithKind(containers), QStringLiteral("up to 1,000 containers"));
        Quantity wagons;
        wagons.value = 12;
        wagons.approximate = true;
        wagons.unit = QStringLiteral("wagons");
        wagons.objectKind = QStringLiteral("covered_railcar");
        QCOMPARE(present::countedKind(wagons), QStringLiteral("covered railcar"));
        QCOMPARE(present::quantityWithKind(wagons), QStringLiteral("about 12 wagons (covered railcar)"));
        QCOMPARE(present::quantityText(Quantity()), QString());
    }

    void scales()
    {
        QCOMPARE(present::scaleText(25000), QStringLiteral("1:25,000"));
        QCOMPARE(present::scaleText(24963.2), QStringLiteral("1:25,000"));
        QCOMPARE(present::scaleText(1234567), QStringLiteral("1:1,230,000"));
        QCOMPARE(present::scaleText(523.4), QStringLiteral("1:523"));
        QCOMPARE(present::scaleText(0), QString());
        QCOMPARE(present::scaleText(std::numeric_limits<double>::quiet_NaN()), QString());
    }

    void grades()
    {
        const GradingScheme &nato = GradingScheme::admiralty();
        const GradingScheme &uk = GradingScheme::uk5x5x5();
        const Credibility two = *Credibility::fromInt(2);
        QCOMPARE(present::gradeText(nato, Reliability::B, two), QStringLiteral("B2"));
        QCOMPARE(present::reliabilityWords(nato, Reliability::B), QStringLiteral("B — usually reliable"));
        QCOMPARE(present::reliabilityWords(uk, Reliability::B), QStringLiteral("B — mostly reliable"));
        // A grade the scheme lacks is its letter, never another scheme's words.
        QCOMPARE(present::reliabilityWords(uk, Reliability::F), QStringLiteral("F"));
        QCOMPARE(present::gradeText(uk, Reliability::F, two), QStringLiteral("F2"));
        QCOMPARE(present::credibilityWords(nato, two), QStringLiteral("2 — probably true"));
        QCOMPARE(present::credibilityWords(uk, *Credibility::fromInt(6)), QStringLiteral("6"));
        QCOMPARE(present::gradeDetails(nato, Reliability::B, two),
                 QStringLiteral("Source B (usually reliable); information 2 (probably true)"));
        QCOMPARE(present::gradeDetails(uk, Reliability::F, *Credibility::fromInt(6)),
                 QStringLiteral("Source F; information 6"));
    }

    void counts_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("words");
        QTest::newRow("one claim") << 1 << int(present::Counted::Claim) << "1 claim";
        QTest::newRow("25 claims") << 25 << int(present::Counted::Claim) << "25 claims";
        QTest::newRow("no claims") << 0 << int(present::Counted::Claim) << "0 claims";
        QTest::newRow("one needs review") << 1 << int(present::Counted::NeedReview) << "1 needs review";
        QTest::newRow("two need review") << 2 << int(present::Counted::NeedReview) << "2 need review";
        QTest::newRow("hits") << 13 << int(present::Counted::Hit) << "13 hits";
        QTest::newRow("one other record") << 1 << int(present::Counted::OtherRecord) << "1 other record";
    }
    void counts()
    {
        QFETCH(int, count);
        QFETCH(int, what);
        QFETCH(QString, words);
        // Right without any translation installed (the command line installs none) ...
        QCOMPARE(present::countText(count, static_cast<present::Counted>(what)), words);
    }

    void countsWithTheWindowsTranslation()
    {
        // ... and with the English plural forms installed, as the window does.
        QVERIFY(present::installPluralForms());
        QVERIFY(present::installPluralForms()); // once
        QCOMPARE(present::countText(25, present::Counted::Claim), QStringLiteral("25 claims"));
        QCOMPARE(QCoreApplication::translate("CountWords", "%n claim(s)", nullptr, 1), QStringLiteral("1 claim"));
    }

    void judgments()
    {
        QCOMPARE(present::likelihoodText(Likelihood::Likely), QStringLiteral("likely (55–80 %)"));
        BasisSummary basis;
        QCOMPARE(present::basisText(basis), QStringLiteral("nothing"));
        basis.claims = 2;
        basis.events = 1;
        basis.grades = {QStringLiteral("B2"), QStringLiteral("C3")};
        QCOMPARE(present::basisText(basis), QStringLiteral("2 claims, 1 event · B2, C3"));
    }

    void custody()
    {
        QCOMPARE(present::custodySummary({}), QStringLiteral("Custody: no entries"));
        CustodyEntry imported;
        imported.atUtc = QDateTime(QDate(2024, 3, 2), QTime(10, 14), Qt::UTC);
        imported.actor = QStringLiteral("ana");
        imported.action = CustodyEntry::Action::Imported;
        imported.sha256 = "0123456789abcdef0123";
        imported.detail = QStringLiteral("report.pdf, 1234 bytes, version 1");
        CustodyEntry viewed = imported;
        viewed.action = CustodyEntry::Action::Viewed;
        viewed.detail.clear();
        QCOMPARE(present::custodySummary({imported, viewed}),
                 QStringLiteral("Custody: viewed 2024-03-02 10:14 UTC by ana (2 in the log)"));
        QCOMPARE(present::custodyDetails({imported}),
                 QStringLiteral("imported 2024-03-02 10:14 UTC by ana (report.pdf, 1234 bytes, version 1), "
                                "SHA-256 0123456789ab…"));
    }
};

QTEST_GUILESS_MAIN(TestPresentWords)
#include "tst_present_words.moc"
