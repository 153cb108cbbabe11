#pragma once

#include "sightline/report/briefoptions.h"

#include "sightline/core/capture.h"
#include "sightline/core/claim.h"
#include "sightline/core/claimgroups.h"
#include "sightline/core/judgment.h"
#include "sightline/core/scene.h"
#include "sightline/core/series.h"
#include "sightline/core/site.h"
#include "sightline/core/source.h"
#include "sightline/present/claimwords.h"
#include "sightline/present/timelineitems.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>

#include <memory>

namespace sightline {
class Project;
}

namespace sightline::report {

// A source the brief cites, with the number its footnotes carry and its captures.
struct CitedSource
{
    int footnote = 0;
    Source source;
    QList<Capture> captures; // oldest first
};

// A claim as the brief prints it: the record, its row's words and the footnote of its source.
struct CitedClaim
{
    Claim claim;
    present::ClaimRow row;
    int footnote = 0; // 0: its source is not in the project
};

struct BriefJudgment
{
    Judgment judgment;
    QList<CitedClaim> claims; // the claims it rests on, in the order of its links
    int otherBasis = 0;       // events, observations, sources it rests on besides claims
};

// Two claims that cannot both be true, with why, as ClaimWords says it.
struct BriefConflict
{
    ClaimConflict conflict;
    QString reason;
};

// A count series of one object kind at the site within the brief's period, with its baseline
// (when there is a value before the baseline's end) and the words its figure's caption uses.
struct BriefSeries
{
    CountSeries series;
    QString kindName;    // "Covered railcar"
    TimeSpan baselineTo; // the end of the baseline window asked for
    QStringList flags;   // "73 vs a baseline maximum of 20: 3.6× (counted, 5 Oct 2023)", one a flagged value
};

struct BriefSite
{
    Site site;
    QList<CitedClaim> claims;       // about the site, within the window, earliest first
    QList<BriefConflict> conflicts; // between claims about the site
    QList<ImageryScene> scenes;     // covering the site within the window, oldest first
    QList<ImageryScene> withheld;   // as scenes, but left out for their licence terms
    QList<BriefSeries> series;      // one an object kind observed at the site, by kind name
    bool hasEvidence() const { return !claims.isEmpty() || !scenes.isEmpty() || !withheld.isEmpty(); }
};

// Everything a brief shows, read from the project once, with footnote numbers given to the
// sources in the order the brief first cites them (key judgments, then sites). Sections read
// it; it never changes after it is made. Any thread that may read the project makes it; any
// thread reads it after.
class BriefContent
{
  public:
    // Throws StoreError for a project that cannot be read. Site names that match no site are
    // returned in *unknownSites and leave the content without them.
    static std::shared_ptr<const BriefContent> gather(const Project &project, const BriefOptions &options,
                                                      QStringList *unknownSites);

    QString title;
    QString author;
    QString projectFile;
    QUuid projectId;
    QDateTime madeUtc;
    std::optional<Marking> marking;
    BriefOptions options;
    const GradingScheme *scheme = nullptr;
    QList<BriefJudgment> judgments; // status issued
    QList<BriefSite> sites;
    QList<CitedSource> sources; // by footnote
    QStringList gaps;           // what the brief lacks: missing imagery files, sites without evidence
    // The case in time: the items of the sites covered (every item when every site is), within the
    // period; null when the brief has no timeline.
    std::shared_ptr<const present::Timeline> timeline;

    // The footnote of a source (0 when the brief does not cite it).
    int footnoteOf(const QUuid &sourceId) const { return m_footnotes.value(sourceId); }
    // Every capture the brief shows (its hash in the sources appendix).
    QList<Capture> captures() const;
    // Every scene of every site (each once).
    QList<ImageryScene> scenes() const;
    // The ids of the scenes left out for their licence terms (their pixels are not drawn).
    QSet<QUuid> withheldScenes() const;
    // Whether the brief shows imagery its licence keeps from republication (internal use).
    bool showsRestrictedImagery() const;
    // The evidence the brief carries, as JSON: the brief's identity, judgments, cited claims,
    // sources with their captures' hashes, and the scenes shown (rendered: those the figures drew).
    QByteArray evidenceJson(const QList<ImageryScene> &rendered) const;

  private:
    QHash<QUuid, int> m_footnotes;
};

} // namespace sightline::report
