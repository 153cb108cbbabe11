#include "sightline/core/review.h"

#include <QQueue>
#include <QSet>

namespace sightline {

QList<RestingRecord> recordsRestingOn(const QUuid &sourceId, const EvidenceRecords &r)
{
    QList<RestingRecord> out;
    QSet<QUuid> seen{sourceId};
    QQueue<RecordRef> queue;
    queue.enqueue({RecordType::Source, sourceId});
    auto reach = [&](RecordType type, const QUuid &id, const RecordRef &via, const QString &reason) {
        if (id.isNull() || seen.contains(id))
            return;
        seen.insert(id);
        out.append({{type, id}, via, reason});
        queue.enqueue({type, id});
    };
    auto named = [](const RecordRef &ref) {
        return toKey(ref.type) + u' ' + ref.id.toString(QUuid::WithoutBraces);
    };
    while (!queue.isEmpty()) {
        const RecordRef at = queue.dequeue();
        if (at.type == RecordType::Source) {
            for (const Claim &c : r.claims) {
                if (c.sourceId == at.id)
                    reach(RecordType::Claim, c.meta.id, at, QStringLiteral("quoted from ") + named(at));
                else if (c.attributedTo == at.id)
                    reach(RecordType::Claim, c.meta.id, at, QStringLiteral("attributed to ") + named(at));
            }
            for (const Event &e : r.events)
                if (e.sourceIds.contains(at.id))
                    reach(RecordType::Event, e.meta.id, at, QStringLiteral("sourced from ") + named(at));
        }
        if (at.type == RecordType::Claim)
            for (const Observation &o : r.observations)
                if (o.claimId == at.id)
                    reach(RecordType::Observation, o.meta.id, at, QStringLiteral("counted from ") + named(at));
        for (const Link &l : r.links) {
            if (l.relation == LinkRelation::DependsOn && l.to.id == at.id)
                reach(l.from.type, l.from.id, at, QStringLiteral("depends on ") + named(at));
            else if (l.relation == LinkRelation::Supports && l.from.id == at.id)
                reach(l.to.type, l.to.id, at, QStringLiteral("supported by ") + named(at));
        }
    }
    return out;
}

} // namespace sightline
