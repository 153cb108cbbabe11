#pragma once

#include "sightline/core/custody.h"

#include <QList>
#include <QString>

namespace sightline::ui {

// How the chain of custody of a capture or a scene reads in the window: one line for the
// latest entry ("Custody: imported 2024-03-02 10:14 UTC by ana (3 in the log)"), and every entry
// with its hash for a tooltip. "Custody: no entries" for an empty log.
QString custodySummary(const QList<CustodyEntry> &log);
QString custodyDetails(const QList<CustodyEntry> &log);

} // namespace sightline::ui
