#include "sightline/core/linkedrecords.h"

namespace sightline {

QSet<QUuid> linkedRecords(const QList<Link> &links, const QSet<QUuid> &ids, RecordType type)
{
    QSet<QUuid> out;
    if (ids.isEmpty())
        return out;
    for (const Link &l : links) {
        if (l.to.type == type && ids.contains(l.from.id))
            out.insert(l.to.id);
        if (l.from.type == type && ids.contains(l.to.id))
            out.insert(l.from.id);
    }
    return out;
}

} // namespace sightline
