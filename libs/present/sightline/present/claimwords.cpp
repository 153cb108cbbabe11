#include "sightline/present/claimwords.h"

#include "sightline/present/gradewords.h"
#include "sightline/present/quantitywords.h"
#include "sightline/present/recordwords.h"
#include "sightline/present/timewords.h"
#include "sightline/store/project.h"

#include <QCoreApplication>

namespace sightline::present {

QString ClaimRow::sourceWithCitation(const QString &separator) const
{
    if (citedSource.isEmpty())
        return source;
    return source + separator + QCoreApplication::translate("ClaimWords", "citing %1").arg(citedSource);
}

ClaimWords::ClaimWords(const Project &project) : m_scheme(&project.gradingScheme())
{
    for (const Source &s : project.all<Source>())
        m_sources.insert(s.meta.id, s);
    for (const Site &s : project.all<Site>())
        m_siteNames.insert(s.meta.id, s.name);
    for (const Link &l : project.all<Link>())
        for (const RecordRef &end : {l.from, l.to})
            if (end.type == RecordType::Claim)
                m_links[end.id] << l.relation;
}

QString ClaimWords::grade(const Claim &claim) const
{
    const auto s = m_sources.constFind(claim.sourceId);
    return s == m_sources.cend() ? QString() : gradeText(*m_scheme, s->reliability, claim.credibility);
}

ClaimRow ClaimWords::row(const Claim &claim) const
{
    ClaimRow r;
    r.grade = grade(claim);
    r.time = timeText(claim.time);
    r.quantity = quantityText(claim.quantity);
    r.countedKind = countedKind(claim.quantity);
    for (const QUuid &id : claim.siteIds)
        r.sites << m_siteNames.value(id);
    r.quote = claim.quote;
    if (const auto s = m_sources.constFind(claim.sourceId); s != m_sources.cend()) {
        r.source = sourceCitation(*s);
        r.sourceTitle = sourceTitle(*s);
        r.gradeDetails = gradeDetails(*m_scheme, s->reliability, claim.credibility);
    }
    if (const auto s = m_sources.constFind(claim.attributedTo); !claim.attributedTo.isNull() && s != m_sources.cend())
        r.citedSource = sourceCitation(*s);
    r.locator = claim.locator;
    r.status = claimStatusLabel(claim.status);
    r.timeDetails = timeDetails(claim.time);
    r.links = linksSummary(m_links.value(claim.meta.id));
    return r;
}

QStringList ClaimWords::conflictSites(const ClaimConflict &c) const
{
    QStringList sites;
    for (const QUuid &id : c.first.siteIds)
        if (c.second.siteIds.isEmpty() || c.second.siteIds.contains(id))
            sites << m_siteNames.value(id);
    if (c.first.siteIds.isEmpty())
        for (const QUuid &id : c.second.siteIds)
            sites << m_siteNames.value(id);
    return sites;
}

QString ClaimWords::conflictReason(const ClaimConflict &c) const
{
    QStringList why;
    // A dismissed pair says so first, with the judgement, and the figures only as what was judged.
    if (c.dismissed) {
        why << (c.dismissalNote.isEmpty()
                    ? QCoreApplication::translate("ClaimWords", "dismissed: linked as not contradicting")
                    : QCoreApplication::translate("ClaimWords", "dismissed: %1").arg(c.dismissalNote));
        if (c.figuresDisagree)
            why << QCoreApplication::translate("ClaimWords", "the figures alone could not both be true");
        for (const Link &l : c.links)
            if (!l.note.isEmpty() && l.note != c.dismissalNote)
                why << l.note;
        return why.join(QStringLiteral("; "));
    }
    if (c.figuresDisagree)
        why << QCoreApplication::translate("ClaimWords", "the figures cannot both be true");
    if (c.linkedAsContradicting)
        why << QCoreApplication::translate("ClaimWords", "linked as contradicting");
    for (const Link &l : c.links)
        if (!l.note.isEmpty())
            why << l.note;
    return why.join(QStringLiteral("; "));
}

QString ClaimWords::conflictSide(const Claim &claim)
{
    const QString figure = claim.quantity.isEmpty() ? QStringLiteral("“%1”").arg(claim.quote.left(60))
                                                    : quantityText(claim.quantity);
    return QStringLiteral("%1 (%2)").arg(figure, timeText(claim.time));
}

QString ClaimWords::conflictText(const ClaimConflict &c)
{
    return conflictSide(c.first) + QStringLiteral(" vs ") + conflictSide(c.second);
}

} // namespace sightline::present
