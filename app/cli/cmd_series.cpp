// sightline-cli series: the counts of one object kind at one site over time, counted on imagery
// and reported in claims, with the baseline of an earlier window and the values above it.
#include "clioutput.h"
#include "commands.h"

#include "sightline/core/objectkinds.h"
#include "sightline/core/series.h"
#include "sightline/core/sitelookup.h"
#include "sightline/present/countwords.h"
#include "sightline/present/serieswords.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::cli {
namespace {

QString idText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString utcText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString numberText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

QJsonValue numberJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

int runSeries(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("site"), QStringLiteral("The site (name or alias)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("kind"), QStringLiteral("The object kind (railcar, ...)."), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("from"), QStringLiteral("Only values that may fall on or after DATE."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Only values that may fall on or before DATE."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("baseline-to"),
                 QStringLiteral("The baseline: median and maximum of the values from the series' start to DATE."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addOption({QStringLiteral("csv"), QStringLiteral("Print CSV, one row per value.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    const QString usage = QStringLiteral("usage: sightline-cli series PROJECT --site NAME --kind KIND [--from DATE] "
                                         "[--to DATE] [--baseline-to DATE] [--json|--csv]");
    if (!p.parse(QStringList{QStringLiteral("series")} + args) || p.positionalArguments().size() != 1 ||
        !p.isSet(QStringLiteral("site")) || !p.isSet(QStringLiteral("kind")) ||
        (p.isSet(QStringLiteral("json")) && p.isSet(QStringLiteral("csv")))) {
        err(usage);
        return Usage;
    }
    QString why;
    const auto window = TimeWindow::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")), &why);
    if (!window) {
        err(QStringLiteral("sightline-cli: ") + why);
        return Usage;
    }
    std::optional<TimeSpan> baselineTo;
    if (p.isSet(QStringLiteral("baseline-to"))) {
        const QString text = p.value(QStringLiteral("baseline-to"));
        baselineTo = TimeSpan::parse(text, &why);
        if (!baselineTo || baselineTo->kind() != TimeSpan::Kind::Instant) {
            err(QStringLiteral("sightline-cli: --baseline-to \"%1\" is not a date (%2)")
                    .arg(text, TimeWindow::acceptedForms()));
            return Usage;
        }
    }
    const QString file = p.positionalArguments().first();
    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    const auto site = findSiteNamed(project->all<Site>(), p.value(QStringLiteral("site")));
    if (!site) {
        err(QStringLiteral("sightline-cli: %1: no site named \"%2\"").arg(file, p.value(QStringLiteral("site"))));
        return BadInput;
    }
    const QString kind = p.value(QStringLiteral("kind")).trimmed().toLower();
    const QList<ObjectKind> vocabulary = objectKindVocabulary(project->objectKinds());
    if (!findObjectKind(vocabulary, kind)) {
        QStringList keys;
        for (const ObjectKind &k : vocabulary)
            keys << k.key;
        err(QStringLiteral("sightline-cli: %1: no object kind \"%2\" (kinds: %3)")
                .arg(file, p.value(QStringLiteral("kind")), keys.join(QStringLiteral(", "))));
        return BadInput;
    }
    CountSeries series = buildCountSeries(project->all<Observation>(), site->meta.id, kind, *window);
    if (baselineTo)
        applyBaseline(series, *baselineTo);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const SeriesPoint &pt : series.points)
            rows.append(QJsonObject{{QStringLiteral("time"), pt.time.toText()},
                                    {QStringLiteral("earliest"), utcText(pt.time.earliest())},
                                    {QStringLiteral("latest"), utcText(pt.time.latest())},
                                    {QStringLiteral("value"), numberJson(pt.value.value)},
                                    {QStringLiteral("minimum"), numberJson(pt.value.min)},
                                    {QStringLiteral("maximum"), numberJson(pt.value.max)},
                                    {QStringLiteral("approximate"), pt.value.approximate},
                                    {QStringLiteral("measure"), toKey(pt.value.measure)},
                                    {QStringLiteral("origin"), pt.counted ? QStringLiteral("counted")
                                                                          : QStringLiteral("reported")},
                                    {QStringLiteral("scene"), idText(pt.sceneId)},
                                    {QStringLiteral("claim"), idText(pt.claimId)},
                                    {QStringLiteral("observation"), idText(pt.observationId)},
                                    {QStringLiteral("exceeds_baseline"), pt.exceedsBaseline},
                                    {QStringLiteral("flag"), present::pointFlagText(pt, series.baseline)}});
        QJsonObject o{{QStringLiteral("file"), project->path()},
                      {QStringLiteral("site"), site->name},
                      {QStringLiteral("object_kind"), kind},
                      {QStringLiteral("points"), rows}};
        if (series.baseline)
            o.insert(QStringLiteral("baseline"), QJsonObject{{QStringLiteral("window"), series.baseline->window.toText()},
                                                             {QStringLiteral("median"), series.baseline->median},
                                                             {QStringLiteral("maximum"), series.baseline->maximum},
                                                             {QStringLiteral("values"), series.baseline->values}});
        else
            o.insert(QStringLiteral("baseline"), QJsonValue());
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    if (p.isSet(QStringLiteral("csv"))) {
        out(QStringLiteral("time,earliest,latest,value,minimum,maximum,origin,scene,claim,exceeds_baseline,flag"));
        for (const SeriesPoint &pt : series.points)
            out(QStringList{csvField(pt.time.toText()), utcText(pt.time.earliest()), utcText(pt.time.latest()),
                            numberText(pt.value.value), numberText(pt.value.min), numberText(pt.value.max),
                            pt.counted ? QStringLiteral("counted") : QStringLiteral("reported"), idText(pt.sceneId),
                            idText(pt.claimId), pt.exceedsBaseline ? QStringLiteral("true") : QStringLiteral("false"),
                            csvField(present::pointFlagText(pt, series.baseline))}
                    .join(u','));
        return Ok;
    }
    out(QStringLiteral("%1 at %2").arg(countUnitOf(kind), site->name));
    for (const SeriesPoint &pt : series.points) {
        const QString flag = present::pointFlagText(pt, series.baseline);
        out(QStringLiteral("%1%2  %3  %4  %5 %6%7")
                .arg(pt.exceedsBaseline ? QStringLiteral("! ") : QStringLiteral("  "), pt.time.toText(),
                     pt.value.toDisplayString(), present::pointOriginText(pt),
                     pt.counted ? QStringLiteral("scene") : QStringLiteral("claim"),
                     idText(pt.counted ? pt.sceneId : pt.claimId).left(8),
                     flag.isEmpty() ? QString() : QStringLiteral("  ") + flag));
    }
    if (series.baseline)
        out(present::baselineText(*series.baseline));
    else if (baselineTo)
        out(QStringLiteral("no baseline: no value lies wholly before %1").arg(baselineTo->toText()));
    out(present::countText(int(series.points.size()), present::Counted::Observation));
    return Ok;
}

} // namespace sightline::cli
