#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace sightline::ui {

// For a project the schema check refused (StoreError::Kind::Foreign): says why, in the words of
// the refusal, and offers "Open a cleaned copy", a copy written by Sightline with only what its
// schema code makes (store/cleancopy.h); the original is left as it is. Asks where to write the
// copy (chooseTarget, a save dialog unless given), writes it and lists what was removed or
// replaced. Returns the copy's path, or an empty string when the user declined or the copy could
// not be made (said in a message box). GUI thread.
QString offerCleanedCopy(QWidget *parent, const QString &file, const QString &refusal,
                         const std::function<QString()> &chooseTarget = {});

} // namespace sightline::ui
