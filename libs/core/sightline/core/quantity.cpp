#include "sightline/core/quantity.h"

#include <array>

#include <QLocale>

#include <cmath>

namespace sightline {
namespace {
QString number(double v)
{
    QLocale en(QLocale::English);
    en.setNumberOptions(QLocale::DefaultNumberOptions);
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return en.toString(static_cast<qlonglong>(v));
    // Up to three decimals, without trailing zeros and never in scientific notation.
    QString s = en.toString(v, 'f', 3);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}
} // namespace

std::optional<double> Quantity::representative() const
{
    if (value)
        return value;
    if (min && max)
        return (*min + *max) / 2.0;
    if (min)
        return min;
    return max;
}

QString Quantity::problem() const
{
    for (const auto &v : {value, min, max})
        if (v && !std::isfinite(*v))
            return QStringLiteral("a quantity must be a finite number");
    if (min && max && *min > *max)
        return QStringLiteral("the minimum %1 is above the maximum %2").arg(number(*min), number(*max));
    if (value && min && *value < *min)
        return QStringLiteral("the value %1 is below the minimum %2").arg(number(*value), number(*min));
    if (value && max && *value > *max)
        return QStringLiteral("the value %1 is above the maximum %2").arg(number(*value), number(*max));
    if (!isEmpty() && unit.trimmed().isEmpty())
        return QStringLiteral("a quantity needs a unit");
    return {};
}

QString Quantity::toDisplayString() const
{
    if (isEmpty())
        return {};
    const QString about = approximate ? QStringLiteral("about ") : QString();
    QString figure;
    if (value)
        figure = about + number(*value);
    else if (min && max)
        figure = about + number(*min) + QStringLiteral("–") + number(*max);
    else if (min)
        figure = QStringLiteral("more than ") + number(*min);
    else
        figure = QStringLiteral("up to ") + number(*max);
    if (value && (min || max)) {
        figure += QStringLiteral(" (");
        figure += min && max ? number(*min) + QStringLiteral("–") + number(*max)
                  : min      ? QStringLiteral("≥ ") + number(*min)
                             : QStringLiteral("≤ ") + number(*max);
        figure += u')';
    }
    return unit.isEmpty() ? figure : figure + u' ' + unit;
}

namespace {
constexpr std::array<const char *, 5> kMeasures{"", "count", "total", "running_total", "maximum"};
} // namespace

QString toKey(Measure v) { return QString::fromLatin1(kMeasures[static_cast<std::size_t>(v)]); }

template <> std::optional<Measure> fromKey<Measure>(const QString &key)
{
    for (std::size_t i = 0; i < kMeasures.size(); ++i)
        if (key == QLatin1String(kMeasures[i]))
            return static_cast<Measure>(i);
    return std::nullopt;
}

template <> QStringList allKeys<Measure>()
{
    QStringList out;
    for (std::size_t i = 1; i < kMeasures.size(); ++i)
        out << QString::fromLatin1(kMeasures[i]);
    return out;
}

} // namespace sightline
