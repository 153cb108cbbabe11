// A project's basemap sources, kept as one JSON value in sightline_meta (no table of their own).
#include "sightline/store/basemapsources.h"

#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"
#include "sightline/store/storeerror.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace sightline {

using namespace store;

namespace {
const QString kMetaKey = QStringLiteral("basemap_sources");
const QString kLogKey = QStringLiteral("basemap_sources");
constexpr int kMaxSources = 100;
constexpr qsizetype kMaxText = 4096;
} // namespace

QString toKey(BasemapSource::Kind kind)
{
    switch (kind) {
    case BasemapSource::Kind::Xyz:
        return QStringLiteral("xyz");
    case BasemapSource::Kind::Wmts:
        return QStringLiteral("wmts");
    case BasemapSource::Kind::Wms:
        return QStringLiteral("wms");
    case BasemapSource::Kind::File:
        return QStringLiteral("file");
    }
    return {};
}

std::optional<BasemapSource::Kind> basemapKindFromKey(const QString &key)
{
    for (auto k : {BasemapSource::Kind::Xyz, BasemapSource::Kind::Wmts, BasemapSource::Kind::Wms,
                   BasemapSource::Kind::File})
        if (toKey(k) == key) return k;
    return std::nullopt;
}

const BasemapSource *BasemapSources::named(const QString &name) const
{
    for (const BasemapSource &s : sources)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0) return &s;
    return nullptr;
}

QString basemapSourceProblem(const BasemapSource &s)
{
    const QString who = s.name.trimmed().isEmpty() ? s.location : s.name;
    if (s.name.trimmed().isEmpty())
        return QStringLiteral("%1: a basemap source needs a name").arg(s.location);
    if (s.name.size() > 200 || s.location.size() > kMaxText || s.attribution.size() > kMaxText)
        return QStringLiteral("%1: too long").arg(who.left(200));
    if (s.location.trimmed().isEmpty()) return QStringLiteral("%1: no URL or file").arg(who);
    for (const QChar c : s.location + s.name + s.attribution)
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("%1: control characters in the source").arg(who);
    if (s.maxZoom < 0 || s.maxZoom > 24)
        return QStringLiteral("%1: maximum zoom %2 is outside 0..24").arg(who).arg(s.maxZoom);
    if (!(s.requestsPerSecond > 0 && s.requestsPerSecond <= 50))
        return QStringLiteral("%1: request rate %2 a second is outside (0, 50]")
            .arg(who)
            .arg(s.requestsPerSecond);
    // The scheme is read off the text itself: QUrl would take "C:/x" or "a:b" for schemes too.
    const qsizetype colon = s.location.indexOf(u':');
    const QString scheme = colon > 1 ? s.location.left(colon).toLower() : QString();
    const bool looksLikeUrl = colon > 1 && s.location.mid(colon, 3) == QLatin1String("://");
    if (s.isService()) {
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return QStringLiteral("%1: %2 is not an http or https URL").arg(who, s.location);
        const QUrl url(
            QString(s.location).replace(u'{', QLatin1String("%7B")).replace(u'}', QLatin1String("%7D")));
        if (!url.isValid() || url.host().isEmpty())
            return QStringLiteral("%1: %2 is not a valid URL").arg(who, s.location);
        if (s.attribution.trimmed().isEmpty())
            return QStringLiteral(
                       "%1: a tile service needs its attribution (who made the map, as its terms ask)")
                .arg(who);
        if (s.kind == BasemapSource::Kind::Xyz &&
            (!s.location.contains(QLatin1String("{z}")) || !s.location.contains(QLatin1String("{x}")) ||
             !(s.location.contains(QLatin1String("{y}")) || s.location.contains(QLatin1String("{-y}")))))
            return QStringLiteral("%1: an XYZ template needs {z}, {x} and {y} (or {-y})").arg(who);
    } else if (looksLikeUrl || scheme.startsWith(QLatin1String("/vsi")) ||
               s.location.startsWith(QLatin1String("/vsi")) || s.location.startsWith(u'<')) {
        return QStringLiteral("%1: %2 is not a local file").arg(who, s.location);
    }
    return {};
}

QJsonObject basemapSourceToJson(const BasemapSource &s)
{
    return QJsonObject{{QStringLiteral("name"), s.name},
                       {QStringLiteral("kind"), toKey(s.kind)},
                       {QStringLiteral("location"), s.location},
                       {QStringLiteral("attribution"), s.attribution},
                       {QStringLiteral("maxZoom"), s.maxZoom},
                       {QStringLiteral("requestsPerSecond"), s.requestsPerSecond}};
}

QByteArray basemapSourcesToJson(const BasemapSources &all)
{
    QJsonArray list;
    for (const BasemapSource &s : all.sources)
        list.append(basemapSourceToJson(s));
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                     {QStringLiteral("active"), all.active},
                                     {QStringLiteral("sources"), list}})
        .toJson(QJsonDocument::Compact);
}

BasemapSources basemapSourcesFromJson(const QByteArray &json, QStringList *problems)
{
    BasemapSources out;
    if (json.trimmed().isEmpty()) return out;
    auto say = [&](const QString &line) {
        if (problems) *problems << line;
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        say(QStringLiteral("the basemap sources cannot be read (%1); showing Natural Earth")
                .arg(error.errorString()));
        return out;
    }
    const QJsonObject root = doc.object();
    const QJsonArray list = root.value(QStringLiteral("sources")).toArray();
    QSet<QString> names;
    for (const QJsonValue &v : list) {
        if (out.sources.size() >= kMaxSources) {
            say(QStringLiteral("more than %1 basemap sources: the rest are left out").arg(kMaxSources));
            break;
        }
        const QJsonObject o = v.toObject();
        BasemapSource s;
        s.name = o.value(QStringLiteral("name")).toString().left(kMaxText);
        s.location = o.value(QStringLiteral("location")).toString().left(kMaxText + 1);
        s.attribution = o.value(QStringLiteral("attribution")).toString().left(kMaxText + 1);
        s.maxZoom = o.value(QStringLiteral("maxZoom")).toInt(19);
        s.requestsPerSecond = o.value(QStringLiteral("requestsPerSecond")).toDouble(4);
        const QString kindKey = o.value(QStringLiteral("kind")).toString();
        const auto kind = basemapKindFromKey(kindKey);
        QString why;
        if (!kind)
            why = QStringLiteral("%1: unknown kind of source \"%2\"").arg(s.name, kindKey.left(40));
        else {
            s.kind = *kind;
            why = basemapSourceProblem(s);
        }
        if (why.isEmpty() && names.contains(s.name.toLower()))
            why = QStringLiteral("%1: listed twice").arg(s.name);
        if (!why.isEmpty()) {
            say(QStringLiteral("basemap source left out: ") + why);
            continue;
        }
        names.insert(s.name.toLower());
        out.sources << s;
    }
    const QString active = root.value(QStringLiteral("active")).toString();
    if (const BasemapSource *s = out.named(active))
        out.active = s->name;
    else if (!active.isEmpty())
        say(QStringLiteral("basemap %1 is not among the usable sources; showing Natural Earth")
                .arg(active.left(200)));
    return out;
}

BasemapSource basemapSourceFromText(const QString &text, const QString &attribution)
{
    BasemapSource s;
    s.location = text.trimmed();
    s.attribution = attribution.trimmed();
    const QString lower = s.location.toLower();
    if (lower.contains(QLatin1String("://"))) {
        if (lower.contains(QLatin1String("{z}")))
            s.kind = BasemapSource::Kind::Xyz;
        else if (lower.contains(QLatin1String("wmts")) || lower.contains(QLatin1String("getcapabilities")))
            s.kind = BasemapSource::Kind::Wmts;
        else
            s.kind = BasemapSource::Kind::Wms;
        s.name =
            QUrl(QString(s.location).replace(u'{', QLatin1String("%7B")).replace(u'}', QLatin1String("%7D")))
                .host();
    } else {
        s.kind = BasemapSource::Kind::File;
        s.name = QFileInfo(s.location).fileName();
    }
    if (s.name.isEmpty()) s.name = s.location.left(200);
    return s;
}

BasemapSources Project::basemapSources(QStringList *problems) const
{
    return basemapSourcesFromJson(metaValue(*m_db, kMetaKey).toUtf8(), problems);
}

void Project::saveBasemapSources(const BasemapSources &sources)
{
    requireWritable();
    QStringList problems;
    QSet<QString> names;
    for (const BasemapSource &s : sources.sources) {
        if (const QString why = basemapSourceProblem(s); !why.isEmpty())
            problems << why;
        else if (names.contains(s.name.toLower()))
            problems << QStringLiteral("%1: listed twice").arg(s.name);
        names.insert(s.name.toLower());
    }
    if (!sources.active.isEmpty() && !sources.named(sources.active))
        problems << QStringLiteral("%1: no such basemap source").arg(sources.active);
    if (!problems.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("cannot save the basemap sources: ") +
                             problems.join(QStringLiteral("; ")));
    sql::Transaction tx(*m_db);
    setMetaValue(*m_db, kMetaKey, QString::fromUtf8(basemapSourcesToJson(sources)));
    // Filed under the project's UUID, like the layer state; the revision counts the changes.
    RecordMeta meta;
    meta.id = projectId();
    meta.modifiedUtc = nowUtc();
    {
        auto n = m_db->prepare(
            QStringLiteral("SELECT count(*) FROM change_log WHERE record_uuid = ? AND record_type = ?"));
        n.bind(1, uuidText(meta.id)).bind(2, kLogKey);
        meta.revision = n.next() ? static_cast<int>(n.int64(0)) + 1 : 1;
    }
    appendChangeLog(ChangeLogEntry::Action::Update, kLogKey, meta,
                    QStringLiteral("%1 basemap sources, showing %2")
                        .arg(sources.sources.size())
                        .arg(sources.active.isEmpty() ? QStringLiteral("Natural Earth") : sources.active));
    tx.commit();
}

} // namespace sightline
