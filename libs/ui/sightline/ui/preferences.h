#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace sightline::ui {

// The analyst's preferences and the one place that names their keys in the application's
// settings (QSettings): who the analyst is, how the map starts and reads positions, the tile
// cache and the network (read by the basemap), the language (applied at the next start) and the
// marking a new project starts with. Values that cannot be read fall back to their defaults.
// Any thread may read and write (QSettings is reentrant), but the window is the one that does.
struct Preferences
{
    enum class CoordinateFormat { DecimalDegrees, DegreesMinutesSeconds, Mgrs };
    enum class Units { Metric, Imperial };

    QString analystName; // empty: the login name
    QString defaultCrs = QStringLiteral("EPSG:3857");
    CoordinateFormat coordinateFormat = CoordinateFormat::DecimalDegrees;
    Units units = Units::Metric;
    int tileCacheMegabytes = 512;
    QString language; // empty: the system's; else a code such as "de" or "ko"
    QString defaultMarking; // empty: none; else a marking's text ("TLP:AMBER")
    bool networkEnabled = true;

    static constexpr int kMinTileCacheMegabytes = 16;
    static constexpr int kMaxTileCacheMegabytes = 65536;

    // Reads the application's settings. A settings file that cannot be parsed is moved aside (kept
    // beside it as .corrupt) and the defaults are written instead; problem then says so, naming
    // the file. Single values that make no sense fall back to their defaults silently.
    static Preferences load(QString *problem = nullptr);
    void save() const;

    // The author written on records and custody entries: the analyst's name, else the login name.
    QString author() const;
    // The languages offered besides the system's: codes, in the order they are listed.
    static QStringList languages();
    // A language's name in its own words ("Deutsch", "한국어").
    static QString languageName(const QString &code);

    bool operator==(const Preferences &) const = default;

    // The keys, for the parts that read one alone (the basemap reads the last two itself).
    static const QString kAnalystName, kDefaultCrs, kCoordinateFormat, kUnits, kLanguage, kDefaultMarking,
        kTileCacheMegabytes, kNetworkEnabled;
};

} // namespace sightline::ui
