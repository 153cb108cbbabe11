#include "sightline/report/briefcontent.h"

#include "sightline/core/judgmentbasis.h"
#include "sightline/core/link.h"
#include "sightline/core/objectkinds.h"
#include "sightline/core/sitelookup.h"
#include "sightline/present/quantitywords.h"
#include "sightline/present/serieswords.h"
#include "sightline/present/timewords.h"
#include "sightline/store/project.h"
#include "sightline/store/scenefiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace sightline::report {

namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool earlier(const Claim &a, const Claim &b)
{
    const TimeMoments ma = TimeMoments::of(a.time);
    const TimeMoments mb = TimeMoments::of(b.time);
    if (ma.unknown != mb.unknown) return mb.unknown; // dated claims first
    return ma.first < mb.first;
}

// The day before the newest value of a series begins: what its default baseline ends with.
std::optional<TimeSpan> dayBeforeNewest(const CountSeries &series)
{
    qint64 newest = std::numeric_limits<qint64>::min();
    for (const SeriesPoint &p : series.points) {
        const TimeMoments m = TimeMoments::of(p.time);
        if (!m.unknown && m.first != std::numeric_limits<qint64>::min()) newest = std::max(newest, m.first);
    }
    if (newest == std::numeric_limits<qint64>::min()) return std::nullopt;
    const QDate day = QDateTime::fromMSecsSinceEpoch(newest, QTimeZone::utc()).date().addDays(-1);
    return TimeSpan::day(day.year(), day.month(), day.day());
}

// The count series of every object kind observed at the site within the window, by kind name.
QList<BriefSeries> seriesOfSite(const QList<Observation> &observations, const QList<ObjectKind> &vocabulary,
                                const QUuid &siteId, const BriefOptions &options)
{
    QStringList kinds;
    for (const Observation &o : observations)
        if (o.siteId == siteId && !o.objectKind.isEmpty() && !kinds.contains(o.objectKind)) kinds << o.objectKind;
    QList<BriefSeries> out;
    for (const QString &kind : std::as_const(kinds)) {
        BriefSeries bs;
        bs.series = buildCountSeries(observations, siteId, kind, options.window);
        if (bs.series.points.isEmpty()) continue;
        const std::optional<ObjectKind> known = findObjectKind(vocabulary, kind);
        bs.kindName = known ? known->name : kind;
        const std::optional<TimeSpan> to = options.baselineTo ? options.baselineTo : dayBeforeNewest(bs.series);
        if (to) {
            bs.baselineTo = *to;
            applyBaseline(bs.series, *to);
        }
        for (const SeriesPoint &p : std::as_const(bs.series.points))
            if (const QString flag = present::pointFlagText(p, bs.series.baseline); !flag.isEmpty())
                bs.flags << QStringLiteral("%1 (%2, %3)").arg(flag, present::pointOriginText(p), present::timeText(p.time));
        out.append(bs);
    }
    std::sort(out.begin(), out.end(),
              [](const BriefSeries &a, const BriefSeries &b) { return a.kindName.localeAwareCompare(b.kindName) < 0; });
    return out;
}

} // namespace

std::optional<BriefOptions::Template> templateFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("default")) return BriefOptions::Template::Default;
    if (t == QLatin1String("compact")) return BriefOptions::Template::Compact;
    return std::nullopt;
}

std::optional<BriefOptions::PageSize> pageSizeFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("a4")) return BriefOptions::PageSize::A4;
    if (t == QLatin1String("letter")) return BriefOptions::PageSize::Letter;
    return std::nullopt;
}

QStringList sentencesMixingLikelihoodAndConfidence(const QString &text)
{
    static const QRegularExpression likelihood(
        QStringLiteral(
            "\\b(almost no chance|remote|very unlikely|highly improbable|unlikely|improbable|roughly even "
            "(chance|odds)|likely|probable|probably|very likely|highly probable|almost certain(ly)?|nearly "
            "certain)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression confidence(
        QStringLiteral("\\b(low|moderate|medium|high)[- ]confidence\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?;])\\s+|\\n+"));
    QStringList mixed;
    for (const QString &sentence : text.split(sentenceEnd, Qt::SkipEmptyParts))
        if (likelihood.match(sentence).hasMatch() && confidence.match(sentence).hasMatch())
            mixed << sentence.trimmed();
    return mixed;
}

std::shared_ptr<const BriefContent> BriefContent::gather(const Project &project, const BriefOptions &options,
                                                         QStringList *unknownSites)
{
    auto c = std::make_shared<BriefContent>();
    c->options = options;
    c->title = options.title.isEmpty() ? project.title() : options.title;
    c->author = options.author;
    c->projectFile = QFileInfo(project.path()).fileName();
    c->projectId = project.projectId();
    c->madeUtc = nowUtc();
    c->marking = options.marking ? options.marking : project.marking();
    c->scheme = &project.gradingScheme();

    const present::ClaimWords words(project);
    QHash<QUuid, Source> sources;
    for (const Source &s : project.all<Source>())
        sources.insert(s.meta.id, s);
    QHash<QUuid, Claim> claims;
    QList<Claim> claimList = project.all<Claim>();
    std::stable_sort(claimList.begin(), claimList.end(), earlier);
    for (const Claim &cl : std::as_const(claimList))
        claims.insert(cl.meta.id, cl);
    const QList<Link> links = project.all<Link>();

    // Footnotes are numbered in the order the brief first cites a source.
    QList<QUuid> footnoteOrder;
    auto cite = [&](const Claim &claim) {
        CitedClaim cc{claim, words.row(claim), 0};
        if (sources.contains(claim.sourceId)) {
            if (!c->m_footnotes.contains(claim.sourceId)) {
                footnoteOrder.append(claim.sourceId);
                c->m_footnotes.insert(claim.sourceId, int(footnoteOrder.size()));
            }
            cc.footnote = c->m_footnotes.value(claim.sourceId);
        }
        return cc;
    };

    for (const Judgment &j : project.all<Judgment>()) {
        if (!options.keyJudgments || j.status != JudgmentStatus::Issued) continue;
        BriefJudgment bj{j, {}, 0};
        for (const RecordRef &r : judgmentBasis(j.meta.id, links)) {
            if (r.type == RecordType::Claim && claims.contains(r.id))
                bj.claims.append(cite(claims.value(r.id)));
            else
                ++bj.otherBasis;
        }
        c->judgments.append(bj);
    }
    // Without an author given, the brief is by the analysts whose judgments it issues.
    if (c->author.isEmpty()) {
        QStringList analysts;
        for (const BriefJudgment &bj : std::as_const(c->judgments))
            if (!bj.judgment.author.isEmpty() && !analysts.contains(bj.judgment.author))
                analysts << bj.judgment.author;
        c->author = analysts.join(QStringLiteral(", "));
    }

    // The sites asked for, in the order asked; else every site by name.
    QList<Site> allSites = project.all<Site>();
    std::sort(allSites.begin(), allSites.end(),
              [](const Site &a, const Site &b) { return a.name.localeAwareCompare(b.name) < 0; });
    QList<Site> chosen;
    if (options.siteNames.isEmpty()) {
        chosen = allSites;
    } else {
        for (const QString &name : options.siteNames) {
            const std::optional<Site> site = findSiteNamed(allSites, name);
            if (!site) {
                if (unknownSites) unknownSites->append(name);
                continue;
            }
            if (std::none_of(chosen.cbegin(), chosen.cend(),
                             [&](const Site &s) { return s.meta.id == site->meta.id; }))
                chosen.append(*site);
        }
    }

    if (!options.sites) chosen.clear(); // the brief leaves the sites out: nothing of theirs is cited
    const QList<ClaimConflict> conflicts = findContradictions(claimList, links);
    const QList<ImageryScene> scenes = sortedByDate(project.all<ImageryScene>());
    QSet<QUuid> missingReported;
    const QList<Observation> observations = project.all<Observation>();
    const QList<ObjectKind> vocabulary = objectKindVocabulary(project.objectKinds());
    for (const Site &site : std::as_const(chosen)) {
        BriefSite bs{site, {}, {}, {}, {}, seriesOfSite(observations, vocabulary, site.meta.id, options)};
        for (const Claim &cl : std::as_const(claimList))
            if (cl.siteIds.contains(site.meta.id) && options.window.shows(cl.time))
                bs.claims.append(cite(cl));
        for (const ClaimConflict &conflict : conflicts) {
            if (!options.window.shows(conflict.first.time) && !options.window.shows(conflict.second.time))
                continue;
            if (words.conflictSites(conflict).contains(site.name)) {
                bs.conflicts.append({conflict, words.conflictReason(conflict)});
                cite(conflict.first); // both sides carry their source's note
                cite(conflict.second);
            }
        }
        const GeoBounds area = siteBounds(site);
        for (const ImageryScene &scene : scenes) {
            if (!scene.footprint.bounds().intersects(area) || !options.window.shows(scene.acquired)) continue;
            if (!mayRepublish(scene.licenceTerms) && !options.internalUse) {
                bs.withheld.append(scene);
                continue;
            }
            bs.scenes.append(scene);
            QString why;
            if (!missingReported.contains(scene.meta.id) &&
                store::sceneFilePath(project, scene, &why).isEmpty()) {
                missingReported.insert(scene.meta.id);
                c->gaps.append(
                    QCoreApplication::translate("Brief", "Imagery %1 over %2 is listed but its file is "
                                                         "missing (%3); the figure is drawn without it.")
                        .arg(sceneLabel(scene), site.name, why));
            }
        }
        if (!bs.hasEvidence())
            c->gaps.append(QCoreApplication::translate(
                               "Brief", "%1 has no imagery and no claims within the brief's period.")
                               .arg(site.name));
        else if (bs.scenes.isEmpty())
            c->gaps.append(
                QCoreApplication::translate("Brief", "%1 has no imagery within the brief's period.")
                    .arg(site.name));
        c->sites.append(bs);
    }

    // The timeline of the sites covered: all of the project's items when every site is, else those
    // about the chosen sites. A brief without its sites has no timeline either.
    if (options.timeline && options.sites && !chosen.isEmpty()) {
        present::TimelineFilter filter{options.window, {}};
        if (!options.siteNames.isEmpty())
            for (const Site &site : std::as_const(chosen))
                filter.sites.insert(site.meta.id);
        present::Timeline timeline = present::gatherTimeline(project, filter);
        // A brief about some sites draws their lanes alone: an item also about another site is
        // drawn in the lanes of the sites covered.
        if (!filter.sites.isEmpty())
            for (TimelineItem &item : timeline.items)
                item.siteIds.removeIf([&](const QUuid &id) { return !filter.sites.contains(id); });
        c->timeline = std::make_shared<const present::Timeline>(std::move(timeline));
    }

    for (const QUuid &id : std::as_const(footnoteOrder)) {
        CitedSource cs{int(c->sources.size()) + 1, sources.value(id), {}};
        c->sources.append(cs);
    }
    QHash<QUuid, int> sourceIndex;
    for (int i = 0; i < c->sources.size(); ++i)
        sourceIndex.insert(c->sources[i].source.meta.id, i);
    QList<Capture> captures = project.all<Capture>();
    std::stable_sort(captures.begin(), captures.end(),
                     [](const Capture &a, const Capture &b) { return a.capturedAtUtc < b.capturedAtUtc; });
    for (const Capture &cap : std::as_const(captures))
        if (sourceIndex.contains(cap.sourceId))
            c->sources[sourceIndex.value(cap.sourceId)].captures.append(cap);
    for (const CitedSource &cs : std::as_const(c->sources))
        if (cs.captures.isEmpty())
            c->gaps.append(
                QCoreApplication::translate(
                    "Brief", "Source [%1] has no archived capture: its text was not kept with the project.")
                    .arg(cs.footnote));
    return c;
}

QList<Capture> BriefContent::captures() const
{
    QList<Capture> all;
    for (const CitedSource &s : sources)
        all += s.captures;
    return all;
}

QSet<QUuid> BriefContent::withheldScenes() const
{
    QSet<QUuid> out;
    for (const BriefSite &s : sites)
        for (const ImageryScene &scene : s.withheld)
            out.insert(scene.meta.id);
    return out;
}

bool BriefContent::showsRestrictedImagery() const
{
    const QList<ImageryScene> shown = scenes();
    return std::any_of(shown.cbegin(), shown.cend(),
                       [](const ImageryScene &s) { return !mayRepublish(s.licenceTerms); });
}

QList<ImageryScene> BriefContent::scenes() const
{
    QList<ImageryScene> all;
    QSet<QUuid> seen;
    for (const BriefSite &s : sites)
        for (const ImageryScene &scene : s.scenes)
            if (!seen.contains(scene.meta.id)) {
                seen.insert(scene.meta.id);
                all.append(scene);
            }
    return all;
}

QByteArray BriefContent::evidenceJson(const QList<ImageryScene> &rendered) const
{
    auto claimJson = [&](const CitedClaim &cc) {
        QJsonArray siteIds;
        for (const QUuid &id : cc.claim.siteIds)
            siteIds.append(uuidText(id));
        return QJsonObject{{QStringLiteral("uuid"), uuidText(cc.claim.meta.id)},
                           {QStringLiteral("quote"), cc.claim.quote},
                           {QStringLiteral("locator"), cc.claim.locator},
                           {QStringLiteral("grade"), cc.row.grade},
                           {QStringLiteral("time"), cc.claim.time.toText()},
                           {QStringLiteral("quantity"), cc.row.quantity},
                           {QStringLiteral("source_uuid"), uuidText(cc.claim.sourceId)},
                           {QStringLiteral("capture_uuid"),
                            cc.claim.captureId.isNull() ? QString() : uuidText(cc.claim.captureId)},
                           {QStringLiteral("footnote"), cc.footnote},
                           {QStringLiteral("sites"), siteIds}};
    };
    QJsonObject claimsById;
    QJsonArray judgmentArray;
    for (const BriefJudgment &bj : judgments) {
        QJsonArray restsOn;
        for (const CitedClaim &cc : bj.claims) {
            restsOn.append(uuidText(cc.claim.meta.id));
            claimsById.insert(uuidText(cc.claim.meta.id), claimJson(cc));
        }
        const PercentBand band = percentBand(bj.judgment.likelihood);
        judgmentArray.append(QJsonObject{{QStringLiteral("uuid"), uuidText(bj.judgment.meta.id)},
                                         {QStringLiteral("statement"), bj.judgment.statement},
                                         {QStringLiteral("likelihood"), toKey(bj.judgment.likelihood)},
                                         {QStringLiteral("likelihood_min_pct"), band.minPercent},
                                         {QStringLiteral("likelihood_max_pct"), band.maxPercent},
                                         {QStringLiteral("confidence"), toKey(bj.judgment.confidence)},
                                         {QStringLiteral("author"), bj.judgment.author},
                                         {QStringLiteral("rests_on_claims"), restsOn}});
    }
    QJsonArray siteArray;
    for (const BriefSite &s : sites) {
        QJsonArray siteClaims;
        for (const CitedClaim &cc : s.claims) {
            siteClaims.append(uuidText(cc.claim.meta.id));
            claimsById.insert(uuidText(cc.claim.meta.id), claimJson(cc));
        }
        QJsonArray sceneIds;
        for (const ImageryScene &scene : s.scenes)
            sceneIds.append(uuidText(scene.meta.id));
        QJsonArray conflictArray;
        for (const BriefConflict &c : s.conflicts) {
            QJsonArray pair;
            for (const Claim *claim : {&c.conflict.first, &c.conflict.second}) {
                pair.append(uuidText(claim->meta.id));
                const int note = footnoteOf(claim->sourceId);
                const QString key = uuidText(claim->meta.id);
                if (!claimsById.contains(key)) {
                    QJsonObject o{{QStringLiteral("uuid"), key},
                                  {QStringLiteral("quote"), claim->quote},
                                  {QStringLiteral("locator"), claim->locator},
                                  {QStringLiteral("time"), claim->time.toText()},
                                  {QStringLiteral("source_uuid"), uuidText(claim->sourceId)},
                                  {QStringLiteral("footnote"), note}};
                    claimsById.insert(key, o);
                }
            }
            conflictArray.append(
                QJsonObject{{QStringLiteral("claims"), pair}, {QStringLiteral("reason"), c.reason}});
        }
        siteArray.append(QJsonObject{{QStringLiteral("uuid"), uuidText(s.site.meta.id)},
                                     {QStringLiteral("name"), s.site.name},
                                     {QStringLiteral("lon"), s.site.location.lon},
                                     {QStringLiteral("lat"), s.site.location.lat},
                                     {QStringLiteral("claims"), siteClaims},
                                     {QStringLiteral("conflicts"), conflictArray},
                                     {QStringLiteral("scenes"), sceneIds}});
    }
    QJsonArray claimArray;
    for (auto it = claimsById.constBegin(); it != claimsById.constEnd(); ++it)
        claimArray.append(it.value());
    QJsonArray sourceArray;
    for (const CitedSource &cs : sources) {
        QJsonArray caps;
        for (const Capture &cap : cs.captures)
            caps.append(QJsonObject{{QStringLiteral("uuid"), uuidText(cap.meta.id)},
                                    {QStringLiteral("file_name"), cap.fileName},
                                    {QStringLiteral("media_type"), cap.mediaType},
                                    {QStringLiteral("sha256"), QString::fromLatin1(cap.sha256)},
                                    {QStringLiteral("size_bytes"), cap.sizeBytes},
                                    {QStringLiteral("captured_at"), cap.capturedAtUtc.toString(Qt::ISODate)},
                                    {QStringLiteral("original_url"), cap.originalUrl}});
        sourceArray.append(
            QJsonObject{{QStringLiteral("footnote"), cs.footnote},
                        {QStringLiteral("uuid"), uuidText(cs.source.meta.id)},
                        {QStringLiteral("publisher"), cs.source.publisher},
                        {QStringLiteral("title"), cs.source.title},
                        {QStringLiteral("url"), cs.source.url},
                        {QStringLiteral("published"), cs.source.published.toString(Qt::ISODate)},
                        {QStringLiteral("reliability"), toKey(cs.source.reliability)},
                        {QStringLiteral("captures"), caps}});
    }
    QJsonArray sceneArray;
    for (const ImageryScene &scene : rendered)
        sceneArray.append(QJsonObject{{QStringLiteral("uuid"), uuidText(scene.meta.id)},
                                      {QStringLiteral("label"), sceneLabel(scene)},
                                      {QStringLiteral("provider"), scene.provider},
                                      {QStringLiteral("acquired"), scene.acquired.toText()},
                                      {QStringLiteral("licence"), scene.licence},
                                      {QStringLiteral("sha256"), QString::fromLatin1(scene.sha256)}});
    const QJsonObject brief{
        {QStringLiteral("title"), title},
        {QStringLiteral("author"), author},
        {QStringLiteral("made_utc"), madeUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("marking"), marking ? markingText(*marking) : QString()},
        {QStringLiteral("project_uuid"), uuidText(projectId)},
        {QStringLiteral("project_file"), projectFile},
        {QStringLiteral("period"), options.window.isOpen() ? QString() : options.window.toText()},
        {QStringLiteral("grading_scheme"), scheme->key()}};
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("sightline-brief-evidence")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("brief"), brief},
                           {QStringLiteral("judgments"), judgmentArray},
                           {QStringLiteral("sites"), siteArray},
                           {QStringLiteral("claims"), claimArray},
                           {QStringLiteral("sources"), sourceArray},
                           {QStringLiteral("scenes"), sceneArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sightline::report
