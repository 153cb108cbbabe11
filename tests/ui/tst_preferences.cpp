// The analyst's preferences: every key read back as written, defaults where nothing or nonsense
// is stored, a settings file that cannot be parsed reset to defaults with a message naming it (the
// old file kept beside it), the dialog showing and returning each preference, a CRS PROJ does not
// know refused, and the status bar's three coordinate formats.
#include "sightline/ui/mapreadout.h"
#include "sightline/ui/preferences.h"
#include "sightline/ui/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace sightline;
using ui::Preferences;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    static QString settingsFile() { return QSettings().fileName(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Sightline"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(settingsFile() + QStringLiteral(".corrupt"));
    }

    void defaultsWithNothingStored()
    {
        QString problem = QStringLiteral("x");
        const Preferences p = Preferences::load(&problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(p, Preferences{});
        QCOMPARE(p.defaultCrs, QStringLiteral("EPSG:3857"));
        QCOMPARE(p.tileCacheMegabytes, 512);
        QVERIFY(p.networkEnabled);
        QVERIFY(p.language.isEmpty());
        // Without a name the login name signs records, never "unknown analyst".
        QCOMPARE(p.author(), qEnvironmentVariable("USER"));
    }

    void everyKeyRoundTrips()
    {
        Preferences p;
        p.analystName = QStringLiteral("  Mira Kovalenko ");
        p.defaultCrs = QStringLiteral("EPSG:32652");
        p.coordinateFormat = Preferences::CoordinateFormat::Mgrs;
        p.units = Preferences::Units::Imperial;
        p.tileCacheMegabytes = 2048;
        p.language = QStringLiteral("ko");
        p.defaultMarking = QStringLiteral("TLP:AMBER");
        p.networkEnabled = false;
        p.save();
        const Preferences back = Preferences::load();
        QCOMPARE(back.analystName, QStringLiteral("Mira Kovalenko"));
        QCOMPARE(back.author(), QStringLiteral("Mira Kovalenko"));
        QCOMPARE(back.defaultCrs, p.defaultCrs);
        QCOMPARE(back.coordinateFormat, p.coordinateFormat);
        QCOMPARE(back.units, p.units);
        QCOMPARE(back.tileCacheMegabytes, 2048);
        QCOMPARE(back.language, QStringLiteral("ko"));
        QCOMPARE(back.defaultMarking, QStringLiteral("TLP:AMBER"));
        QVERIFY(!back.networkEnabled);
        // The basemap reads these two keys by name, as they are written here.
        QSettings s;
        QCOMPARE(s.value(QStringLiteral("network/enabled")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("tiles/cacheMegabytes")).toInt(), 2048);
    }

    void nonsenseFallsBackToDefaults()
    {
        {
            QSettings s;
            s.setValue(Preferences::kTileCacheMegabytes, QStringLiteral("lots"));
            s.setValue(Preferences::kCoordinateFormat, QStringLiteral("utm"));
            s.setValue(Preferences::kUnits, 7);
            s.setValue(Preferences::kLanguage, QStringLiteral("tlh"));
            s.setValue(Preferences::kDefaultMarking, QStringLiteral("TOP SECRET"));
            s.setValue(Preferences::kDefaultCrs, QStringLiteral("   "));
        }
        QString problem;
        const Preferences p = Preferences::load(&problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(p, Preferences{});
        QSettings().setValue(Preferences::kTileCacheMegabytes, 1); // below the least the cache may be
        QCOMPARE(Preferences::load().tileCacheMegabytes, 512);
    }

    void corruptFileResetsWithAMessage()
    {
        Preferences named;
        named.analystName = QStringLiteral("Mira");
        named.save();
        const QString file = settingsFile();
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("[analyst\nname=Mira\n\x01\x02"); // a section that never closes
        }
        QString problem;
        const Preferences p = Preferences::load(&problem);
        QVERIFY2(problem.contains(file), qPrintable(problem));
        QVERIFY(problem.contains(QStringLiteral("default")));
        QCOMPARE(p, Preferences{});
        QVERIFY(QFileInfo::exists(file + QStringLiteral(".corrupt")));
        // The defaults are written back: the next start reads them without a word.
        problem = QStringLiteral("x");
        QCOMPARE(Preferences::load(&problem), Preferences{});
        QVERIFY(problem.isEmpty());
    }

    void dialogShowsAndReturnsEachPreference()
    {
        Preferences p;
        p.analystName = QStringLiteral("Mira");
        p.defaultCrs = QStringLiteral("EPSG:4326");
        p.coordinateFormat = Preferences::CoordinateFormat::DegreesMinutesSeconds;
        p.tileCacheMegabytes = 64;
        p.language = QStringLiteral("uk");
        p.defaultMarking = QStringLiteral("TLP:GREEN");
        p.networkEnabled = false;
        ui::PreferencesDialog dialog(p);
        QCOMPARE(dialog.preferences(), p);
        QVERIFY(dialog.canAccept());

        dialog.analystField()->setText(QStringLiteral("Dae-jung Park"));
        dialog.crsField()->setText(QStringLiteral("EPSG:32652"));
        dialog.coordinateFormatBox()->setCurrentIndex(2);
        dialog.unitsBox()->setCurrentIndex(1);
        dialog.tileCacheBox()->setValue(1024);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ko")));
        dialog.markingBox()->setCurrentIndex(0);
        dialog.networkBox()->setChecked(true);
        const Preferences chosen = dialog.preferences();
        QCOMPARE(chosen.analystName, QStringLiteral("Dae-jung Park"));
        QCOMPARE(chosen.defaultCrs, QStringLiteral("EPSG:32652"));
        QCOMPARE(chosen.coordinateFormat, Preferences::CoordinateFormat::Mgrs);
        QCOMPARE(chosen.units, Preferences::Units::Imperial);
        QCOMPARE(chosen.tileCacheMegabytes, 1024);
        QCOMPARE(chosen.language, QStringLiteral("ko"));
        QVERIFY(chosen.defaultMarking.isEmpty());
        QVERIFY(chosen.networkEnabled);
        QVERIFY(dialog.canAccept());
        // The system's language is the first choice, and every language is named in its own words.
        QVERIFY(dialog.languageBox()->itemData(0).toString().isEmpty());
        QVERIFY(dialog.languageBox()->findText(QStringLiteral("한국어")) >= 0);
        QVERIFY(dialog.languageBox()->findText(QStringLiteral("Українська")) >= 0);

        dialog.crsField()->setText(QStringLiteral("EPSG:999999"));
        QVERIFY(!dialog.canAccept());
    }

    void coordinateFormats()
    {
        const GeoPoint rajin{130.3, 42.25};
        using F = Preferences::CoordinateFormat;
        QCOMPARE(ui::MapReadout::coordinateText(rajin, F::DecimalDegrees), QStringLiteral("42.25000, 130.30000"));
        QCOMPARE(ui::MapReadout::coordinateText(rajin, F::DegreesMinutesSeconds),
                 QStringLiteral("42°15′00.0″N 130°18′00.0″E"));
        const QString grid = ui::MapReadout::coordinateText(rajin, F::Mgrs);
        QVERIFY2(grid.startsWith(QStringLiteral("52T")), qPrintable(grid));
        // Beyond MGRS's coverage (near the poles it is UPS), degrees rather than nothing.
        QVERIFY(!ui::MapReadout::coordinateText({0, 89.99}, F::Mgrs).isEmpty());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
