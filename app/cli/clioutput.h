#pragma once

#include <QString>

namespace sightline::cli {

// Standard output and error as UTF-8 text, one place for the whole tool.
void out(const QString &line);
void err(const QString &line);
// A progress line on standard error, rewritten in place (carriage return); empty text ends it.
void progress(const QString &text);

} // namespace sightline::cli
