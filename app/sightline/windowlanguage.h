#pragma once

#include <QLocale>
#include <QString>

// The language the window speaks: the one chosen in the settings (ui::Preferences::kLanguage, a locale name
// such as "uk" or "ko_KR"; empty for the system's), else the system's (LANG, LANGUAGE). Only the
// window follows it: what sightline-cli prints, and every brief and export (made by the command
// line or in the window, see EnglishWords) stay English with ISO 8601 times and C-locale numbers.
// GUI thread only, after the QApplication exists.
namespace WindowLanguage {

// The locale for a value of the setting: the system's when it is empty or names no language Qt
// knows (a warning says so).
QLocale localeFor(const QString &setting);

// Makes the setting's locale the default (so that dates and numbers the window writes with
// QLocale() follow it) and the one of the window's times (present::setWindowLocale), and installs the
// window's translation and Qt's own (buttons, standard dialogs) when they exist for it, replacing the ones an
// earlier call installed. Call it after present::installPluralForms(), so that a language's plural forms win
// over the English ones. Returns the locale used.
QLocale install();

} // namespace WindowLanguage
