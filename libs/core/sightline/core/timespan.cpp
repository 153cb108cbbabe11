#include "sightline/core/timespan.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace sightline {
namespace {

QDateTime utc(QDate d, QTime t = QTime(0, 0))
{
    return QDateTime(d, t, Qt::UTC);
}

} // namespace

QString toKey(TimeSpan::Precision p)
{
    switch (p) {
    case TimeSpan::Precision::Year: return QStringLiteral("year");
    case TimeSpan::Precision::Month: return QStringLiteral("month");
    case TimeSpan::Precision::Day: return QStringLiteral("day");
    case TimeSpan::Precision::Minute: return QStringLiteral("minute");
    case TimeSpan::Precision::Second: return QStringLiteral("second");
    }
    return {};
}

std::optional<TimeSpan::Precision> precisionFromKey(const QString &key)
{
    for (auto p : {TimeSpan::Precision::Year, TimeSpan::Precision::Month, TimeSpan::Precision::Day,
                   TimeSpan::Precision::Minute, TimeSpan::Precision::Second})
        if (toKey(p) == key)
            return p;
    return std::nullopt;
}

QDateTime TimeSpan::Bound::last() const
{
    switch (precision) {
    case Precision::Year: return start.addYears(1).addMSecs(-1);
    case Precision::Month: return start.addMonths(1).addMSecs(-1);
    case Precision::Day: return start.addDays(1).addMSecs(-1);
    case Precision::Minute: return start.addSecs(60).addMSecs(-1);
    case Precision::Second: return start.addMSecs(999);
    }
    return start;
}

// Zones run from UTC−12 to UTC+14: a reading in an unknown one is 14 hours before to 12 after it in UTC.
QDateTime TimeSpan::Bound::firstMoment() const
{
    return zoneUnknown ? start.addSecs(-14 * 3600) : start;
}

QDateTime TimeSpan::Bound::lastMoment() const
{
    return zoneUnknown ? last().addSecs(12 * 3600) : last();
}

QString TimeSpan::Bound::text() const
{
    switch (precision) {
    case Precision::Year: return start.toString(QStringLiteral("yyyy"));
    case Precision::Month: return start.toString(QStringLiteral("yyyy-MM"));
    case Precision::Day: return start.toString(QStringLiteral("yyyy-MM-dd"));
    case Precision::Minute:
        return start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) + (zoneUnknown ? QStringLiteral(" local") : QStringLiteral("Z"));
    case Precision::Second:
        return start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (zoneUnknown ? QStringLiteral(" local") : QStringLiteral("Z"));
    }
    return {};
}

QString TimeSpan::Bound::display() const
{
    const QLocale c = QLocale::c();
    switch (precision) {
    case Precision::Year: return c.toString(start, QStringLiteral("yyyy"));
    case Precision::Month: return c.toString(start, QStringLiteral("MMM yyyy"));
    case Precision::Day: return c.toString(start, QStringLiteral("d MMM yyyy"));
    case Precision::Minute:
        return c.toString(start, QStringLiteral("d MMM yyyy HH:mm")) +
               (zoneUnknown ? QStringLiteral(" local time, zone unknown") : QStringLiteral(" UTC"));
    case Precision::Second:
        return c.toString(start, QStringLiteral("d MMM yyyy HH:mm:ss")) +
               (zoneUnknown ? QStringLiteral(" local time, zone unknown") : QStringLiteral(" UTC"));
    }
    return {};
}

std::optional<TimeSpan::Bound> TimeSpan::parseBound(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z| local))?)?)?\z)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int month = m.hasCaptured(2) ? m.captured(2).toInt() : 1;
    const int day = m.hasCaptured(3) ? m.captured(3).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    Bound b;
    if (m.hasCaptured(4)) {
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
                         m.hasCaptured(6) ? m.captured(6).toInt() : 0);
        if (!time.isValid())
            return std::nullopt;
        b.start = utc(date, time);
        b.precision = m.hasCaptured(6) ? Precision::Second : Precision::Minute;
        b.zoneUnknown = m.captured(7) != QLatin1String("Z");
    } else {
        b.start = utc(date);
        b.precision = m.hasCaptured(3) ? Precision::Day : m.hasCaptured(2) ? Precision::Month : Precision::Year;
    }
    return b;
}

TimeSpan TimeSpan::instant(const QDateTime &startUtc, Precision p)
{
    TimeSpan t;
    t.m_kind = Kind::Instant;
    // Normalise the start to the first moment of its period, so equal spans compare equal.
    QDateTime s = startUtc.toUTC();
    const QDate d = s.date();
    switch (p) {
    case Precision::Year: s = utc(QDate(d.year(), 1, 1)); break;
    case Precision::Month: s = utc(QDate(d.year(), d.month(), 1)); break;
    case Precision::Day: s = utc(d); break;
    case Precision::Minute: s = utc(d, QTime(s.time().hour(), s.time().minute())); break;
    case Precision::Second:
        s = utc(d, QTime(s.time().hour(), s.time().minute(), s.time().second()));
        break;
    }
    t.m_from = Bound{s, p};
    return t;
}

TimeSpan TimeSpan::day(int year, int month, int day)
{
    return instant(utc(QDate(year, month, day)), Precision::Day);
}

TimeSpan TimeSpan::range(const TimeSpan &from, const TimeSpan &to)
{
    TimeSpan t;
    t.m_kind = Kind::Range;
    t.m_from = from.m_from;
    t.m_to = to.m_kind == Kind::Range ? to.m_to : to.m_from;
    return t;
}

TimeSpan TimeSpan::noLaterThan(const TimeSpan &bound)
{
    TimeSpan t;
    t.m_kind = Kind::NoLaterThan;
    t.m_to = bound.m_kind == Kind::Range ? bound.m_to : bound.m_from;
    return t;
}

TimeSpan TimeSpan::noEarlierThan(const TimeSpan &bound)
{
    TimeSpan t;
    t.m_kind = Kind::NoEarlierThan;
    t.m_from = bound.m_from;
    return t;
}

std::optional<TimeSpan> TimeSpan::parse(const QString &rawText, QString *error)
{
    const QString text = rawText.trimmed();
    auto fail = [&](const QString &why) -> std::optional<TimeSpan> {
        if (error)
            *error = QStringLiteral("\"%1\" is not a time: %2").arg(rawText, why);
        return std::nullopt;
    };
    if (text.isEmpty() || text == QLatin1String("unknown"))
        return TimeSpan();
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        const auto b = parseBound(text);
        if (!b)
            return fail(QStringLiteral("expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MMZ"));
        TimeSpan t;
        t.m_kind = Kind::Instant;
        t.m_from = *b;
        return t;
    }
    const QString left = text.left(slash);
    const QString right = text.mid(slash + 1);
    const bool openLeft = left == QLatin1String("..");
    const bool openRight = right == QLatin1String("..");
    if (openLeft && openRight)
        return fail(QStringLiteral("both ends are open"));
    std::optional<Bound> from, to;
    if (!openLeft && !(from = parseBound(left)))
        return fail(QStringLiteral("the start \"%1\" is not a date").arg(left));
    if (!openRight && !(to = parseBound(right)))
        return fail(QStringLiteral("the end \"%1\" is not a date").arg(right));
    TimeSpan t;
    if (openLeft) {
        t.m_kind = Kind::NoLaterThan;
        t.m_to = *to;
    } else if (openRight) {
        t.m_kind = Kind::NoEarlierThan;
        t.m_from = *from;
    } else {
        if (to->last() < from->start)
            return fail(QStringLiteral("it ends before it starts"));
        t.m_kind = Kind::Range;
        t.m_from = *from;
        t.m_to = *to;
    }
    return t;
}

TimeSpan::Precision TimeSpan::precision() const
{
    switch (m_kind) {
    case Kind::Unknown: return Precision::Year;
    case Kind::Instant:
    case Kind::NoEarlierThan: return m_from.precision;
    case Kind::NoLaterThan: return m_to.precision;
    case Kind::Range: return std::min(m_from.precision, m_to.precision);
    }
    return Precision::Year;
}

QDateTime TimeSpan::earliest() const
{
    switch (m_kind) {
    case Kind::Instant:
    case Kind::Range:
    case Kind::NoEarlierThan: return m_from.firstMoment();
    default: return {};
    }
}

QDateTime TimeSpan::latest() const
{
    switch (m_kind) {
    case Kind::Instant: return m_from.lastMoment();
    case Kind::Range:
    case Kind::NoLaterThan: return m_to.lastMoment();
    default: return {};
    }
}

bool TimeSpan::zoneUnknown() const
{
    return m_from.zoneUnknown || m_to.zoneUnknown;
}

QDateTime TimeSpan::reading() const
{
    switch (m_kind) {
    case Kind::Instant:
    case Kind::Range:
    case Kind::NoEarlierThan: return m_from.start;
    case Kind::NoLaterThan: return m_to.start;
    default: return {};
    }
}

TimeSpan TimeSpan::localInstant(const QDateTime &wallClock, Precision p)
{
    TimeSpan t = instant(QDateTime(wallClock.date(), wallClock.time(), Qt::UTC), p);
    if (!t.isUnknown() && (p == Precision::Minute || p == Precision::Second))
        t.m_from.zoneUnknown = true;
    return t;
}

bool TimeSpan::overlaps(const TimeSpan &o) const
{
    if (isUnknown() || o.isUnknown())
        return false;
    const QDateTime a0 = earliest(), a1 = latest(), b0 = o.earliest(), b1 = o.latest();
    const bool startsBeforeOtherEnds = a0.isNull() || b1.isNull() || a0 <= b1;
    const bool endsAfterOtherStarts = a1.isNull() || b0.isNull() || a1 >= b0;
    return startsBeforeOtherEnds && endsAfterOtherStarts;
}

bool TimeSpan::contains(const QDateTime &t) const
{
    if (isUnknown())
        return false;
    const QDateTime a0 = earliest(), a1 = latest();
    return (a0.isNull() || a0 <= t) && (a1.isNull() || t <= a1);
}

QString TimeSpan::toText() const
{
    switch (m_kind) {
    case Kind::Unknown: return {};
    case Kind::Instant: return m_from.text();
    case Kind::Range: return m_from.text() + u'/' + m_to.text();
    case Kind::NoLaterThan: return QStringLiteral("../") + m_to.text();
    case Kind::NoEarlierThan: return m_from.text() + QStringLiteral("/..");
    }
    return {};
}

QString TimeSpan::toDisplayString() const
{
    switch (m_kind) {
    case Kind::Unknown: return QStringLiteral("unknown time");
    case Kind::Instant: return m_from.display();
    case Kind::Range: return m_from.display() + QStringLiteral(" – ") + m_to.display();
    case Kind::NoLaterThan: return QStringLiteral("no later than ") + m_to.display();
    case Kind::NoEarlierThan: return QStringLiteral("since ") + m_from.display();
    }
    return {};
}

TimeMoments TimeMoments::of(const TimeSpan &span)
{
    TimeMoments m;
    if (span.isUnknown())
        return m;
    m.unknown = false;
    if (const QDateTime e = span.earliest(); !e.isNull())
        m.first = e.toMSecsSinceEpoch();
    if (const QDateTime l = span.latest(); !l.isNull())
        m.last = l.toMSecsSinceEpoch();
    return m;
}

TimeWindow::TimeWindow(const QDateTime &fromUtc, const QDateTime &toUtc)
    : m_from(fromUtc.isNull() ? QDateTime() : fromUtc.toUTC()), m_to(toUtc.isNull() ? QDateTime() : toUtc.toUTC())
{
    if (!m_from.isNull())
        m_fromMs = m_from.toMSecsSinceEpoch();
    if (!m_to.isNull())
        m_toMs = m_to.toMSecsSinceEpoch();
}

TimeWindow TimeWindow::between(const TimeSpan &from, const TimeSpan &to)
{
    return TimeWindow(from.earliest(), to.latest());
}

QString TimeWindow::acceptedForms()
{
    return QStringLiteral("accepted forms: 2023, 2023-10, 2023-10-05, 2023-10-05T14:30Z, 2023-10-05T14:30:15Z");
}

std::optional<TimeWindow> TimeWindow::parse(const QString &from, const QString &to, QString *error, const QString &fromName,
                                            const QString &toName)
{
    auto one = [&](const QString &text, const QString &option, TimeSpan *out) {
        if (text.trimmed().isEmpty())
            return true;
        const auto t = TimeSpan::parse(text);
        if (t && t->kind() == TimeSpan::Kind::Instant) {
            *out = *t;
            return true;
        }
        if (error)
            *error = QStringLiteral("%1 \"%2\" is not a date; %3").arg(option, text, acceptedForms());
        return false;
    };
    TimeSpan a, b;
    if (!one(from, fromName, &a) || !one(to, toName, &b))
        return std::nullopt;
    const TimeWindow w = between(a, b);
    if (!w.m_from.isNull() && !w.m_to.isNull() && w.m_to < w.m_from) {
        if (error)
            *error = QStringLiteral("%1 \"%2\" ends before %3 \"%4\" starts; %5").arg(toName, to, fromName, from, acceptedForms());
        return std::nullopt;
    }
    return w;
}

TimeWindow TimeWindow::shiftedBy(qint64 ms) const
{
    return TimeWindow(m_from.isNull() ? QDateTime() : m_from.addMSecs(ms), m_to.isNull() ? QDateTime() : m_to.addMSecs(ms));
}

QString TimeWindow::toText() const
{
    const auto side = [](const QDateTime &t) {
        if (t.isNull())
            return QStringLiteral("..");
        return t.toString(t.time() == QTime(0, 0) ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    };
    return side(m_from) + QStringLiteral(" .. ") + side(m_to);
}

QString TimeWindow::toDisplayString() const
{
    const QLocale c = QLocale::c();
    const auto wholeDay = [](const QDateTime &t, bool end) {
        return end ? t.time() == QTime(23, 59, 59, 999) : t.time() == QTime(0, 0);
    };
    const bool days = (m_from.isNull() || wholeDay(m_from, false)) && (m_to.isNull() || wholeDay(m_to, true));
    const auto side = [&](const QDateTime &t) {
        return days ? c.toString(t, QStringLiteral("d MMM yyyy")) : c.toString(t, QStringLiteral("d MMM yyyy HH:mm"));
    };
    const QString zone = days ? QString() : QStringLiteral(" UTC");
    if (isOpen())
        return QStringLiteral("all time");
    if (m_from.isNull())
        return QStringLiteral("until ") + side(m_to) + zone;
    if (m_to.isNull())
        return QStringLiteral("since ") + side(m_from) + zone;
    if (days && m_from.date() == m_to.date())
        return side(m_from);
    return side(m_from) + QStringLiteral(" – ") + side(m_to) + zone;
}

size_t qHash(const TimeWindow &w, size_t seed)
{
    return qHashMulti(seed, w.from().isNull() ? std::numeric_limits<qint64>::min() : w.from().toMSecsSinceEpoch(),
                      w.to().isNull() ? std::numeric_limits<qint64>::max() : w.to().toMSecsSinceEpoch());
}

} // namespace sightline
