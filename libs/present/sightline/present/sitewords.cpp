#include "sightline/present/sitewords.h"

#include "sightline/geo/geodesy.h"
#include "sightline/present/timewords.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sightline::present {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SiteWords", text);
}

// A distance the note states, in metres.
std::optional<double> statedMeters(const QString &note)
{
    static const QRegularExpression before(
        QStringLiteral(
            "(?:within|±|\\+/-|to about|to within|accurate to|accuracy of|precision of|precise to|error of)"
            "\\s*~?\\s*(\\d+(?:[.,]\\d+)?)\\s*(km|m|metres|meters|kilometres|kilometers)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression after(
        QStringLiteral(
            "(\\d+(?:[.,]\\d+)?)\\s*(km|m|metres|meters|kilometres|kilometers)\\s+(?:accuracy|precision|"
            "error)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *re : {&before, &after}) {
        const QRegularExpressionMatch m = re->match(note);
        if (!m.hasMatch()) continue;
        bool ok = false;
        const double value = QString(m.captured(1)).replace(u',', u'.').toDouble(&ok);
        if (!ok) continue;
        const bool km = m.captured(2).startsWith(u'k', Qt::CaseInsensitive);
        return km ? value * 1000 : value;
    }
    return std::nullopt;
}

} // namespace

std::optional<double> areaReachMeters(const Site &site)
{
    if (site.aoi.isEmpty()) return std::nullopt;
    const GeoBounds b = site.aoi.bounds();
    double farthest = 0;
    for (const GeoPoint &corner : {GeoPoint{b.minLon, b.minLat}, GeoPoint{b.maxLon, b.maxLat},
                                   GeoPoint{b.minLon, b.maxLat}, GeoPoint{b.maxLon, b.minLat}})
        farthest = std::max(farthest, geo::geodesicDistanceMeters(site.location, corner));
    return farthest;
}

LocationPrecision locationPrecision(const Site &site)
{
    if (const auto m = statedMeters(site.locationNote)) return {LocationPrecision::Basis::Stated, m};
    const QString note = site.locationNote.toLower();
    // Coordinates rounded to a unit are off by up to half of it, each way.
    const double latMeters = 111320.0, lonMeters = 111320.0 * std::cos(site.location.lat * M_PI / 180);
    const auto rounded = [&](double degrees) { return std::hypot(latMeters, lonMeters) * degrees / 2; };
    if (note.contains(QLatin1String("arc-second")) || note.contains(QLatin1String("arc second")))
        return {LocationPrecision::Basis::Named, rounded(1.0 / 3600)};
    if (note.contains(QLatin1String("arc-minute")) || note.contains(QLatin1String("arc minute")))
        return {LocationPrecision::Basis::Named, rounded(1.0 / 60)};
    if (note.contains(QLatin1String("town-level")) || note.contains(QLatin1String("town level")))
        return {LocationPrecision::Basis::Named, std::nullopt};
    if (const auto reach = areaReachMeters(site)) return {LocationPrecision::Basis::AreaOfInterest, reach};
    return {};
}

QString roundedDistance(double meters)
{
    // In the words' locale: 1,5 km in German, 1.5 km in English.
    const QLocale locale = wordsLocale();
    const auto number = [&](double v) { return locale.toString(v, 'g', QLocale::FloatingPointShortest); };
    if (meters < 10) return tr("%1 m").arg(number(std::max(1.0, std::round(meters))));
    if (meters < 1000) { // two figures: 50 m, 120 m, 850 m
        const double step = meters < 100 ? 5 : 10;
        return tr("%1 m").arg(number(std::round(meters / step) * step));
    }
    if (meters < 10000) return tr("%1 km").arg(number(std::round(meters / 100) / 10));
    return tr("%1 km").arg(number(std::round(meters / 1000)));
}

QString locationPrecisionWords(const Site &site)
{
    const LocationPrecision p = locationPrecision(site);
    switch (p.basis) {
    case LocationPrecision::Basis::Stated:
        return tr("located to about %1").arg(roundedDistance(*p.meters));
    case LocationPrecision::Basis::Named:
        if (!p.meters) return tr("located only to the town (a few kilometres)");
        return tr("located to about %1 (rounded coordinates)").arg(roundedDistance(*p.meters));
    case LocationPrecision::Basis::AreaOfInterest:
        return tr("located within its area of interest, at most about %1 off")
            .arg(roundedDistance(*p.meters));
    case LocationPrecision::Basis::Unknown:
        break;
    }
    return tr("how precisely it is located is not known");
}

QString locationNoteWithPrecision(const Site &site)
{
    QString words = locationPrecisionWords(site);
    words[0] = words[0].toUpper();
    const QString note = site.locationNote.trimmed();
    if (note.isEmpty()) return words + u'.';
    const bool ends = note.endsWith(u'.') || note.endsWith(u'!') || note.endsWith(u'?');
    return note + (ends ? QStringLiteral(" ") : QStringLiteral(". ")) + words + u'.';
}

} // namespace sightline::present
