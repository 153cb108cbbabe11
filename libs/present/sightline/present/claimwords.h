#pragma once

#include "sightline/core/claimgroups.h"
#include "sightline/core/gradingscheme.h"
#include "sightline/core/source.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sightline {
class Project;
}

namespace sightline::present {

// A claim as every view writes it: the ledger's row, the command line's line, the brief's table.
struct ClaimRow
{
    QString grade;        // "B2"
    QString time;         // "7 Sep – 1 Oct 2023"
    QString quantity;     // "up to 1,000 containers"; empty for a claim without a figure
    QString countedKind;  // "covered railcar" when the unit does not say what is counted
    QStringList sites;    // site names, in the claim's order
    QString quote;
    QString source;       // "Reuters (B)"
    QString sourceTitle;  // the source's title as it reads in full
    QString citedSource;  // the source the claim is attributed to, "CSIS (B)"; empty when none
    QString locator;      // "para. 4", "p. 1"
    QString status;       // "Unreviewed"
    QString gradeDetails; // "Source B (usually reliable); information 2 (probably true)"
    QString timeDetails;  // the span as stored, its precision and its bounds
    QString links;        // "Links: 3 (corroborates 2, contradicts 1)"; empty when nothing links it

    // "Reuters (B)", or "Reuters (B)\nciting CSIS (B)" (separator between the two).
    QString sourceWithCitation(const QString &separator = QStringLiteral("\n")) const;
};

// The words of claim rows and of conflicts between claims, with what they refer to (sources,
// site names, links, the grading scheme) read from the project once. A snapshot: build a new one
// after the project changed. Any thread that may read the project.
class ClaimWords
{
public:
    explicit ClaimWords(const Project &project);

    ClaimRow row(const Claim &claim) const;
    // "B2" under the project's scheme; empty when the claim's source is not in the project.
    QString grade(const Claim &claim) const;
    const GradingScheme &scheme() const { return *m_scheme; }
    // The sites a conflict is about: those both claims name, else every site either names (a
    // claim naming none may be about any).
    QStringList conflictSites(const ClaimConflict &conflict) const;
    // Why two claims conflict: "the figures cannot both be true; linked as contradicting" and the
    // links' notes, separated by "; ". A dismissed pair: "dismissed: NOTE; the figures alone could
    // not both be true".
    QString conflictReason(const ClaimConflict &conflict) const;
    // One side of a conflict: "up to 1,000 containers (7 Sep – 1 Oct 2023)", or the start of the
    // quote in quotation marks for a claim without a figure.
    static QString conflictSide(const Claim &claim);
    // "up to 1,000 containers (7 Sep – 1 Oct 2023) vs about 20,000 containers (no later than
    // 23 Dec 2024)".
    static QString conflictText(const ClaimConflict &conflict);

private:
    const GradingScheme *m_scheme;
    QHash<QUuid, Source> m_sources;
    QHash<QUuid, QString> m_siteNames;
    QHash<QUuid, QList<LinkRelation>> m_links; // the relation of every link naming a claim
};

} // namespace sightline::present
