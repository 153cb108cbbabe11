#include "clioutput.h"

#include <cstdio>

namespace sightline::cli {

void out(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
}

void err(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stderr);
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
    const QString padded = text.leftJustified(shown);
    shown = text.size();
    std::fputs((u'\r' + padded).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace sightline::cli
