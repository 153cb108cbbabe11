#include "sightline/present/timewords.h"

#include "sightline/core/englishwords.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>

namespace sightline::present {
namespace {

QMutex g_localeMutex;
QLocale g_windowLocale = QLocale::c();

// A date pattern as a reader of the window's language writes it: its translation may reorder
// the parts ("yyyy년 M월 d일"); English (the source) wherever no translation speaks.
struct Pattern
{
    const char *english;
    const char *role; // the disambiguation: which part of which time the pattern writes
};
QString pattern(const Pattern &p) { return QCoreApplication::translate("TimeWords", p.english, p.role); }

} // namespace

QLocale wordsLocale()
{
    if (EnglishWords::active())
        return QLocale::c();
    const QMutexLocker lock(&g_localeMutex);
    return g_windowLocale;
}

namespace {

QString format(const QDateTime &utc, const QString &pattern)
{
    return wordsLocale().toString(utc, pattern);
}

QString full(const QDateTime &utc, TimeSpan::Precision p)
{
    switch (p) {
    case TimeSpan::Precision::Year: return format(utc, pattern(QT_TRANSLATE_NOOP3("TimeWords", "yyyy", "a year")));
    case TimeSpan::Precision::Month: return format(utc, pattern(QT_TRANSLATE_NOOP3("TimeWords", "MMM yyyy", "a month")));
    case TimeSpan::Precision::Day: return format(utc, pattern(QT_TRANSLATE_NOOP3("TimeWords", "d MMM yyyy", "a day")));
    case TimeSpan::Precision::Minute:
        return format(utc, pattern(QT_TRANSLATE_NOOP3("TimeWords", "d MMM yyyy HH:mm", "a minute"))) + QStringLiteral(" UTC");
    case TimeSpan::Precision::Second:
        return format(utc, pattern(QT_TRANSLATE_NOOP3("TimeWords", "d MMM yyyy HH:mm:ss", "a second"))) + QStringLiteral(" UTC");
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
        if (sameYear)
            return format(from, pattern(QT_TRANSLATE_NOOP3("TimeWords", "MMM", "the first month of a range within one year"))) + spaced +
                   format(to, pattern(QT_TRANSLATE_NOOP3("TimeWords", "MMM yyyy", "the last month of a range within one year")));
        return full(from, p) + spaced + full(to, p);
    case TimeSpan::Precision::Day:
        if (sameMonth)
            return format(from, pattern(QT_TRANSLATE_NOOP3("TimeWords", "d", "the first day of a range within one month"))) + dash +
                   format(to, pattern(QT_TRANSLATE_NOOP3("TimeWords", "d MMM yyyy", "the last day of a range within one month")));
        if (sameYear)
            return format(from, pattern(QT_TRANSLATE_NOOP3("TimeWords", "d MMM", "the first day of a range within one year"))) + spaced +
                   format(to, pattern(QT_TRANSLATE_NOOP3("TimeWords", "d MMM yyyy", "the last day of a range within one year")));
        return full(from, p) + spaced + full(to, p);
    case TimeSpan::Precision::Minute:
    case TimeSpan::Precision::Second:
        if (from.date() == to.date()) { // "5 Oct 2023 14:30–16:00 UTC"
            const bool minute = p == TimeSpan::Precision::Minute;
            return format(from, minute ? pattern(QT_TRANSLATE_NOOP3("TimeWords", "d MMM yyyy HH:mm", "the first minute of a range within one day"))
                                       : pattern(QT_TRANSLATE_NOOP3("TimeWords", "d MMM yyyy HH:mm:ss", "the first second of a range within one day"))) +
                   dash + format(to, minute ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss")) + QStringLiteral(" UTC");
        }
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
    return QLocale::c().toString(moment.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void setWindowLocale(const QLocale &locale)
{
    const QMutexLocker lock(&g_localeMutex);
    g_windowLocale = locale;
}

} // namespace sightline::present
