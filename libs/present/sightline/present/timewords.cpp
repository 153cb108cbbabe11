#include "sightline/present/timewords.h"

#include <QCoreApplication>
#include <QLocale>

namespace sightline::present {
namespace {

// Dates in English month abbreviations whatever the machine's locale, as the project's exports
// and briefs are read by people elsewhere.
QString format(const QDateTime &utc, const QString &pattern)
{
    return QLocale::c().toString(utc, pattern);
}

QString full(const QDateTime &utc, TimeSpan::Precision p)
{
    switch (p) {
    case TimeSpan::Precision::Year: return format(utc, QStringLiteral("yyyy"));
    case TimeSpan::Precision::Month: return format(utc, QStringLiteral("MMM yyyy"));
    case TimeSpan::Precision::Day: return format(utc, QStringLiteral("d MMM yyyy"));
    case TimeSpan::Precision::Minute: return format(utc, QStringLiteral("d MMM yyyy HH:mm")) + QStringLiteral(" UTC");
    case TimeSpan::Precision::Second: return format(utc, QStringLiteral("d MMM yyyy HH:mm:ss")) + QStringLiteral(" UTC");
    }
    return {};
}

// A range of two bounds of the same precision, the parts they share said once.
QString range(const QDateTime &from, const QDateTime &to, TimeSpan::Precision p)
{
    const QString dash = QStringLiteral("–");
    const QString spaced = QStringLiteral(" – ");
    const bool sameYear = from.date().year() == to.date().year();
    const bool sameMonth = sameYear && from.date().month() == to.date().month();
    switch (p) {
    case TimeSpan::Precision::Year: return full(from, p) + dash + full(to, p);
    case TimeSpan::Precision::Month:
        return sameYear ? format(from, QStringLiteral("MMM")) + spaced + full(to, p) : full(from, p) + spaced + full(to, p);
    case TimeSpan::Precision::Day:
        if (sameMonth)
            return format(from, QStringLiteral("d")) + dash + full(to, p);
        if (sameYear)
            return format(from, QStringLiteral("d MMM")) + spaced + full(to, p);
        return full(from, p) + spaced + full(to, p);
    case TimeSpan::Precision::Minute:
    case TimeSpan::Precision::Second:
        if (from.date() == to.date()) // "5 Oct 2023 14:30–16:00 UTC"
            return format(from, p == TimeSpan::Precision::Minute ? QStringLiteral("d MMM yyyy HH:mm")
                                                                : QStringLiteral("d MMM yyyy HH:mm:ss")) +
                   dash + format(to, p == TimeSpan::Precision::Minute ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss")) +
                   QStringLiteral(" UTC");
        return full(from, p) + spaced + full(to, p);
    }
    return {};
}

} // namespace

QString timeText(const TimeSpan &span)
{
    // The bounds come back from the span's own text form, so their precision is the one stored.
    const QString text = span.toText();
    const qsizetype slash = text.indexOf(u'/');
    auto bound = [](const QString &part) { return TimeSpan::parse(part); };
    switch (span.kind()) {
    case TimeSpan::Kind::Unknown: return QCoreApplication::translate("TimeWords", "unknown time");
    case TimeSpan::Kind::Instant:
        if (span.zoneUnknown()) // its reading as written, never shown as UTC
            return QCoreApplication::translate("TimeWords", "%1 local time, zone unknown")
                .arg(format(span.reading(), span.precision() == TimeSpan::Precision::Second
                                                ? QStringLiteral("d MMM yyyy HH:mm:ss")
                                                : QStringLiteral("d MMM yyyy HH:mm")));
        return full(span.earliest(), span.precision());
    case TimeSpan::Kind::NoLaterThan: {
        const auto to = bound(text.mid(slash + 1));
        return QCoreApplication::translate("TimeWords", "no later than %1").arg(to && !to->zoneUnknown() ? full(to->earliest(), to->precision()) : span.toDisplayString());
    }
    case TimeSpan::Kind::NoEarlierThan: {
        const auto from = bound(text.left(slash));
        return QCoreApplication::translate("TimeWords", "since %1").arg(from && !from->zoneUnknown() ? full(from->earliest(), from->precision()) : span.toDisplayString());
    }
    case TimeSpan::Kind::Range: {
        const auto from = bound(text.left(slash));
        const auto to = bound(text.mid(slash + 1));
        if (!from || !to || span.zoneUnknown())
            return span.toDisplayString();
        if (from->precision() == to->precision())
            return range(from->earliest(), to->earliest(), from->precision());
        return full(from->earliest(), from->precision()) + QStringLiteral(" – ") + full(to->earliest(), to->precision());
    }
    }
    return {};
}

QString precisionWords(TimeSpan::Precision precision)
{
    switch (precision) {
    case TimeSpan::Precision::Year: return QCoreApplication::translate("TimeWords", "to the year");
    case TimeSpan::Precision::Month: return QCoreApplication::translate("TimeWords", "to the month");
    case TimeSpan::Precision::Day: return QCoreApplication::translate("TimeWords", "to the day");
    case TimeSpan::Precision::Minute: return QCoreApplication::translate("TimeWords", "to the minute");
    case TimeSpan::Precision::Second: return QCoreApplication::translate("TimeWords", "to the second");
    }
    return {};
}

QString timeDetails(const TimeSpan &span)
{
    if (span.isUnknown())
        return QCoreApplication::translate("TimeWords", "No time given");
    const QString open = QCoreApplication::translate("TimeWords", "open");
    return QCoreApplication::translate("TimeWords", "%1, %2\nearliest %3\nlatest %4")
        .arg(span.toText(), precisionWords(span.precision()),
             span.earliest().isValid() ? span.earliest().toString(Qt::ISODate) : open,
             span.latest().isValid() ? span.latest().toString(Qt::ISODate) : open);
}

QString utcText(const QDateTime &moment)
{
    return format(moment.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace sightline::present
