#pragma once

#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// "Record as observation": a claim's figure at one of its sites becomes a reported observation
// (the claim's quantity with its measure, its time, the claim it comes from), so that it joins
// the series of that object kind at that site. The observation's identity is derived from the
// claim and the site, so recording the same claim again replaces its observation instead of
// adding a second one. Undo removes it (or restores what the earlier recording stored).

// Empty when the claim can be recorded at siteId, else why not ("the claim has no figure").
QString observationFromClaimProblem(const Claim &claim, const QUuid &siteId);
// The observation that recording the claim at siteId stores.
Observation observationFromClaim(const Claim &claim, const QUuid &siteId);
// The undoable command; nullptr when observationFromClaimProblem says it cannot be recorded.
SaveRecordCommand<Observation> *recordClaimAsObservationCommand(Document &document, const Claim &claim,
                                                                const QUuid &siteId, const QString &text);

} // namespace sightline::edit
