#pragma once

#include "sightline/core/confidence.h"
#include "sightline/core/link.h"
#include "sightline/core/record.h"
#include "sightline/core/timespan.h"

#include <QList>

#include <optional>

namespace sightline {

// How likely an analytic judgment is, in the words of ICD 203 (Analytic Standards), each with
// its band of probability. The words are the judgment; the band tells a reader what they mean.
enum class Likelihood { AlmostNoChance, VeryUnlikely, Unlikely, RoughlyEven, Likely, VeryLikely, AlmostCertain };

enum class JudgmentStatus { Draft, Issued, Withdrawn };

// An analyst's assessment built on the evidence: "North Korean munitions cross to Russia by rail
// at Tumangang–Khasan: likely, moderate confidence". What it rests on is not held here but in
// Link records (the judgment depends on a claim, or a claim supports the judgment), so that a
// downgraded source reaches it the way it reaches everything else (recordsRestingOn).
struct Judgment
{
    RecordMeta meta;
    QString statement;
    Likelihood likelihood = Likelihood::RoughlyEven;
    Confidence confidence = Confidence::Low;
    TimeSpan time; // the period the judgment covers
    QList<QUuid> siteIds;
    QString author; // the analyst who makes the judgment (meta.author: who edited it last)
    JudgmentStatus status = JudgmentStatus::Draft;
    QString notes;
    friend bool operator==(const Judgment &, const Judgment &) = default;
};

// A band of probability in whole percent, as ICD 203 gives it: "likely" is 55–80 %.
struct PercentBand
{
    int minPercent = 0;
    int maxPercent = 0;
};

PercentBand percentBand(Likelihood v);
// "55–80 %"
QString percentText(Likelihood v);
// The ICD 203 words: "roughly even chance"; and their synonyms there: "roughly even odds".
QString toLabel(Likelihood v);
QString synonym(Likelihood v);
// The likelihood whose band holds the percentage (the bands share their edges; an edge belongs
// to the band nearer 50 %: 45 and 55 % are "roughly even chance"); nothing outside 0..100.
std::optional<Likelihood> likelihoodForPercent(int percent);
QString toLabel(JudgmentStatus v);

// Storage keys: "roughly_even_chance", "moderate", "issued".
QString toKey(Likelihood v);
QString toKey(JudgmentStatus v);
template <> std::optional<Likelihood> fromKey<Likelihood>(const QString &key);
template <> std::optional<JudgmentStatus> fromKey<JudgmentStatus>(const QString &key);
template <> QStringList allKeys<Likelihood>();
template <> QStringList allKeys<JudgmentStatus>();

// The records a judgment rests on directly, through links: those it depends on, and those that
// support it. Each once, in the order of the links.
QList<RecordRef> judgmentBasis(const QUuid &judgmentId, const QList<Link> &links);

} // namespace sightline
