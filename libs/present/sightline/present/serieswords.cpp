#include "sightline/present/serieswords.h"

#include "sightline/present/countwords.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace sightline::present {

QString countNumber(double value)
{
    QLocale en(QLocale::English);
    en.setNumberOptions(QLocale::DefaultNumberOptions);
    if (std::abs(value - std::round(value)) < 1e-9)
        return en.toString(static_cast<qlonglong>(std::llround(value)));
    return en.toString(value, 'f', 1);
}

QString baselineFlagText(double value, const Baseline &baseline)
{
    if (baseline.maximum <= 0)
        return QCoreApplication::translate("SeriesWords", "%1 vs a baseline maximum of %2")
            .arg(countNumber(value), countNumber(baseline.maximum));
    QLocale en(QLocale::English);
    // Rounded down to a tenth, so that the flag never says more than the figures do.
    const double ratio = std::floor(value / baseline.maximum * 10.0 + 1e-9) / 10.0;
    return QCoreApplication::translate("SeriesWords", "%1 vs a baseline maximum of %2: %3×")
        .arg(countNumber(value), countNumber(baseline.maximum), en.toString(ratio, 'f', 1));
}

QString pointFlagText(const SeriesPoint &point, const std::optional<Baseline> &baseline)
{
    const auto value = seriesValue(point);
    if (!point.exceedsBaseline || !baseline || !value)
        return {};
    return baselineFlagText(*value, *baseline);
}

QString baselineText(const Baseline &baseline)
{
    return QCoreApplication::translate("SeriesWords", "baseline %1: median %2, maximum %3 (from %4)")
        .arg(baseline.window.toDisplayString(), countNumber(baseline.median), countNumber(baseline.maximum),
             countText(baseline.values, Counted::Observation));
}

QString pointOriginText(const SeriesPoint &point)
{
    return point.counted ? QCoreApplication::translate("SeriesWords", "counted")
                         : QCoreApplication::translate("SeriesWords", "reported");
}

} // namespace sightline::present
