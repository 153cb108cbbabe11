#include "clioutput.h"

#include <algorithm>
#include <cstdio>

namespace sightline::cli {
namespace {

bool needsEscape(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString terminalSafe(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return needsEscape(c.unicode()); }))
        return text;
    QString safe;
    safe.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (needsEscape(c.unicode()))
            safe += QStringLiteral("\\u%1").arg(static_cast<int>(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

void out(const QString &line)
{
    std::fputs((terminalSafe(line) + u'\n').toUtf8().constData(), stdout);
}

void err(const QString &line)
{
    std::fputs((terminalSafe(line) + u'\n').toUtf8().constData(), stderr);
}

void progress(const QString &text)
{
    static qsizetype shown = 0; // characters of the line now on screen
    if (text.isEmpty()) {
        if (shown > 0)
            std::fputs("\n", stderr);
        shown = 0;
        return;
    }
    const QString padded = terminalSafe(text).leftJustified(shown);
    shown = text.size();
    std::fputs((u'\r' + padded).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace sightline::cli
