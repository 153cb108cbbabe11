#pragma once

#include "sightline/core/claim.h"
#include "sightline/core/event.h"
#include "sightline/core/link.h"
#include "sightline/core/observation.h"

#include <QList>

namespace sightline {

// The records a review may have to reach: what a source's downgrade can touch.
struct EvidenceRecords
{
    QList<Claim> claims;
    QList<Event> events;
    QList<Observation> observations;
    QList<Link> links;
};

// A record that rests on a source, and the step through which it does.
struct RestingRecord
{
    RecordRef record;
    RecordRef via;  // the record it rests on directly (the source itself, or a claim)
    QString reason; // "cites the source", "depends on claim ...", "counted from claim ..."
};

// Every record whose support weakens when the source is downgraded or discredited, found
// transitively: claims printed in it or attributed to it, events that list it, observations
// counted from those claims, and whatever "depends on" one of them or is "supported" by one
// (a depends on b: a rests on b; a supports b: b rests on a), including other sources that
// depend on it. The source itself is not listed. Each record once, nearest first.
QList<RestingRecord> recordsRestingOn(const QUuid &sourceId, const EvidenceRecords &records);

} // namespace sightline
