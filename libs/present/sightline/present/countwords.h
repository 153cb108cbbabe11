#pragma once

#include <QString>

namespace sightline::present {

// Counts of things in words with their plural forms: "1 claim", "25 claims", the same on the
// command line as in the window. The forms come from an installed translation of the reader's
// language, else from the English plural forms (translations/sightline_en.ts, compiled into this
// library), so they are right whether or not the application installed a translation. Any
// thread.
enum class Counted {
    Claim, Group, Conflict, Judgment, NeedReview, Hit, Version, Capture, Scene, Site, Event, Observation, Source,
    OtherRecord
};

// "25 claims"; for NeedReview, "1 needs review" and "2 need review".
QString countText(int count, Counted what);

// Installs the English plural forms for every translated text of the application ("Import 3
// images" in the window's menus), under whatever translation the locale adds; once, later calls
// do nothing. True when they are installed. Main thread, after the QCoreApplication exists.
bool installPluralForms();

} // namespace sightline::present
