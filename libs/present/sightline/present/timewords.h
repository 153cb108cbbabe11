#pragma once

#include "sightline/core/timespan.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace sightline::present {

// How times read for people, the same on the command line and in print, and in the window in its
// language (setWindowLocale). Never more precise than the evidence: a month stays a month. Any
// thread.

// A span as a reader says it: "5 Oct 2023", "7 Sep – 1 Oct 2023" (a range within one year names
// the year once), "7–21 Sep 2023", "Sep – Nov 2023", "2018–2023", "no later than 23 Dec 2024",
// "since Mar 2024"; "unknown time" for no time at all.
QString timeText(const TimeSpan &span);
// The span as stored with what it means, one line each: "2023-09-07/2023-10-01, to the day",
// "earliest 2023-09-07T00:00:00Z", "latest 2023-10-01T23:59:59Z" (an open end reads "open");
// "No time given" for no time.
QString timeDetails(const TimeSpan &span);
// "to the day", "to the minute".
QString precisionWords(TimeSpan::Precision precision);
// A moment in UTC to the minute: "2024-03-02 10:14 UTC".
QString utcText(const QDateTime &moment);

// The window's locale, whose month names (and, through the translation, word order: "2023년
// 10월 5일", "5. Okt. 2023") its times use: "5 жовт. 2023". The command line never sets it and
// reads in English; files made in the window stay English too (EnglishWords). Any thread.
void setWindowLocale(const QLocale &locale);
// The locale words and numbers are written in: the window's, or the C locale on the command line
// and while EnglishWords lives (files read by people elsewhere). Any thread.
QLocale wordsLocale();

} // namespace sightline::present
