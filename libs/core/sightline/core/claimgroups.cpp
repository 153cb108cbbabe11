#include "sightline/core/claimgroups.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sightline {
namespace {

struct Interval
{
    double lo = -std::numeric_limits<double>::infinity();
    double hi = std::numeric_limits<double>::infinity();
};

// The values a figure allows: a bound is open on its other side, an approximate figure gets
// the tolerance on either side.
Interval allowed(const Quantity &q)
{
    Interval i;
    const double slack = q.approximate ? kApproximateTolerance : 0.0;
    if (q.min)
        i.lo = *q.min - std::abs(*q.min) * slack;
    if (q.max)
        i.hi = *q.max + std::abs(*q.max) * slack;
    if (q.value && !q.min && !q.max) {
        i.lo = *q.value - std::abs(*q.value) * slack;
        i.hi = *q.value + std::abs(*q.value) * slack;
    }
    return i;
}

QString kindOf(const Claim &c)
{
    return c.quantity.objectKind.trimmed().toLower();
}

QString unitOf(const Claim &c)
{
    return c.quantity.unit.trimmed().toLower();
}

// Sorting key of a time: its start, or for "no later than" its bound, so that a cumulative
// figure by December 2024 comes after a count of September 2023.
QDateTime sortTime(const TimeSpan &t)
{
    return t.earliest().isNull() ? t.latest() : t.earliest();
}

bool earlier(const Claim &a, const Claim &b)
{
    const QDateTime ta = sortTime(a.time), tb = sortTime(b.time);
    if (ta != tb) {
        if (ta.isNull())
            return true;
        if (tb.isNull())
            return false;
        return ta < tb;
    }
    return a.meta.id.toString() < b.meta.id.toString();
}

// Whether the span inner lies wholly within outer (open ends reach as far as they go).
bool within(const TimeSpan &inner, const TimeSpan &outer)
{
    const TimeMoments i = TimeMoments::of(inner), o = TimeMoments::of(outer);
    return !i.unknown && !o.unknown && o.first <= i.first && i.last <= o.last;
}

// The least value the first allows is above the greatest the second allows.
bool above(const Quantity &a, const Quantity &b)
{
    return allowed(a).lo > allowed(b).hi;
}

// Nested windows of the same measure: the inner total (or maximum) cannot exceed the outer one.
bool nestedExceeds(const Claim &a, const Claim &b)
{
    if (a.time == b.time)
        return figuresDisagree(a.quantity, b.quantity);
    if (within(a.time, b.time))
        return above(a.quantity, b.quantity);
    if (within(b.time, a.time))
        return above(b.quantity, a.quantity);
    return false;
}

QString describeClaim(const Claim &c)
{
    const QString figure = c.quantity.isEmpty() ? QStringLiteral("\"") + c.quote.left(60) + u'"'
                                                : c.quantity.toDisplayString();
    return QStringLiteral("%1 (%2)").arg(figure, c.time.isUnknown() ? QStringLiteral("time unknown")
                                                                    : c.time.toDisplayString());
}

} // namespace

QStringList ClaimGroup::units() const
{
    QStringList out;
    for (const Claim &c : claims)
        if (!out.contains(c.quantity.unit))
            out << c.quantity.unit;
    return out;
}

QList<Claim> ClaimGroup::inUnit(const QString &unit) const
{
    QList<Claim> out;
    for (const Claim &c : claims)
        if (c.quantity.unit == unit)
            out << c;
    return out;
}

QString ClaimConflict::describe() const
{
    return describeClaim(first) + QStringLiteral(" vs ") + describeClaim(second);
}

bool sameSubject(const Claim &a, const Claim &b)
{
    if (kindOf(a).isEmpty() || kindOf(a) != kindOf(b))
        return false;
    if (!a.time.overlaps(b.time))
        return false;
    if (a.siteIds.isEmpty() || b.siteIds.isEmpty())
        return true;
    return std::any_of(a.siteIds.cbegin(), a.siteIds.cend(), [&](const QUuid &id) { return b.siteIds.contains(id); });
}

bool figuresDisagree(const Quantity &a, const Quantity &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const Interval x = allowed(a), y = allowed(b);
    return x.hi < y.lo || y.hi < x.lo;
}

bool comparableMeasures(Measure a, Measure b)
{
    return a == b || a == Measure::Unstated || b == Measure::Unstated;
}

bool figuresContradict(const Claim &a, const Claim &b)
{
    const Quantity &x = a.quantity, &y = b.quantity;
    if (x.isEmpty() || y.isEmpty())
        return false;
    const Measure ma = x.measure, mb = y.measure;
    if (ma == Measure::Count && mb == Measure::Maximum)
        return within(a.time, b.time) && above(x, y);
    if (ma == Measure::Maximum && mb == Measure::Count)
        return within(b.time, a.time) && above(y, x);
    if (!comparableMeasures(ma, mb))
        return false;
    if (ma == Measure::Unstated || mb == Measure::Unstated)
        return figuresDisagree(x, y); // as before figures said what they measure
    switch (ma) {
    case Measure::Unstated:
    case Measure::Count:
        return figuresDisagree(x, y);
    case Measure::Total:
    case Measure::Maximum:
        return nestedExceeds(a, b);
    case Measure::RunningTotal: {
        const TimeMoments ta = TimeMoments::of(a.time), tb = TimeMoments::of(b.time);
        if (ta.last == tb.last)
            return figuresDisagree(x, y);
        return ta.last < tb.last ? above(x, y) : above(y, x);
    }
    }
    return false;
}

bool saysNotContradicting(const Link &link)
{
    if (link.relation == LinkRelation::Corroborates || link.relation == LinkRelation::Supports)
        return true;
    return link.relation != LinkRelation::Contradicts &&
           link.note.trimmed().startsWith(QLatin1String("not a contradiction"), Qt::CaseInsensitive);
}

QList<ClaimGroup> groupClaims(const QList<Claim> &claims)
{
    QList<Claim> sorted = claims;
    std::sort(sorted.begin(), sorted.end(), earlier);
    // Union-find over the claims: two claims about the same subject share a group.
    QList<int> parent(sorted.size());
    for (int i = 0; i < parent.size(); ++i)
        parent[i] = i;
    auto root = [&](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    // Only claims of the same kind can meet, so compare within each kind.
    QHash<QString, QList<int>> byKind;
    for (int i = 0; i < sorted.size(); ++i)
        if (!kindOf(sorted[i]).isEmpty() && !sorted[i].time.isUnknown())
            byKind[kindOf(sorted[i])] << i;
    for (const QList<int> &members : std::as_const(byKind))
        for (int i = 0; i < members.size(); ++i)
            for (int j = i + 1; j < members.size(); ++j)
                if (sameSubject(sorted[members[i]], sorted[members[j]]))
                    parent[root(members[i])] = root(members[j]);

    QHash<int, int> groupOf; // root -> index in out
    QList<ClaimGroup> out;
    for (int i = 0; i < sorted.size(); ++i) {
        if (kindOf(sorted[i]).isEmpty() || sorted[i].time.isUnknown())
            continue;
        const int r = root(i);
        if (!groupOf.contains(r)) {
            groupOf.insert(r, out.size());
            out.append(ClaimGroup{sorted[i].quantity.objectKind, {}, {}});
        }
        ClaimGroup &g = out[groupOf.value(r)];
        g.claims << sorted[i];
        for (const QUuid &site : sorted[i].siteIds)
            if (!g.siteIds.contains(site))
                g.siteIds << site;
    }
    out.removeIf([](const ClaimGroup &g) { return g.claims.size() < 2; });
    return out;
}

QList<ClaimConflict> findContradictions(const QList<Claim> &claims, const QList<Link> &links)
{
    QHash<QUuid, Claim> byId;
    for (const Claim &c : claims)
        byId.insert(c.meta.id, c);
    auto pairKey = [](const QUuid &a, const QUuid &b) {
        return a.toString() < b.toString() ? a.toString() + b.toString() : b.toString() + a.toString();
    };
    QHash<QString, QList<Link>> linksOf;
    for (const Link &l : links)
        if (l.from.type == RecordType::Claim && l.to.type == RecordType::Claim)
            linksOf[pairKey(l.from.id, l.to.id)] << l;

    QHash<QString, ClaimConflict> found;
    auto note = [&](const Claim &a, const Claim &b) -> ClaimConflict & {
        const QString key = pairKey(a.meta.id, b.meta.id);
        if (!found.contains(key)) {
            ClaimConflict c;
            c.first = earlier(a, b) ? a : b;
            c.second = earlier(a, b) ? b : a;
            c.links = linksOf.value(key);
            found.insert(key, c);
        }
        return found[key];
    };
    for (const ClaimGroup &g : groupClaims(claims))
        for (int i = 0; i < g.claims.size(); ++i)
            for (int j = i + 1; j < g.claims.size(); ++j) {
                const Claim &a = g.claims[i], &b = g.claims[j];
                // Different units are shown side by side, never compared.
                if (unitOf(a) == unitOf(b) && sameSubject(a, b) && figuresContradict(a, b))
                    note(a, b).figuresDisagree = true;
            }
    for (const Link &l : links) {
        if (l.relation != LinkRelation::Contradicts || l.from.type != RecordType::Claim ||
            l.to.type != RecordType::Claim || !byId.contains(l.from.id) || !byId.contains(l.to.id))
            continue;
        note(byId.value(l.from.id), byId.value(l.to.id)).linkedAsContradicting = true;
    }
    for (ClaimConflict &c : found) {
        if (c.linkedAsContradicting)
            continue;
        for (const Link &l : std::as_const(c.links))
            if (saysNotContradicting(l)) {
                c.dismissed = true;
                c.dismissalNote = l.note;
                break;
            }
    }
    QList<ClaimConflict> out = found.values();
    std::sort(out.begin(), out.end(), [](const ClaimConflict &x, const ClaimConflict &y) {
        if (x.first.meta.id != y.first.meta.id)
            return earlier(x.first, y.first);
        return earlier(x.second, y.second);
    });
    return out;
}

} // namespace sightline
