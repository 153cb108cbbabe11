#include "sightline/edit/observationcommands.h"

#include <QCoreApplication>

namespace sightline::edit {
namespace {

// The namespace of the identities of observations recorded from claims.
const QUuid kRecordedNamespace = QUuid::fromString(QStringLiteral("{4d3c1a57-0f5e-4b8e-9a41-6f0b2c7d9e13}"));

} // namespace

QString observationFromClaimProblem(const Claim &claim, const QUuid &siteId)
{
    if (claim.quantity.isEmpty())
        return QCoreApplication::translate("ObservationCommands", "the claim has no figure");
    if (claim.quantity.objectKind.trimmed().isEmpty())
        return QCoreApplication::translate("ObservationCommands", "the claim's figure does not say what it counts");
    if (siteId.isNull())
        return QCoreApplication::translate("ObservationCommands", "an observation is made at a site");
    if (!claim.siteIds.isEmpty() && !claim.siteIds.contains(siteId))
        return QCoreApplication::translate("ObservationCommands", "the claim is not about that site");
    return {};
}

Observation observationFromClaim(const Claim &claim, const QUuid &siteId)
{
    Observation o;
    o.meta.id = QUuid::createUuidV5(kRecordedNamespace,
                                    (claim.meta.id.toString(QUuid::WithoutBraces) + u'/' +
                                     siteId.toString(QUuid::WithoutBraces))
                                        .toUtf8());
    o.siteId = siteId;
    o.objectKind = claim.quantity.objectKind.trimmed();
    o.count = claim.quantity;
    o.time = claim.time;
    o.claimId = claim.meta.id;
    o.notes = QCoreApplication::translate("ObservationCommands", "Recorded from the claim “%1”")
                  .arg(claim.quote.left(200));
    return o;
}

SaveRecordCommand<Observation> *recordClaimAsObservationCommand(Document &document, const Claim &claim,
                                                                const QUuid &siteId, const QString &text)
{
    if (!observationFromClaimProblem(claim, siteId).isEmpty())
        return nullptr;
    return new SaveRecordCommand<Observation>(document, observationFromClaim(claim, siteId), text);
}

} // namespace sightline::edit
