#pragma once

#include <QString>

namespace sightline::cli {

// Standard output and error as UTF-8 text, one place for the whole tool. Text from a project
// file may hold terminal control sequences (a quote that clears the screen or sets the window's
// title), so everything printed passes through terminalSafe() here, whatever formatted it.
void out(const QString &line);
void err(const QString &line);

// Text with every control character shown as a JSON-style escape ("\u001b"): C0 controls
// except line feed and tab, DEL, C1 controls, and the bidirectional embeddings, overrides and
// isolates that can make text read in another order than it is stored (U+202A..U+202E,
// U+2066..U+2069). JSON stays valid: an escape inside a JSON string is the character itself to
// a JSON reader, and QJsonDocument already escapes C0 controls inside strings.
QString terminalSafe(const QString &text);
// A progress line on standard error, rewritten in place (carriage return); empty text ends it.
void progress(const QString &text);

} // namespace sightline::cli
