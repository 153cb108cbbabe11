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

} // namespace sightline::cli
