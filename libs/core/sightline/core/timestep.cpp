#include "sightline/core/timestep.h"

#include <QRegularExpression>

#include <algorithm>

namespace sightline {

std::optional<TimeStep> TimeStep::parse(const QString &text, QString *error)
{
    static const QRegularExpression re(QStringLiteral(R"(^([0-9]{1,4})([dwmy])\z)"));
    const auto m = re.match(text.trimmed().toLower());
    const int count = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (count < 1 || count > 1000) {
        if (error)
            *error = QStringLiteral("--step \"%1\" is not a step; accepted forms: 1d, 1w, 1m, 1y (a count of 1 to 1000 days, "
                                    "weeks, months or years)")
                         .arg(text);
        return std::nullopt;
    }
    TimeStep s;
    s.count = count;
    switch (m.captured(2).at(0).unicode()) {
    case 'd': s.unit = Unit::Day; break;
    case 'w': s.unit = Unit::Week; break;
    case 'm': s.unit = Unit::Month; break;
    default: s.unit = Unit::Year; break;
    }
    return s;
}

QDateTime TimeStep::advance(const QDateTime &t, int n) const
{
    const int k = count * n;
    switch (unit) {
    case Unit::Day: return t.addDays(k);
    case Unit::Week: return t.addDays(7LL * k);
    case Unit::Month: return t.addMonths(k);
    case Unit::Year: return t.addYears(k);
    }
    return t;
}

QString TimeStep::toText() const
{
    const char *units = "dwmy";
    return QString::number(count) + QLatin1Char(units[static_cast<int>(unit)]);
}

std::optional<QList<TimeWindow>> steppedWindows(const TimeWindow &window, const TimeStep &step, int maxFrames, QString *error)
{
    if (window.from().isNull() || window.to().isNull()) {
        if (error)
            *error = QStringLiteral("--step needs both --from and --to");
        return std::nullopt;
    }
    QList<TimeWindow> out;
    for (int n = 0;; ++n) {
        // Each frame from its own step's start, so month steps do not drift (31 Jan, 29 Feb, 31 Mar).
        const QDateTime start = step.advance(window.from(), n);
        if (start > window.to())
            break;
        if (out.size() == maxFrames) {
            if (error)
                *error = QStringLiteral("--step %1 from %2 makes more than %3 frames; take a longer step or a shorter window")
                             .arg(step.toText(), window.toText())
                             .arg(maxFrames);
            return std::nullopt;
        }
        const QDateTime end = std::min(step.advance(window.from(), n + 1).addMSecs(-1), window.to());
        out << TimeWindow(start, end);
    }
    return out;
}

} // namespace sightline
