#include "clioutput.h"
#include "commands.h"

#include "sightline/core/sitelookup.h"
#include "sightline/present/timelineitems.h"
#include "sightline/present/timewords.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::cli {
namespace {

QJsonValue momentJson(const QDateTime &t)
{
    return t.isNull() ? QJsonValue() : QJsonValue(t.toUTC().toString(Qt::ISODateWithMs));
}

QStringList siteNamesOf(const TimelineItem &item, const present::Timeline &t)
{
    QStringList names;
    for (const QUuid &id : item.siteIds)
        names << t.siteNames.value(id);
    return names;
}

QJsonObject itemJson(const TimelineItem &item, const present::Timeline &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), toKey(item.kind));
    o.insert(QStringLiteral("uuid"), item.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("title"), item.title);
    o.insert(QStringLiteral("time"), item.time.toText());
    o.insert(QStringLiteral("earliest"), momentJson(item.time.earliest()));
    o.insert(QStringLiteral("latest"), momentJson(item.time.latest()));
    o.insert(QStringLiteral("precision"), item.time.isUnknown() ? QJsonValue() : QJsonValue(toKey(item.time.precision())));
    o.insert(QStringLiteral("ordered_by"), item.time.isUnknown()     ? QJsonValue()
                                           : item.orderedByLatest() ? QJsonValue(QStringLiteral("latest"))
                                                                    : QJsonValue(QStringLiteral("earliest")));
    o.insert(QStringLiteral("sites"), QJsonArray::fromStringList(siteNamesOf(item, t)));
    if (!item.grade.isEmpty())
        o.insert(QStringLiteral("grade"), item.grade);
    if (!item.figure.isEmpty())
        o.insert(QStringLiteral("figure"), item.figure);
    if (item.kind == TimelineItem::Kind::Observation)
        o.insert(QStringLiteral("counted"), item.counted ? QStringLiteral("counted") : item.reported ? QStringLiteral("reported")
                                                                                                     : QString());
    return o;
}

} // namespace

int runTimeline(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), QStringLiteral("Only what may have happened from DATE on."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Only what may have happened until DATE."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("site"), QStringLiteral("Only items about this site (name or alias)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    const QString usage = QStringLiteral("usage: sightline-cli timeline PROJECT [--from DATE] [--to DATE] [--site NAME] [--json]");
    if (!p.parse(QStringList{QStringLiteral("timeline")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return Usage;
    }
    QString why;
    const auto window = TimeWindow::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")), &why);
    if (!window) {
        err(QStringLiteral("sightline-cli: ") + why);
        return Usage;
    }
    const QString file = p.positionalArguments().first();
    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    present::TimelineFilter filter;
    filter.window = *window;
    if (p.isSet(QStringLiteral("site"))) {
        const QString name = p.value(QStringLiteral("site"));
        const QList<Site> all = project->all<Site>();
        for (const Site &s : sitesNamed(all, name))
            filter.sites.insert(s.meta.id);
        if (filter.sites.isEmpty()) {
            QStringList names;
            for (const Site &s : all)
                names << s.name;
            err(QStringLiteral("sightline-cli: %1: no site named \"%2\" (sites: %3)").arg(file, name, names.join(QStringLiteral(", "))));
            return BadInput;
        }
    }
    const present::Timeline t = present::gatherTimeline(*project, filter);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray items, conflicts;
        for (const TimelineItem &item : t.items)
            items.append(itemJson(item, t));
        for (const TimelineConflict &c : t.conflicts)
            conflicts.append(QJsonObject{{QStringLiteral("first"), t.items[c.first].id.toString(QUuid::WithoutBraces)},
                                         {QStringLiteral("second"), t.items[c.second].id.toString(QUuid::WithoutBraces)}});
        const QJsonObject o{{QStringLiteral("file"), project->path()},
                            {QStringLiteral("from"), momentJson(window->from())},
                            {QStringLiteral("to"), momentJson(window->to())},
                            {QStringLiteral("items"), items},
                            {QStringLiteral("conflicts"), conflicts}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    for (const TimelineItem &item : t.items) {
        const QStringList sites = siteNamesOf(item, t);
        QStringList marks;
        if (!item.grade.isEmpty())
            marks << item.grade;
        if (item.counted)
            marks << QStringLiteral("counted");
        if (item.reported)
            marks << QStringLiteral("reported");
        out(QStringLiteral("%1  %2  %3%4%5%6  (%7)")
                .arg(present::timeText(item.time), -24)
                .arg(toKey(item.kind), -11)
                .arg(item.title, marks.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(marks.join(QStringLiteral(", "))),
                     sites.isEmpty() ? QString() : QStringLiteral(" @ ") + sites.join(QStringLiteral(", ")),
                     item.orderedByLatest() ? QStringLiteral("  (open start: ordered by its latest moment)") : QString(),
                     item.id.toString(QUuid::WithoutBraces).left(8)));
    }
    out(QStringLiteral("%1 items, %2 conflicts (window: %3)").arg(t.items.size()).arg(t.conflicts.size()).arg(window->toDisplayString()));
    return Ok;
}

} // namespace sightline::cli
