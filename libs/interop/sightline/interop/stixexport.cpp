#include "sightline/interop/stixexport.h"

#include "sightline/core/englishwords.h"
#include "sightline/core/judgment.h"
#include "sightline/interop/stixcommon.h"
#include "sightline/present/sitewords.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sightline {
namespace {

using namespace stix;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject quantityJson(const Quantity &q)
{
    QJsonObject o;
    if (q.value) o.insert(key("value"), *q.value);
    if (q.min) o.insert(key("min"), *q.min);
    if (q.max) o.insert(key("max"), *q.max);
    if (q.approximate) o.insert(key("approximate"), true);
    if (!q.unit.isEmpty()) o.insert(key("unit"), q.unit);
    if (!q.objectKind.isEmpty()) o.insert(key("object_kind"), q.objectKind);
    if (q.measure != Measure::Unstated) o.insert(key("measure"), toKey(q.measure));
    return o;
}

void putText(QJsonObject &o, const char *name, const QString &text)
{
    if (!text.isEmpty()) o.insert(key(name), text);
}

void putList(QJsonObject &o, const char *name, const QStringList &items)
{
    if (!items.isEmpty()) o.insert(key(name), QJsonArray::fromStringList(items));
}

class BundleWriter
{
public:
    explicit BundleWriter(const ExportSet &set) : m_set(set) {}
    // The bundle as compact JSON, and how many objects it holds.
    QByteArray run(int *objectCount);

private:
    QJsonObject sdo(const QString &type, const QString &id, const RecordMeta &meta);
    QString creator(const QString &author, const QDateTime &when);
    QString identity(const QString &name, const QString &identityClass, const QDateTime &when);
    QStringList refs(const QList<QUuid> &ids) const; // STIX ids of the records exported
    QString ref(const QUuid &id) const { return m_stixIds.value(id); }
    // Each object is written as it is made: a bundle of 100,000 records never exists as one JSON
    // value in memory, only as the bytes of its objects.
    void add(const QJsonObject &o) { m_objects.append(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

    void sites();
    void sources();
    void claims();
    void events();
    void judgments();
    void observations();
    void links();

    const ExportSet &m_set;
    QByteArrayList m_objects;
    QHash<QUuid, QString> m_stixIds; // record -> STIX id of the object that carries it
    QHash<QString, QJsonObject> m_identities;
    QHash<QString, QDateTime> m_identitySince; // the first record that names each identity
    QStringList m_identityOrder;
    QHash<QString, QString> m_analysts; // author -> identity id
    QString m_projectIdentity;
    QString m_marking;
};

QString BundleWriter::identity(const QString &name, const QString &identityClass, const QDateTime &when)
{
    const QString id = idForName(QStringLiteral("identity"), identityClass + u':' + name);
    auto it = m_identities.find(id);
    if (it == m_identities.end()) {
        QJsonObject o{{key("type"), key("identity")},
                      {key("spec_version"), key("2.1")},
                      {key("id"), id},
                      {key("name"), name},
                      {key("identity_class"), identityClass},
                      {key("created"), timestamp(when)},
                      {key("modified"), timestamp(when)}};
        if (!m_marking.isEmpty()) o.insert(key("object_marking_refs"), QJsonArray{m_marking});
        it = m_identities.insert(id, o);
        m_identitySince.insert(id, when);
        m_identityOrder << id;
    } else if (when.isValid() && when < m_identitySince.value(id)) {
        // The first record that names it dates it: the same project, the same identity.
        it->insert(key("created"), timestamp(when));
        it->insert(key("modified"), timestamp(when));
        m_identitySince.insert(id, when);
    }
    return id;
}

QString BundleWriter::creator(const QString &author, const QDateTime &when)
{
    if (author.isEmpty()) return m_projectIdentity;
    // One analyst makes thousands of records: the identity is found by name, not hashed again.
    const auto known = m_analysts.constFind(author);
    if (known != m_analysts.cend() && when.isValid() && when >= m_identitySince.value(*known)) return *known;
    const QString id = identity(author, key("individual"), when);
    m_analysts.insert(author, id);
    return id;
}

QJsonObject BundleWriter::sdo(const QString &type, const QString &id, const RecordMeta &meta)
{
    QJsonObject o{
        {key("type"), type},
        {key("spec_version"), key("2.1")},
        {key("id"), id},
        {key("created"), timestamp(meta.createdUtc)},
        {key("modified"), timestamp(meta.modifiedUtc.isValid() ? meta.modifiedUtc : meta.createdUtc)},
        {key("created_by_ref"), creator(meta.author, meta.createdUtc)},
        {key("x_sightline_id"), meta.id.toString(QUuid::WithoutBraces)}};
    if (!m_marking.isEmpty()) o.insert(key("object_marking_refs"), QJsonArray{m_marking});
    return o;
}

QStringList BundleWriter::refs(const QList<QUuid> &ids) const
{
    QStringList out;
    for (const QUuid &id : ids)
        if (const QString r = ref(id); !r.isEmpty() && !out.contains(r)) out << r;
    return out;
}

void BundleWriter::sites()
{
    for (const Site &s : m_set.sites) {
        const QString id = idFor(key("location"), s.meta.id);
        QJsonObject o = sdo(key("location"), id, s.meta);
        o.insert(key("name"), s.name);
        o.insert(key("latitude"), s.location.lat);
        o.insert(key("longitude"), s.location.lon);
        if (const auto reach = present::areaReachMeters(s)) {
            // The farthest corner of the area of interest from the point: how far off the site may be.
            o.insert(key("precision"), std::round(*reach));
            o.insert(key("x_sightline_aoi"), geometryJson(s.aoi));
        }
        putText(o, "country", s.country);
        putText(o, "description", s.notes);
        o.insert(key("x_sightline_kind"), toKey(s.kind));
        putList(o, "x_sightline_aliases", s.aliases);
        putText(o, "x_sightline_location_note", s.locationNote);
        m_stixIds.insert(s.meta.id, id);
        add(o);
    }
}

void BundleWriter::sources()
{
    // Reports name the objects they hold; those come later, so their ids are known first.
    for (const Source &s : m_set.sources)
        m_stixIds.insert(s.meta.id, idFor(key("report"), s.meta.id));
    for (const Claim &c : m_set.claims)
        m_stixIds.insert(c.meta.id, idFor(key("note"), c.meta.id));
    QHash<QUuid, QStringList> held; // source -> notes of its claims, in the claims' order
    for (const Claim &c : m_set.claims)
        held[c.sourceId] << ref(c.meta.id);
    for (const Source &s : m_set.sources) {
        QJsonObject o = sdo(key("report"), ref(s.meta.id), s.meta);
        if (!s.publisher.isEmpty())
            o.insert(key("created_by_ref"), identity(s.publisher, key("organization"), s.meta.createdUtc));
        o.insert(key("name"), !s.title.isEmpty()       ? s.title
                              : !s.publisher.isEmpty() ? s.publisher
                                                       : key("untitled source"));
        putText(o, "x_sightline_title", s.title);
        putText(o, "x_sightline_publisher", s.publisher);
        putText(o, "description", s.notes);
        o.insert(key("report_types"), QJsonArray{toKey(s.kind).replace(u'_', u'-')});
        o.insert(key("x_sightline_kind"), toKey(s.kind));
        o.insert(key("published"),
                 timestamp(s.published.isValid() ? s.published.startOfDay(Qt::UTC) : s.meta.createdUtc));
        if (s.published.isValid()) o.insert(key("x_sightline_published"), s.published.toString(Qt::ISODate));
        if (s.accessed.isValid()) o.insert(key("x_sightline_accessed"), s.accessed.toString(Qt::ISODate));
        putList(o, "x_sightline_authors", s.authors);
        if (!s.url.isEmpty())
            o.insert(key("external_references"),
                     QJsonArray{QJsonObject{
                         {key("source_name"), s.publisher.isEmpty() ? key("source") : s.publisher},
                         {key("url"), s.url}}});
        o.insert(key("x_sightline_grading_scheme"), m_set.scheme->key());
        o.insert(key("x_sightline_reliability"), toKey(s.reliability));
        o.insert(key("x_sightline_grade_words"),
                 QStringLiteral("%1: %2 (%3)")
                     .arg(toKey(s.reliability), m_set.scheme->label(s.reliability), m_set.scheme->name()));
        if (const auto c = confidence(*m_set.scheme, s.reliability)) o.insert(key("confidence"), *c);
        QStringList refs = held.value(s.meta.id);
        if (refs.isEmpty()) refs << o.value(key("created_by_ref")).toString();
        o.insert(key("object_refs"), QJsonArray::fromStringList(refs));
        add(o);
    }
}

void BundleWriter::claims()
{
    QHash<QUuid, const Source *> sources;
    for (const Source &s : m_set.sources)
        sources.insert(s.meta.id, &s);
    for (const Claim &c : m_set.claims) {
        QJsonObject o = sdo(key("note"), ref(c.meta.id), c.meta);
        o.insert(key("x_sightline_record"), key("claim"));
        o.insert(key("content"), c.quote);
        const Source *source = sources.value(c.sourceId);
        if (!c.quantity.isEmpty()) o.insert(key("abstract"), c.quantity.toDisplayString());
        if (source && !source->authors.isEmpty())
            o.insert(key("authors"), QJsonArray::fromStringList(source->authors));
        o.insert(key("object_refs"), QJsonArray::fromStringList(refs(QList<QUuid>{c.sourceId} + c.siteIds)));
        o.insert(key("x_sightline_source_ref"), ref(c.sourceId));
        if (const QString a = ref(c.attributedTo); !a.isEmpty())
            o.insert(key("x_sightline_attributed_to_ref"), a);
        putList(o, "x_sightline_site_refs", refs(c.siteIds));
        putText(o, "x_sightline_locator", c.locator);
        if (!c.location.isEmpty()) o.insert(key("x_sightline_location"), geometryJson(c.location));
        putText(o, "x_sightline_time", c.time.toText());
        if (!c.quantity.isEmpty()) o.insert(key("x_sightline_quantity"), quantityJson(c.quantity));
        o.insert(key("x_sightline_grading_scheme"), m_set.scheme->key());
        o.insert(key("x_sightline_credibility"), c.credibility.value());
        if (source) {
            o.insert(key("x_sightline_grade"), m_set.scheme->combined(source->reliability, c.credibility));
            o.insert(key("x_sightline_grade_words"),
                     QStringLiteral("%1: %2, %3 (%4)")
                         .arg(m_set.scheme->combined(source->reliability, c.credibility),
                              m_set.scheme->label(source->reliability), m_set.scheme->label(c.credibility),
                              m_set.scheme->name()));
        }
        if (const auto conf = confidence(*m_set.scheme, c.credibility)) o.insert(key("confidence"), *conf);
        o.insert(key("x_sightline_status"), toKey(c.status));
        putText(o, "x_sightline_notes", c.notes);
        add(o);
    }
}

void BundleWriter::events()
{
    for (const Event &e : m_set.events) {
        const QString id = idFor(key("note"), e.meta.id);
        m_stixIds.insert(e.meta.id, id);
        QJsonObject o = sdo(key("note"), id, e.meta);
        o.insert(key("x_sightline_record"), key("event"));
        o.insert(key("abstract"), e.title);
        o.insert(key("content"), e.notes.isEmpty() ? e.title : e.notes);
        o.insert(key("x_sightline_title"), e.title);
        putText(o, "x_sightline_notes", e.notes);
        putText(o, "x_sightline_time", e.time.toText());
        if (!e.location.isEmpty()) o.insert(key("x_sightline_location"), geometryJson(e.location));
        putText(o, "x_sightline_location_note", e.locationNote);
        putList(o, "x_sightline_site_refs", refs(e.siteIds));
        putList(o, "x_sightline_source_refs", refs(e.sourceIds));
        QStringList about = refs(e.siteIds + e.sourceIds);
        if (about.isEmpty()) about << m_projectIdentity;
        o.insert(key("object_refs"), QJsonArray::fromStringList(about));
        add(o);
    }
}

void BundleWriter::judgments()
{
    for (const Judgment &j : m_set.judgments)
        m_stixIds.insert(j.meta.id, idFor(key("opinion"), j.meta.id));
    for (const Judgment &j : m_set.judgments) {
        QJsonObject o = sdo(key("opinion"), ref(j.meta.id), j.meta);
        o.insert(key("explanation"), j.statement);
        o.insert(key("opinion"), opinionFor(j.likelihood));
        o.insert(key("confidence"), confidence(j.confidence));
        if (!j.author.isEmpty()) o.insert(key("authors"), QJsonArray{j.author});
        putText(o, "x_sightline_author", j.author);
        o.insert(key("x_sightline_likelihood"), toKey(j.likelihood));
        o.insert(key("x_sightline_confidence"), toKey(j.confidence));
        o.insert(key("x_sightline_grade_words"),
                 QStringLiteral("%1 (%2), %3")
                     .arg(toLabel(j.likelihood), percentText(j.likelihood), toLabel(j.confidence)));
        o.insert(key("x_sightline_status"), toKey(j.status));
        putText(o, "x_sightline_time", j.time.toText());
        putText(o, "x_sightline_notes", j.notes);
        putList(o, "x_sightline_site_refs", refs(j.siteIds));
        QList<QUuid> basis;
        for (const RecordRef &r : judgmentBasis(j.meta.id, m_set.links))
            basis << r.id;
        QStringList about = refs(basis + j.siteIds);
        if (about.isEmpty()) about << m_projectIdentity;
        o.insert(key("object_refs"), QJsonArray::fromStringList(about));
        add(o);
    }
}

void BundleWriter::observations()
{
    for (const Observation &ob : m_set.observations) {
        const QString site = ref(ob.siteId);
        if (site.isEmpty()) continue;
        const QString countId = idFor(key("x-sightline-count"), ob.meta.id);
        QJsonObject count{{key("type"), key("x-sightline-count")},
                          {key("spec_version"), key("2.1")},
                          {key("id"), countId},
                          {key("object_kind"), ob.objectKind},
                          {key("quantity"), quantityJson(ob.count)}};
        if (!m_marking.isEmpty()) count.insert(key("object_marking_refs"), QJsonArray{m_marking});
        add(count);

        const QDateTime first = ob.time.earliest().isValid() ? ob.time.earliest() : ob.meta.createdUtc;
        const QDateTime last = ob.time.latest().isValid() ? ob.time.latest() : first;
        const QString observedId = idFor(key("observed-data"), ob.meta.id);
        QJsonObject observed = sdo(key("observed-data"), observedId, ob.meta);
        observed.insert(key("first_observed"), timestamp(first));
        observed.insert(key("last_observed"), timestamp(std::max(first, last)));
        observed.insert(key("number_observed"), 1);
        observed.insert(key("object_refs"), QJsonArray{countId});
        add(observed);

        const QString id = idFor(key("sighting"), ob.meta.id);
        m_stixIds.insert(ob.meta.id, id);
        QJsonObject o = sdo(key("sighting"), id, ob.meta);
        o.insert(key("sighting_of_ref"), site);
        o.insert(key("where_sighted_refs"), QJsonArray{site});
        o.insert(key("observed_data_refs"), QJsonArray{observedId});
        if (const auto n = ob.count.representative())
            o.insert(key("count"), static_cast<qint64>(std::clamp(std::round(*n), 0.0, 999999999.0)));
        if (ob.time.earliest().isValid()) o.insert(key("first_seen"), timestamp(ob.time.earliest()));
        if (ob.time.latest().isValid()) o.insert(key("last_seen"), timestamp(ob.time.latest()));
        o.insert(key("description"),
                 ob.count.toDisplayString() + QStringLiteral(" (") + ob.objectKind + u')');
        o.insert(key("x_sightline_site_ref"), site);
        o.insert(key("x_sightline_object_kind"), ob.objectKind);
        o.insert(key("x_sightline_quantity"), quantityJson(ob.count));
        putText(o, "x_sightline_time", ob.time.toText());
        putText(o, "x_sightline_claim_ref", ref(ob.claimId));
        putText(o, "x_sightline_notes", ob.notes);
        add(o);
    }
}

void BundleWriter::links()
{
    for (const Link &l : m_set.links) {
        const QString from = ref(l.from.id), to = ref(l.to.id);
        if (from.isEmpty() || to.isEmpty()) continue;
        QJsonObject o = sdo(key("relationship"), idFor(key("relationship"), l.meta.id), l.meta);
        o.insert(key("relationship_type"), relationshipType(l.relation));
        o.insert(key("source_ref"), from);
        o.insert(key("target_ref"), to);
        putText(o, "description", l.note);
        add(o);
    }
}

QByteArray BundleWriter::run(int *objectCount)
{
    if (m_set.marking) m_marking = markingId(*m_set.marking);
    QDateTime first;
    auto earliest = [&](const auto &records) {
        for (const auto &r : records)
            if (r.meta.createdUtc.isValid() && (!first.isValid() || r.meta.createdUtc < first))
                first = r.meta.createdUtc;
    };
    earliest(m_set.sites);
    earliest(m_set.sources);
    earliest(m_set.claims);
    if (!first.isValid()) first = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    m_projectIdentity =
        identity(m_set.title.isEmpty() ? key("Sightline project") : m_set.title, key("organization"), first);

    sites();
    sources();
    claims();
    events();
    judgments();
    observations();
    links();

    // The marking and the identities come first, though the identities are known only now. The
    // keys in the order QJsonDocument writes them (sorted), so that the bytes are the same.
    QByteArrayList head;
    if (m_set.marking) head << QJsonDocument(markingDefinition(*m_set.marking)).toJson(QJsonDocument::Compact);
    for (const QString &id : std::as_const(m_identityOrder))
        head << QJsonDocument(m_identities.value(id)).toJson(QJsonDocument::Compact);
    qsizetype size = 64;
    for (const QByteArrayList *list : {&head, &m_objects})
        for (const QByteArray &o : *list)
            size += o.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += QByteArrayLiteral("{\"id\":") +
           QJsonDocument(QJsonArray{idFor(key("bundle"), m_set.projectId)}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
           QByteArrayLiteral(",\"objects\":[");
    bool firstObject = true;
    for (const QByteArrayList *list : {&head, &m_objects})
        for (const QByteArray &o : *list) {
            if (!firstObject) out += ',';
            out += o;
            firstObject = false;
        }
    out += QByteArrayLiteral("],\"type\":\"bundle\"}");
    if (objectCount) *objectCount = static_cast<int>(head.size() + m_objects.size());
    m_objects.clear();
    return out;
}

} // namespace

QJsonObject stixBundle(const ExportSet &set)
{
    return QJsonDocument::fromJson(BundleWriter(set).run(nullptr)).object();
}

bool exportStix(const ExportSet &set, const QString &file, int *objectCount, QString *error)
{
    const EnglishWords english; // the same bundle whatever language the window speaks
    int objects = 0;
    const QByteArray bundle = BundleWriter(set).run(&objects); // compact: a third smaller, and faster
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = file + QStringLiteral(": cannot be written: ") + out.errorString();
        return false;
    }
    out.write(bundle);

    if (!out.commit()) {
        *error = file + QStringLiteral(": cannot be written: ") + out.errorString();
        return false;
    }
    if (objectCount) *objectCount = objects;
    return true;
}

} // namespace sightline
