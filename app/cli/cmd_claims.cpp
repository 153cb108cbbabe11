#include "clioutput.h"
#include "commands.h"

#include "sightline/core/claimgroups.h"
#include "sightline/core/sitelookup.h"
#include "sightline/present/claimwords.h"
#include "sightline/present/countwords.h"
#include "sightline/present/quantitywords.h"
#include "sightline/present/recordwords.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sightline::cli {
namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject claimJson(const Claim &c, const QString &grade, const QStringList &sites, const Source *source,
                      bool needsReview)
{
    QJsonObject o;
    o.insert(QStringLiteral("uuid"), idText(c.meta.id));
    o.insert(QStringLiteral("grade"), grade);
    o.insert(QStringLiteral("credibility"), c.credibility.value());
    o.insert(QStringLiteral("quote"), c.quote);
    o.insert(QStringLiteral("locator"), c.locator);
    o.insert(QStringLiteral("time"), c.time.toText());
    o.insert(QStringLiteral("quantity"), present::quantityText(c.quantity));
    o.insert(QStringLiteral("unit"), c.quantity.unit);
    o.insert(QStringLiteral("object"), c.quantity.objectKind);
    o.insert(QStringLiteral("sites"), QJsonArray::fromStringList(sites));
    o.insert(QStringLiteral("source"), source ? source->publisher : QString());
    o.insert(QStringLiteral("source_uuid"), idText(c.sourceId));
    o.insert(QStringLiteral("status"), toKey(c.status));
    o.insert(QStringLiteral("needs_review"), needsReview);
    return o;
}

} // namespace

int runClaims(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("site"), QStringLiteral("Only claims about this site (name or alias)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("source"), QStringLiteral("Only claims whose source's publisher or title has TEXT."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    if (!p.parse(QStringList{QStringLiteral("claims")} + args) || p.positionalArguments().size() != 1) {
        err(QStringLiteral("usage: sightline-cli claims PROJECT [--site NAME] [--source TEXT] [--json]"));
        return Usage;
    }
    const QString file = p.positionalArguments().first();
    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    QHash<QUuid, Site> sites;
    for (const Site &s : project->all<Site>())
        sites.insert(s.meta.id, s);
    QHash<QUuid, Source> sources;
    for (const Source &s : project->all<Source>())
        sources.insert(s.meta.id, s);

    QSet<QUuid> siteFilter;
    if (p.isSet(QStringLiteral("site"))) {
        const QString name = p.value(QStringLiteral("site"));
        for (const Site &s : sitesNamed(sites.values(), name))
            siteFilter.insert(s.meta.id);
        if (siteFilter.isEmpty()) {
            err(QStringLiteral("%1: no site named \"%2\"").arg(file, name));
            return BadInput;
        }
    }
    const QString sourceText = p.value(QStringLiteral("source"));
    QList<Claim> claims;
    for (const Claim &c : project->all<Claim>()) {
        if (!siteFilter.isEmpty() &&
            std::none_of(c.siteIds.cbegin(), c.siteIds.cend(), [&](const QUuid &id) { return siteFilter.contains(id); }))
            continue;
        if (!sourceText.isEmpty()) {
            const Source s = sources.value(c.sourceId);
            if (!s.publisher.contains(sourceText, Qt::CaseInsensitive) && !s.title.contains(sourceText, Qt::CaseInsensitive))
                continue;
        }
        claims << c;
    }
    QSet<QUuid> flagged;
    for (const ReviewFlag &f : project->reviewFlags())
        flagged.insert(f.record.id);
    const GradingScheme &scheme = project->gradingScheme();
    const present::ClaimWords words(*project);
    auto siteNames = [&](const Claim &c) {
        QStringList names;
        for (const QUuid &id : c.siteIds)
            names << sites.value(id).name;
        return names;
    };
    const QList<ClaimGroup> groups = groupClaims(claims);
    const QList<ClaimConflict> conflicts = findContradictions(claims, project->all<Link>());

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray claimArray, groupArray, conflictArray;
        for (const Claim &c : claims) {
            const auto s = sources.constFind(c.sourceId);
            claimArray.append(claimJson(c, words.grade(c), siteNames(c), s == sources.cend() ? nullptr : &*s,
                                        flagged.contains(c.meta.id)));
        }
        for (const ClaimGroup &g : groups) {
            QJsonArray ids;
            for (const Claim &c : g.claims)
                ids.append(idText(c.meta.id));
            groupArray.append(QJsonObject{{QStringLiteral("object"), g.objectKind},
                                          {QStringLiteral("units"), QJsonArray::fromStringList(g.units())},
                                          {QStringLiteral("claims"), ids}});
        }
        for (const ClaimConflict &c : conflicts) {
            QJsonArray links;
            for (const Link &l : c.links)
                links.append(QJsonObject{{QStringLiteral("relation"), toKey(l.relation)},
                                         {QStringLiteral("note"), l.note}});
            conflictArray.append(QJsonObject{{QStringLiteral("first"), idText(c.first.meta.id)},
                                             {QStringLiteral("second"), idText(c.second.meta.id)},
                                             {QStringLiteral("description"), present::ClaimWords::conflictText(c)},
                                             {QStringLiteral("figures_disagree"), c.figuresDisagree},
                                             {QStringLiteral("linked_as_contradicting"), c.linkedAsContradicting},
                                             {QStringLiteral("dismissed"), c.dismissed},
                                             {QStringLiteral("dismissal_note"), c.dismissalNote},
                                             {QStringLiteral("links"), links}});
        }
        QJsonObject o{{QStringLiteral("file"), project->path()},
                      {QStringLiteral("grading_scheme"), scheme.key()},
                      {QStringLiteral("claims"), claimArray},
                      {QStringLiteral("groups"), groupArray},
                      {QStringLiteral("conflicts"), conflictArray}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    for (const Claim &c : claims) {
        const present::ClaimRow row = words.row(c);
        out(QStringLiteral("%1%2  %3  %4  %5  [%6]  \"%7\" (%8%9)")
                .arg(flagged.contains(c.meta.id) ? QStringLiteral("! ") : QStringLiteral("  "), row.grade, row.time,
                     row.quantity.isEmpty() ? QStringLiteral("-") : row.quantity, row.sites.join(QStringLiteral(", ")),
                     row.sourceWithCitation(QStringLiteral(", ")), c.quote.left(100),
                     c.locator.isEmpty() ? QString() : c.locator + QStringLiteral(", "), idText(c.meta.id).left(8)));
    }
    const int dismissed = int(std::count_if(conflicts.cbegin(), conflicts.cend(),
                                            [](const ClaimConflict &c) { return c.dismissed; }));
    out(QStringLiteral("%1, %2 about the same thing, %3%4%5")
            .arg(present::countText(int(claims.size()), present::Counted::Claim),
                 present::countText(int(groups.size()), present::Counted::Group),
                 present::countText(int(conflicts.size()) - dismissed, present::Counted::Conflict),
                 dismissed ? QStringLiteral(" (and %1 dismissed)")
                                 .arg(present::countText(dismissed, present::Counted::Conflict))
                           : QString(),
                 flagged.isEmpty() ? QString() : QStringLiteral("; ! needs review")));
    for (const ClaimConflict &c : conflicts) {
        if (c.dismissed) {
            // Listed, never hidden: the figures, then the analyst's judgement that they do not contradict.
            out(QStringLiteral("dismissed conflict: %1 [%2]")
                    .arg(present::ClaimWords::conflictText(c), words.conflictReason(c).left(160)));
            continue;
        }
        QString judged;
        for (const Link &l : c.links)
            if (l.relation != LinkRelation::Contradicts)
                judged += QStringLiteral(" (linked %1: %2)").arg(present::relationLabel(l.relation), l.note.left(80));
        out(QStringLiteral("conflict: %1%2%3")
                .arg(present::ClaimWords::conflictText(c),
                     c.linkedAsContradicting ? QStringLiteral(" [linked as contradicting]") : QString(), judged));
    }
    return Ok;
}

} // namespace sightline::cli
