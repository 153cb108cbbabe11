#pragma once

#include "sightline/core/link.h"

#include <QList>
#include <QSet>

namespace sightline {

// The records of one type linked to any of the given records, whichever end of the link they
// are at and whatever the relation (a scene depicts a claim's place, a claim refers to a
// scene, a scene contradicts a claim): what the window lights up when one of them is chosen.
QSet<QUuid> linkedRecords(const QList<Link> &links, const QSet<QUuid> &ids, RecordType type);

} // namespace sightline
