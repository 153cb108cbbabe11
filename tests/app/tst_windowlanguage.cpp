// The window speaks the language chosen in the settings (ui/language), else the system's: its
// menus, its counts with the language's plural forms, Qt's own buttons, and the numbers it writes;
// what it writes into files (a brief) stays English, word for word the command line's.
#include "mainwindow.h"
#include "support/cliprocess.h"
#include "support/pdftools.h"
#include "windowlanguage.h"

#include "sightline/core/englishwords.h"
#include "sightline/core/judgment.h"
#include "sightline/core/kinds.h"
#include "sightline/interop/exportset.h"
#include "sightline/interop/qgisproject.h"
#include "sightline/interop/stixexport.h"
#include "sightline/present/countwords.h"
#include "sightline/present/timewords.h"
#include "sightline/report/briefwriter.h"
#include "sightline/store/project.h"
#include "sightline/ui/preferences.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline::test;
using sightline::present::Counted;
using sightline::present::countText;

class TestWindowLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

  private slots:
    void initTestCase()
    {
        // Settings of the test's own, never the user's.
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QVERIFY(sightline::present::installPluralForms());
    }

    void cleanup()
    {
        QSettings().remove(sightline::ui::Preferences::kLanguage);
        WindowLanguage::install();
    }

    void localeFor()
    {
        QCOMPARE(WindowLanguage::localeFor(QString()), QLocale::system());
        QCOMPARE(WindowLanguage::localeFor(QStringLiteral("uk")).language(), QLocale::Ukrainian);
        QCOMPARE(WindowLanguage::localeFor(QStringLiteral(" ko_KR ")).language(), QLocale::Korean);
        QCOMPARE(WindowLanguage::localeFor(QStringLiteral("ru")).language(), QLocale::Russian);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\"xx-nonsense\" .* unknown")));
        QCOMPARE(WindowLanguage::localeFor(QStringLiteral("xx-nonsense")), QLocale::system());
    }

    void speaks_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("counts");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("decimalPoint");
        QTest::addColumn<QString>("times"); // 2023-09-07/2023-10-01 and 2023-10-02/2023-10-08
        QTest::newRow("uk") << QStringLiteral("uk") << QLocale::Ukrainian << QStringLiteral("&Файл")
                            << QStringLiteral("1 твердження, 3 твердження, 5 тверджень, 21 твердження")
                            << QStringLiteral("Скасувати") << QStringLiteral(",")
                            << QStringLiteral("7 вер. – 1 жовт. 2023; 2–8 жовт. 2023");
        QTest::newRow("ru") << QStringLiteral("ru") << QLocale::Russian << QStringLiteral("&Файл")
                            << QStringLiteral("1 утверждение, 3 утверждения, 5 утверждений, 21 утверждение")
                            << QStringLiteral("Отмена") << QStringLiteral(",")
                            << QStringLiteral("7 сент. – 1 окт. 2023; 2–8 окт. 2023");
        QTest::newRow("ko") << QStringLiteral("ko") << QLocale::Korean << QStringLiteral("파일(&F)")
                            << QStringLiteral("주장 1건, 주장 3건, 주장 5건, 주장 21건")
                            << QStringLiteral("취소") << QStringLiteral(".")
                            << QStringLiteral("2023년 9월 7일 – 10월 1일; 2023년 10월 2일–8일");
        QTest::newRow("de") << QStringLiteral("de_DE") << QLocale::German << QStringLiteral("&Datei")
                            << QStringLiteral("1 Aussage, 3 Aussagen, 5 Aussagen, 21 Aussagen")
                            << QStringLiteral("Abbrechen") << QStringLiteral(",")
                            << QStringLiteral("7. Sept. – 1. Okt. 2023; 2.–8. Okt. 2023");
        QTest::newRow("en") << QStringLiteral("en") << QLocale::English << QStringLiteral("&File")
                            << QStringLiteral("1 claim, 3 claims, 5 claims, 21 claims")
                            << QStringLiteral("Cancel") << QStringLiteral(".")
                            << QStringLiteral("7 Sep – 1 Oct 2023; 2–8 Oct 2023");
    }

    void speaks()
    {
        QFETCH(QString, setting);
        QFETCH(QLocale::Language, language);
        QSettings().setValue(sightline::ui::Preferences::kLanguage, setting);
        QCOMPARE(WindowLanguage::install().language(), language);
        QCOMPARE(QLocale().language(), language);
        QTEST(QLocale().decimalPoint(), "decimalPoint");
        const auto span = [](const char *text) {
            return *sightline::TimeSpan::parse(QString::fromLatin1(text));
        };
        QTEST(sightline::present::timeText(span("2023-09-07/2023-10-01")) + QStringLiteral("; ") +
                  sightline::present::timeText(span("2023-10-02/2023-10-08")),
              "times");

        MainWindow window;
        QVERIFY(!window.menuBar()->actions().isEmpty());
        QTEST(window.menuBar()->actions().first()->text(), "fileMenu");
        // Alt and a letter opens one menu: no two menus of the bar share their letter.
        QHash<QKeySequence, QString> menuKeys;
        for (const QAction *menu : window.menuBar()->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(menu->text());
            QVERIFY2(!key.isEmpty(), qPrintable(menu->text() + QStringLiteral(" has no letter")));
            QVERIFY2(!menuKeys.contains(key), qPrintable(menu->text() + QStringLiteral(" and ") + menuKeys.value(key) +
                                                         QStringLiteral(" share ") + key.toString()));
            menuKeys.insert(key, menu->text());
        }

        QStringList counts;
        for (int n : {1, 3, 5, 21})
            counts << countText(n, Counted::Claim);
        QTEST(counts.join(QStringLiteral(", ")), "counts");

        // Qt's own words (dialog buttons), where the system has Qt's translations.
        const QString qtFile = QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                               QStringLiteral("/qtbase_") + setting.left(2) + QStringLiteral(".qm");
        if (setting.startsWith(QLatin1String("en")) || QFile::exists(qtFile))
            QTEST(QCoreApplication::translate("QPlatformTheme", "Cancel"), "cancel");
        else
            qInfo("%s is not installed (qt6-translations-l10n): Qt's buttons not checked",
                  qPrintable(qtFile));
    }

    void wordsForFilesAreEnglish()
    {
        QSettings().setValue(sightline::ui::Preferences::kLanguage, QStringLiteral("uk"));
        WindowLanguage::install();
        QCOMPARE(countText(5, Counted::Claim), QStringLiteral("5 тверджень"));
        {
            const sightline::EnglishWords english;
            QCOMPARE(countText(5, Counted::Claim), QStringLiteral("5 claims"));
            QCOMPARE(countText(1, Counted::Claim), QStringLiteral("1 claim"));
            QCOMPARE(QCoreApplication::translate("FileActions", "&File"), QStringLiteral("&File"));
            QCOMPARE(sightline::toLabel(sightline::SiteKind::RailYard), QStringLiteral("Rail yard"));
            QCOMPARE(sightline::present::timeText(
                         *sightline::TimeSpan::parse(QStringLiteral("2023-09-07/2023-10-01"))),
                     QStringLiteral("7 Sep – 1 Oct 2023"));
        }
        QCOMPARE(QCoreApplication::translate("FileActions", "&File"), QStringLiteral("&Файл"));
        // The evidence model's words too: kinds, likelihood, confidence.
        QCOMPARE(sightline::toLabel(sightline::SiteKind::RailYard), QStringLiteral("Сортувальна станція"));
        QCOMPARE(sightline::toLabel(sightline::Likelihood::Likely), QStringLiteral("ймовірно"));
        QCOMPARE(sightline::toLabel(sightline::Confidence::Moderate), QStringLiteral("помірна впевненість"));
    }

    // Exports made in a window speaking Ukrainian are byte for byte sightline-cli's.
    void exportsFromTheWindowAreTheCommandLines()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("demo.gpkg"));
        CliResult r = runCli({QStringLiteral("demo"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto bytesOf = [](const QString &file) {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QSettings().setValue(sightline::ui::Preferences::kLanguage, QStringLiteral("uk"));
        WindowLanguage::install();
        for (const QString &format : {QStringLiteral("stix"), QStringLiteral("qgs")}) {
            const QString file =
                dir.filePath(QStringLiteral("out/export.") +
                             (format == QLatin1String("stix") ? QStringLiteral("json") : format));
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
            r = runCli({QStringLiteral("export"), project, QStringLiteral("--format"), format,
                        QStringLiteral("-o"), file});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QByteArray cli = bytesOf(file);
            QVERIFY(!cli.isEmpty());
            QVERIFY(QDir(dir.filePath(QStringLiteral("out"))).removeRecursively());
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
            const auto opened =
                sightline::Project::open(project, QString(), sightline::Project::Access::ReadOnly);
            const sightline::ExportSet set = sightline::collectExport(*opened, {});
            QString why;
            const bool ok = format == QLatin1String("stix")
                                ? sightline::exportStix(set, file, nullptr, &why)
                                : sightline::exportQgisProject(set, file, QFileInfo(project).absolutePath(),
                                                               nullptr, &why);
            QVERIFY2(ok, qPrintable(why));
            QVERIFY2(bytesOf(file) == cli, qPrintable(format));
        }
    }

    void briefFromTheWindowIsTheCommandLines_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::newRow("uk") << QStringLiteral("uk");
        QTest::newRow("ko") << QStringLiteral("ko");
    }

    // A brief written from a window speaking Ukrainian or Korean reads word for word as
    // sightline-cli's, its maps' labels included.
    void briefFromTheWindowIsTheCommandLines()
    {
        QFETCH(QString, setting);
        const QStringList missing = missingPdfTools();
        if (!missing.isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("the PDF tools are missing (%1): packaging/install-deps.sh installs them")
                    .arg(missing.join(QStringLiteral(", ")))));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("demo.gpkg"));
        CliResult r = runCli({QStringLiteral("demo"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString cliPdf = dir.filePath(QStringLiteral("cli.pdf"));
        r = runCli({QStringLiteral("brief"), project, QStringLiteral("-o"), cliPdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QSettings().setValue(sightline::ui::Preferences::kLanguage, setting);
        WindowLanguage::install();
        const QString windowPdf = dir.filePath(QStringLiteral("window.pdf"));
        {
            const auto opened =
                sightline::Project::open(project, QString(), sightline::Project::Access::ReadOnly);
            sightline::report::BriefWriter::write(*opened, sightline::report::BriefOptions{}, windowPdf);
        }
        // The minute each was made may differ.
        static const QRegularExpression made(
            QStringLiteral(R"((Made by Sightline .*? on )\d{4}-\d\d-\d\d \d\d:\d\d UTC)"));
        const QString cliText = pdfText(cliPdf, true).replace(made, QStringLiteral("\\1(time) UTC"));
        const QString windowText = pdfText(windowPdf, true).replace(made, QStringLiteral("\\1(time) UTC"));
        QVERIFY(cliText.contains(QLatin1String("claims")));
        QCOMPARE(windowText, cliText);
    }

    void unknownLanguageIsTheSystems()
    {
        QSettings().setValue(sightline::ui::Preferences::kLanguage, QStringLiteral("xx-nonsense"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown")));
        QCOMPARE(WindowLanguage::install(), QLocale::system());
        QCOMPARE(QLocale(), QLocale::system());
    }
};

QTEST_MAIN(TestWindowLanguage)
#include "tst_windowlanguage.moc"
