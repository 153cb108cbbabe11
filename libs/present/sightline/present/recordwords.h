#pragma once

#include "sightline/core/claim.h"
#include "sightline/core/link.h"
#include "sightline/core/source.h"

#include <QList>
#include <QString>

namespace sightline {
class Project;
}

namespace sightline::present {

// How records are named wherever people read them (window, command line, print). Free functions
// of values; any thread (they translate through QCoreApplication, which is thread-safe).

// A source by its title, else its publisher, else "(untitled source)".
QString sourceTitle(const Source &source);
// A source as a claim row cites it: its publisher (else its title) with its reliability letter,
// "Reuters (B)".
QString sourceCitation(const Source &source);
// A record kind as a noun: "Claim", "Source".
QString recordKindLabel(RecordType type);
// A link's relation as a verb phrase: "contradicts", "depends on".
QString relationLabel(LinkRelation relation);
// A claim's review status: "Unreviewed", "Disputed".
QString claimStatusLabel(ClaimStatus status);
// A line that names a record: a site's name, a source's or event's title, a claim's quote, a
// capture's file name, a judgment's statement. Empty for a record that is gone.
QString recordTitle(const Project &project, const RecordRef &record);
// The links naming a claim, counted by relation: "Links: 3 (corroborates 2, contradicts 1)";
// empty when there are none.
QString linksSummary(const QList<LinkRelation> &relations);

} // namespace sightline::present
