#pragma once

#include "sightline/core/claim.h"
#include "sightline/core/link.h"

#include <QList>
#include <QStringList>

namespace sightline {

// Claims about the same thing, so that an analyst sees them together: the same kind of object
// (Quantity::objectKind), a shared site (a claim that names no site may be about any of them)
// and overlapping times. Figures in different units stay apart, side by side: nothing is
// converted.
struct ClaimGroup
{
    QString objectKind;
    QList<QUuid> siteIds; // every site the group's claims name
    QList<Claim> claims;  // earliest first
    // The units used in the group, in order of first use ("containers", "percent").
    QStringList units() const;
    QList<Claim> inUnit(const QString &unit) const;
};

// Two claims in conflict: their figures cannot both be true (figuresContradict), or an analyst
// linked them as contradicting. `links` are every link between the two, so a view shows how the
// conflict was judged. A pair whose figures disagree but that an analyst's link says do not
// contradict (saysNotContradicting) stays in the list, dismissed, with that link's note: never
// hidden, so that a reader sees both the figures and the judgement.
struct ClaimConflict
{
    Claim first;  // the earlier of the two
    Claim second;
    bool figuresDisagree = false;
    bool linkedAsContradicting = false;
    bool dismissed = false;   // a link says the two do not contradict, and none says they do
    QString dismissalNote;    // the note of that link (may be empty)
    QList<Link> links;
    // "up to 1,000 containers (7 Sep 2023 – 1 Oct 2023) vs about 20,000 containers (no later
    // than 23 Dec 2024)"
    QString describe() const;
};

// How far an approximate figure ("about 73", "some 20,000") may be from its value and still
// agree with another: 20 %.
inline constexpr double kApproximateTolerance = 0.2;

// Whether figures of these measures say anything against each other: the same measure, or either
// unstated (a figure that does not say what it measures is compared as before measures existed).
// A count at a moment says nothing against a total over a window or a running total to a date.
bool comparableMeasures(Measure a, Measure b);
// Whether the figures of two claims about the same subject, in the same unit, cannot both be true,
// given what each measures and over which window:
//   count, or unstated:  the ranges they allow do not overlap (figuresDisagree);
//   total, maximum:      over the same window, as counts; over a window inside the other's, the
//                        inner one's least value above the outer one's greatest; else nothing;
//   running total:       it may never fall: the one by the earlier date above the later one's
//                        greatest; by the same date, as counts;
//   count and maximum:   a count inside the maximum's window above it (a count after that window
//                        is a change against a baseline, not a contradiction).
bool figuresContradict(const Claim &a, const Claim &b);
// Whether a link between two claims says they do not contradict: they corroborate or support one
// another, or its note begins "Not a contradiction".
bool saysNotContradicting(const Link &link);

// Whether two claims are about the same thing: same object kind, a shared site (or one names
// none) and overlapping times.
bool sameSubject(const Claim &a, const Claim &b);
// Whether the figures of two claims in the same unit leave no value both allow.
bool figuresDisagree(const Quantity &a, const Quantity &b);

// Groups of two or more claims about the same thing (connected through sameSubject), earliest
// group first. Claims without an object kind or a time are in no group.
QList<ClaimGroup> groupClaims(const QList<Claim> &claims);

// Every pair of claims in conflict, once each, earliest first, the dismissed ones among them.
QList<ClaimConflict> findContradictions(const QList<Claim> &claims, const QList<Link> &links);

} // namespace sightline
