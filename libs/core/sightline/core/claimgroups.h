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

// Two claims in conflict: their figures cannot both be true (the same unit, no overlap between
// the ranges they allow), or an analyst linked them as contradicting. `links` are every link
// between the two, so a view shows how the conflict was judged (a note saying "different
// windows", say).
struct ClaimConflict
{
    Claim first;  // the earlier of the two
    Claim second;
    bool figuresDisagree = false;
    bool linkedAsContradicting = false;
    QList<Link> links;
    // "up to 1,000 containers (7 Sep 2023 – 1 Oct 2023) vs about 20,000 containers (no later
    // than 23 Dec 2024)"
    QString describe() const;
};

// How far an approximate figure ("about 73", "some 20,000") may be from its value and still
// agree with another: 20 %.
inline constexpr double kApproximateTolerance = 0.2;

// Whether two claims are about the same thing: same object kind, a shared site (or one names
// none) and overlapping times.
bool sameSubject(const Claim &a, const Claim &b);
// Whether the figures of two claims in the same unit leave no value both allow.
bool figuresDisagree(const Quantity &a, const Quantity &b);

// Groups of two or more claims about the same thing (connected through sameSubject), earliest
// group first. Claims without an object kind or a time are in no group.
QList<ClaimGroup> groupClaims(const QList<Claim> &claims);

// Every pair of claims in conflict, once each, earliest first.
QList<ClaimConflict> findContradictions(const QList<Claim> &claims, const QList<Link> &links);

} // namespace sightline
