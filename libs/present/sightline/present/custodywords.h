#pragma once

#include "sightline/core/custody.h"

#include <QList>
#include <QString>

namespace sightline::present {

// How the chain of custody of a capture or a scene reads: one line for the latest entry
// ("Custody: imported 2024-03-02 10:14 UTC by ana (3 in the log)"), and every entry with the
// start of its hash, one a line. "Custody: no entries" for an empty log. Any thread.
QString custodySummary(const QList<CustodyEntry> &log);
QString custodyDetails(const QList<CustodyEntry> &log);
// One entry: "imported 2024-03-02 10:14 UTC by ana (report.pdf, 1234 bytes, version 1)".
QString custodyLine(const CustodyEntry &entry);

} // namespace sightline::present
