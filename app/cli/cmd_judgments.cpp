#include "clioutput.h"
#include "commands.h"

#include "sightline/core/judgmentbasis.h"
#include "sightline/present/countwords.h"
#include "sightline/present/judgmentwords.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::cli {

int runJudgments(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    if (!p.parse(QStringList{QStringLiteral("judgments")} + args) || p.positionalArguments().size() != 1) {
        err(QStringLiteral("usage: sightline-cli judgments PROJECT [--json]"));
        return Usage;
    }
    const auto project = Project::open(p.positionalArguments().first(), QString(), Project::Access::ReadOnly);
    QHash<QUuid, Claim> claims;
    for (const Claim &c : project->all<Claim>())
        claims.insert(c.meta.id, c);
    QHash<QUuid, Source> sources;
    for (const Source &s : project->all<Source>())
        sources.insert(s.meta.id, s);
    const QList<Link> links = project->all<Link>();
    QHash<QUuid, QStringList> reasons; // open flags of each record
    for (const ReviewFlag &f : project->reviewFlags())
        reasons[f.record.id] << f.reason;
    const QList<Judgment> judgments = project->all<Judgment>();

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Judgment &j : judgments) {
            const QList<RecordRef> basis = judgmentBasis(j.meta.id, links);
            const BasisSummary summary = summarizeBasis(basis, claims, sources, project->gradingScheme());
            QJsonArray restsOn;
            for (const RecordRef &r : basis)
                restsOn.append(QJsonObject{{QStringLiteral("type"), toKey(r.type)},
                                           {QStringLiteral("uuid"), r.id.toString(QUuid::WithoutBraces)}});
            const PercentBand band = percentBand(j.likelihood);
            array.append(QJsonObject{
                {QStringLiteral("uuid"), j.meta.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("statement"), j.statement},
                {QStringLiteral("likelihood"), toKey(j.likelihood)},
                {QStringLiteral("likelihood_words"), toLabel(j.likelihood)},
                {QStringLiteral("likelihood_min_pct"), band.minPercent},
                {QStringLiteral("likelihood_max_pct"), band.maxPercent},
                {QStringLiteral("confidence"), toKey(j.confidence)},
                {QStringLiteral("time"), j.time.toText()},
                {QStringLiteral("author"), j.author},
                {QStringLiteral("status"), toKey(j.status)},
                {QStringLiteral("rests_on"), restsOn},
                {QStringLiteral("basis"), present::basisText(summary)},
                {QStringLiteral("grades"), QJsonArray::fromStringList(summary.grades)},
                {QStringLiteral("needs_review"), reasons.contains(j.meta.id)},
                {QStringLiteral("review_reasons"), QJsonArray::fromStringList(reasons.value(j.meta.id))}});
        }
        const QJsonObject o{{QStringLiteral("file"), project->path()}, {QStringLiteral("judgments"), array}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    int flagged = 0;
    for (const Judgment &j : judgments) {
        const BasisSummary summary =
            summarizeBasis(judgmentBasis(j.meta.id, links), claims, sources, project->gradingScheme());
        const bool review = reasons.contains(j.meta.id);
        flagged += review ? 1 : 0;
        out(QStringLiteral("%1%2, %3; %4; rests on %5; %6 (%7)")
                .arg(review ? QStringLiteral("! ") : QStringLiteral("  "), present::likelihoodText(j.likelihood),
                     toLabel(j.confidence), present::periodText(j.time), present::basisText(summary), toKey(j.status),
                     j.meta.id.toString(QUuid::WithoutBraces).left(8)));
        out(QStringLiteral("    \"%1\"").arg(j.statement));
        for (const QString &r : reasons.value(j.meta.id))
            out(QStringLiteral("    needs review: ") + r);
    }
    out(present::countText(int(judgments.size()), present::Counted::Judgment) +
        (flagged ? QStringLiteral(", ") + present::countText(flagged, present::Counted::NeedReview) : QString()));
    return Ok;
}

} // namespace sightline::cli
