#include "sightline/ui/preferences.h"

#include "sightline/core/marking.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

namespace sightline::ui {

const QString Preferences::kAnalystName = QStringLiteral("analyst/name");
const QString Preferences::kDefaultCrs = QStringLiteral("map/defaultCrs");
const QString Preferences::kCoordinateFormat = QStringLiteral("map/coordinateFormat");
const QString Preferences::kUnits = QStringLiteral("map/units");
const QString Preferences::kLanguage = QStringLiteral("ui/language");
const QString Preferences::kDefaultMarking = QStringLiteral("project/defaultMarking");
const QString Preferences::kTileCacheMegabytes = QStringLiteral("tiles/cacheMegabytes");
const QString Preferences::kNetworkEnabled = QStringLiteral("network/enabled");

namespace {

const QStringList kFormatNames{QStringLiteral("dd"), QStringLiteral("dms"), QStringLiteral("mgrs")};
const QStringList kUnitNames{QStringLiteral("metric"), QStringLiteral("imperial")};

// A settings file QSettings cannot parse is put aside, so that the next start reads defaults.
QString resetCorruptFile(QSettings &settings)
{
    const QString file = settings.fileName();
    const QString aside = file + QStringLiteral(".corrupt");
    QFile::remove(aside);
    if (!QFile::rename(file, aside))
        QFile::remove(file);
    settings.clear(); // what was read of it, kept in QSettings' cache, goes too
    settings.sync();
    return QCoreApplication::translate("sightline::ui::Preferences",
                                       "The settings file %1 could not be read, so Sightline starts with its default "
                                       "settings. The unreadable file is kept as %2.")
        .arg(file, aside);
}

// Whether QSettings can parse the file. Read from a copy: QSettings keeps the files it has read in
// a cache of its own, and only the first reader of a file is told that it could not parse it.
bool readable(const QString &file)
{
    if (!QFile::exists(file))
        return true;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check.conf"));
    if (!dir.isValid() || !QFile::copy(file, copy))
        return true; // cannot tell: read it as it is
    return QSettings(copy, QSettings::IniFormat).status() != QSettings::FormatError;
}

} // namespace

Preferences Preferences::load(QString *problem)
{
    Preferences p;
    {
        QSettings settings;
        if (settings.status() == QSettings::FormatError || !readable(settings.fileName())) {
            const QString why = resetCorruptFile(settings);
            if (problem)
                *problem = why;
            p.save();
            return p;
        }
    }
    QSettings s;
    p.analystName = s.value(kAnalystName).toString().trimmed();
    if (const QString crs = s.value(kDefaultCrs).toString().trimmed(); !crs.isEmpty())
        p.defaultCrs = crs;
    if (const auto i = kFormatNames.indexOf(s.value(kCoordinateFormat).toString()); i >= 0)
        p.coordinateFormat = static_cast<CoordinateFormat>(i);
    if (const auto i = kUnitNames.indexOf(s.value(kUnits).toString()); i >= 0)
        p.units = static_cast<Units>(i);
    bool ok = false;
    if (const int mb = s.value(kTileCacheMegabytes).toInt(&ok);
        ok && mb >= kMinTileCacheMegabytes && mb <= kMaxTileCacheMegabytes)
        p.tileCacheMegabytes = mb;
    if (const QString code = s.value(kLanguage).toString(); languages().contains(code))
        p.language = code;
    if (const QString marking = s.value(kDefaultMarking).toString(); markingFromText(marking))
        p.defaultMarking = marking;
    if (const QVariant network = s.value(kNetworkEnabled); network.isValid()) {
        const QString text = network.toString().toLower();
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            p.networkEnabled = false;
    }
    if (problem)
        problem->clear();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(kAnalystName, analystName.trimmed());
    s.setValue(kDefaultCrs, defaultCrs);
    s.setValue(kCoordinateFormat, kFormatNames.value(static_cast<int>(coordinateFormat)));
    s.setValue(kUnits, kUnitNames.value(static_cast<int>(units)));
    s.setValue(kTileCacheMegabytes, tileCacheMegabytes);
    s.setValue(kLanguage, language);
    s.setValue(kDefaultMarking, defaultMarking);
    s.setValue(kNetworkEnabled, networkEnabled);
    s.sync();
}

QString Preferences::author() const
{
    if (!analystName.trimmed().isEmpty())
        return analystName.trimmed();
    return qEnvironmentVariable("USER");
}

QStringList Preferences::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("uk"), QStringLiteral("ru"), QStringLiteral("ko")};
}

QString Preferences::languageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace sightline::ui
