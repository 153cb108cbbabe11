#include "sightline/interop/stiximport.h"

#include "sightline/interop/importerror.h"
#include "sightline/interop/stixcommon.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <QScopeGuard>

#include <atomic>
#include <cmath>
#include <exception>
#include <future>
#include <optional>
#include <variant>
#include <vector>

namespace sightline {
namespace {

using namespace stix;

// A property name, looked up without making a QString of it.
QLatin1StringView key(const char *name)
{
    return QLatin1StringView(name);
}

// Objects STIX 2.1 defines that need no spec_version (cyber observables may omit it).
bool isObservable(const QJsonObject &o)
{
    static const QSet<QString> domain{QStringLiteral("attack-pattern"),
                                      QStringLiteral("campaign"),
                                      QStringLiteral("course-of-action"),
                                      QStringLiteral("grouping"),
                                      QStringLiteral("identity"),
                                      QStringLiteral("incident"),
                                      QStringLiteral("indicator"),
                                      QStringLiteral("infrastructure"),
                                      QStringLiteral("intrusion-set"),
                                      QStringLiteral("location"),
                                      QStringLiteral("malware"),
                                      QStringLiteral("malware-analysis"),
                                      QStringLiteral("note"),
                                      QStringLiteral("observed-data"),
                                      QStringLiteral("opinion"),
                                      QStringLiteral("report"),
                                      QStringLiteral("threat-actor"),
                                      QStringLiteral("tool"),
                                      QStringLiteral("vulnerability"),
                                      QStringLiteral("relationship"),
                                      QStringLiteral("sighting"),
                                      QStringLiteral("marking-definition"),
                                      QStringLiteral("language-content"),
                                      QStringLiteral("extension-definition")};
    return !domain.contains(o.value(key("type")).toString()) && !o.contains(key("created"));
}

// One object of the bundle, with the id and type that every pass asks for read once.
struct StixObject
{
    QJsonObject json;
    QString id;
    QString type;
};

class StixReader
{
public:
    StixReader(Project &project, const QString &file, const ExchangeImportOptions &options)
        : m_project(project), m_file(file), m_options(options)
    {
    }
    ExchangeImportReport run();

private:
    [[noreturn]] void fail(const QString &problem) const { throw ImportError(m_file, problem); }
    void check(const QJsonValue &v, const QString &objectId, int depth);
    void checkRefs(const QJsonObject &o, const QString &objectId);
    QUuid recordId(const QJsonObject &o) const;
    // Whether the STIX id's record is in m_records already (a note's, by the thread that made it).
    enum class Recorded
    {
        No,
        Already
    };
    template <typename T>
    bool store(T &record, RecordType type, const StixObject &from, Recorded recorded = Recorded::No);
    // A note as the record it becomes; needsBundleSource when its source is the bundle's own
    // (bundleSource() makes it, on the thread that stores).
    struct MappedNote
    {
        std::variant<Claim, Event> record;
        bool needsBundleSource = false;
        std::exception_ptr failure;
    };
    MappedNote mapNote(const StixObject &e);
    QString text(const QJsonObject &o, const char *name) const { return o.value(key(name)).toString(); }
    QStringList strings(const QJsonObject &o, const char *name) const;
    TimeSpan time(const QJsonObject &o, const char *first, const char *last) const;
    Quantity quantity(const QJsonValue &v) const;
    QUuid mapped(const QString &stixId) const { return m_records.value(stixId); }
    QList<QUuid> sitesOf(const QJsonObject &o) const;
    QUuid bundleSource(); // a source standing for the bundle itself, made when first needed
    QUuid bundleSourceId() const { return uuidOf(m_bundleId); }
    void keep(const QJsonObject &o);
    void readObjects(const QJsonObject &root);
    void storeAll(std::optional<Project::Batch> &batch);

    void sites();
    void sources();
    void notes();
    void opinions();
    void sightings();
    void relationships();

    Project &m_project;
    QString m_file;
    ExchangeImportOptions m_options;
    QList<StixObject> m_objects;
    QHash<QString, QJsonObject> m_byId;
    QHash<QString, QUuid> m_records;            // STIX id -> record it became (new or already there)
    QHash<QString, QString> m_containingReport; // object -> first report that lists it
    QSet<QString> m_consumed;
    QHash<RecordType, bool> m_emptyBefore;
    QString m_bundleId;
    QUuid m_documentSource;
    QStringList m_kept;
    const GradingScheme *m_scheme = nullptr;
    ExchangeImportReport m_report;
};

void StixReader::check(const QJsonValue &v, const QString &objectId, int depth)
{
    if (depth > kStixMaxDepth)
        fail(QStringLiteral("object %1 is nested more than %2 levels deep").arg(objectId).arg(kStixMaxDepth));
    if (v.isString()) {
        if (v.toString().size() > kStixMaxText)
            fail(QStringLiteral("object %1 holds a text of %2 characters (at most %3 are read)")
                     .arg(objectId)
                     .arg(v.toString().size())
                     .arg(kStixMaxText));
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            check(item, objectId, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().size() > 250)
                fail(QStringLiteral("object %1 has a property name of %2 characters")
                         .arg(objectId)
                         .arg(it.key().size()));
            check(it.value(), objectId, depth + 1);
        }
    }
}

void StixReader::checkRefs(const QJsonObject &o, const QString &objectId)
{
    auto known = [&](const QString &ref) { return m_byId.contains(ref) || isStandardMarkingId(ref); };
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &name = it.key();
        if (name.endsWith(QLatin1String("_ref"))) {
            if (!it->isString() || !known(it->toString()))
                fail(QStringLiteral("object %1: %2 refers to \"%3\", which the bundle does not hold")
                         .arg(objectId, name, it->toVariant().toString().left(100)));
        } else if (name.endsWith(QLatin1String("_refs"))) {
            if (!it->isArray())
                fail(QStringLiteral("object %1: %2 must be a list of ids").arg(objectId, name));
            for (const QJsonValue &r : it->toArray())
                if (!r.isString() || !known(r.toString()))
                    fail(QStringLiteral("object %1: %2 refers to \"%3\", which the bundle does not hold")
                             .arg(objectId, name, r.toVariant().toString().left(100)));
        } else if (name == QLatin1String("granular_markings") && it->isArray()) {
            for (const QJsonValue &g : it->toArray())
                checkRefs(g.toObject(), objectId);
        }
    }
}

QUuid StixReader::recordId(const QJsonObject &o) const
{
    // Sightline's own bundles carry the record's UUID; other tools' objects are named by theirs.
    const QUuid own = QUuid::fromString(text(o, "x_sightline_id"));
    return own.isNull() ? uuidOf(text(o, "id")) : own;
}

QStringList StixReader::strings(const QJsonObject &o, const char *name) const
{
    QStringList out;
    for (const QJsonValue &v : o.value(key(name)).toArray())
        if (v.isString()) out << v.toString();
    return out;
}

TimeSpan StixReader::time(const QJsonObject &o, const char *first, const char *last) const
{
    if (const QString own = text(o, "x_sightline_time"); !own.isEmpty()) {
        QString why;
        if (const auto t = TimeSpan::parse(own, &why)) return *t;
        fail(QStringLiteral("object %1: x_sightline_time: %2").arg(text(o, "id"), why));
    }
    const QDateTime a = parseTimestamp(text(o, first));
    const QDateTime b = parseTimestamp(text(o, last));
    auto instant = [](const QDateTime &t) { return TimeSpan::instant(t, TimeSpan::Precision::Second); };
    if (a.isValid() && b.isValid() && a != b) return TimeSpan::range(instant(a), instant(std::max(a, b)));
    if (a.isValid()) return instant(a);
    if (b.isValid()) return instant(b);
    return {};
}

Quantity StixReader::quantity(const QJsonValue &v) const
{
    const QJsonObject q = v.toObject();
    Quantity out;
    auto number = [&](const char *name) -> std::optional<double> {
        const QJsonValue n = q.value(key(name));
        return n.isDouble() && std::isfinite(n.toDouble()) ? std::optional(n.toDouble()) : std::nullopt;
    };
    out.value = number("value");
    out.min = number("min");
    out.max = number("max");
    out.approximate = q.value(key("approximate")).toBool();
    out.unit = q.value(key("unit")).toString();
    out.objectKind = q.value(key("object_kind")).toString();
    // An unknown measure from another tool is left unstated rather than guessed.
    out.measure = fromKey<Measure>(q.value(key("measure")).toString()).value_or(Measure::Unstated);
    return out;
}

QList<QUuid> StixReader::sitesOf(const QJsonObject &o) const
{
    QStringList refs = strings(o, "x_sightline_site_refs");
    if (refs.isEmpty()) refs = strings(o, "object_refs");
    QList<QUuid> out;
    for (const QString &r : refs)
        if (typeOf(r) == QLatin1String("location") && !mapped(r).isNull() && !out.contains(mapped(r)))
            out << mapped(r);
    return out;
}

template <typename T>
bool StixReader::store(T &record, RecordType type, const StixObject &from, Recorded recorded)
{
    if (recorded == Recorded::No) m_records.insert(from.id, record.meta.id);
    m_consumed.insert(from.id);
    // A table empty before the import holds only what this import added, and ids are unique in it.
    if (!m_emptyBefore.value(type) && m_project.exists(type, record.meta.id)) {
        ++m_report.alreadyPresent;
        return false;
    }
    try {
        m_project.save(record);
    } catch (const StoreError &e) {
        fail(QStringLiteral("object %1 cannot be stored: %2").arg(from.id, e.problem()));
    }
    ++m_report.imported[type];
    m_report.added << RecordRef{type, record.meta.id};
    return true;
}

QUuid StixReader::bundleSource()
{
    if (m_documentSource.isNull()) {
        Source s;
        s.meta.id = bundleSourceId();
        s.title = QStringLiteral("STIX bundle %1").arg(QFileInfo(m_file).fileName());
        s.publisher = QStringLiteral("STIX 2.1 bundle");
        s.kind = SourceKind::Other;
        s.reliability = m_scheme->unjudged();
        s.notes = QStringLiteral("Imported from %1 (%2).").arg(QFileInfo(m_file).fileName(), m_bundleId);
        m_documentSource = s.meta.id;
        if (!m_project.exists(RecordType::Source, s.meta.id)) {
            m_project.save(s);
            ++m_report.imported[RecordType::Source];
            m_report.added << RecordRef{RecordType::Source, s.meta.id};
        }
    }
    return m_documentSource;
}

void StixReader::keep(const QJsonObject &o)
{
    QString line = text(o, "type") + u' ' + text(o, "id");
    for (const char *name : {"name", "description", "content", "pattern", "value"})
        if (o.value(key(name)).isString())
            line += QStringLiteral("; ") + QString::fromLatin1(name) + QStringLiteral(": ") +
                    text(o, name).left(500);
    m_kept << line;
}

void StixReader::sites()
{
    for (const StixObject &e : std::as_const(m_objects)) {
        if (e.type != QLatin1String("location")) continue;
        const QJsonObject &o = e.json;
        if (!o.value(key("latitude")).isDouble() || !o.value(key("longitude")).isDouble())
            continue; // a region or a country is no site: kept as text
        Site s;
        s.meta.id = recordId(o);
        s.name = text(o, "name");
        if (s.name.isEmpty()) s.name = QStringLiteral("Location %1").arg(text(o, "id").mid(10, 8));
        s.location = {o.value(key("longitude")).toDouble(), o.value(key("latitude")).toDouble()};
        s.country = text(o, "country").left(2).toUpper();
        s.notes = text(o, "description");
        s.kind = fromKey<SiteKind>(text(o, "x_sightline_kind")).value_or(SiteKind::Other);
        s.aliases = strings(o, "x_sightline_aliases");
        s.locationNote = text(o, "x_sightline_location_note");
        if (o.contains(key("x_sightline_aoi")))
            s.aoi = geometryFromJson(o.value(key("x_sightline_aoi"))).value_or(Geometry());
        else if (o.value(key("precision")).isDouble())
            s.locationNote = QStringLiteral("within %1 m").arg(o.value(key("precision")).toDouble());
        store(s, RecordType::Site, e);
    }
}

void StixReader::sources()
{
    for (const StixObject &e : std::as_const(m_objects)) {
        if (e.type != QLatin1String("report")) continue;
        const QJsonObject &o = e.json;
        Source s;
        s.meta.id = recordId(o);
        const bool own = o.contains(key("x_sightline_kind"));
        s.title = own ? text(o, "x_sightline_title") : text(o, "name");
        s.publisher = own ? text(o, "x_sightline_publisher")
                          : m_byId.value(text(o, "created_by_ref")).value(key("name")).toString();
        s.authors = strings(o, "x_sightline_authors");
        s.notes = text(o, "description");
        s.kind = fromKey<SourceKind>(text(o, "x_sightline_kind")).value_or(SourceKind::Report);
        const QString published = text(o, "x_sightline_published");
        s.published =
            own ? QDate::fromString(published, Qt::ISODate) : parseTimestamp(text(o, "published")).date();
        s.accessed = QDate::fromString(text(o, "x_sightline_accessed"), Qt::ISODate);
        for (const QJsonValue &r : o.value(key("external_references")).toArray())
            if (s.url.isEmpty() && r.toObject().value(key("url")).isString())
                s.url = r.toObject().value(key("url")).toString();
        s.reliability = m_scheme->unjudged();
        if (const auto r = reliabilityFromKey(text(o, "x_sightline_reliability"))) {
            if (m_scheme->allows(*r))
                s.reliability = *r;
            else
                m_report.warnings
                    << QStringLiteral(
                           "report %1: reliability %2 is not in the project's %3 scheme; left unjudged")
                           .arg(text(o, "id"), toKey(*r), m_scheme->name());
        }
        store(s, RecordType::Source, e);
        for (const QString &ref : strings(o, "object_refs"))
            if (!m_containingReport.contains(ref)) m_containingReport.insert(ref, e.id);
    }
}

StixReader::MappedNote StixReader::mapNote(const StixObject &e)
{
    const QJsonObject &o = e.json;
    MappedNote out;
    {
        if (text(o, "x_sightline_record") == QLatin1String("event")) {
            Event ev;
            ev.meta.id = recordId(o);
            ev.title = text(o, "x_sightline_title");
            ev.notes = text(o, "x_sightline_notes");
            ev.time = time(o, "", "");
            ev.location = geometryFromJson(o.value(key("x_sightline_location"))).value_or(Geometry());
            ev.locationNote = text(o, "x_sightline_location_note");
            ev.siteIds = sitesOf(o);
            for (const QString &r : strings(o, "x_sightline_source_refs"))
                if (!mapped(r).isNull()) ev.sourceIds << mapped(r);
            out.record = std::move(ev);
            return out;
        }
        Claim c;
        c.meta.id = recordId(o);
        c.quote = text(o, "content");
        // The claim's source: the one named with --source, else its own, a report it names or a
        // report that lists it, else a source made for the bundle.
        QString report = text(o, "x_sightline_source_ref");
        if (report.isEmpty())
            for (const QString &r : strings(o, "object_refs"))
                if (typeOf(r) == QLatin1String("report")) {
                    report = r;
                    break;
                }
        if (report.isEmpty()) report = m_containingReport.value(e.id);
        c.sourceId = !m_options.sourceId.isNull() ? m_options.sourceId : mapped(report);
        if (c.sourceId.isNull()) {
            c.sourceId = bundleSourceId();
            out.needsBundleSource = true;
        }
        c.attributedTo = mapped(text(o, "x_sightline_attributed_to_ref"));
        c.locator = text(o, "x_sightline_locator");
        c.siteIds = sitesOf(o);
        c.location = geometryFromJson(o.value(key("x_sightline_location"))).value_or(Geometry());
        c.time = time(o, "", "");
        c.quantity = quantity(o.value(key("x_sightline_quantity")));
        c.credibility = m_scheme->credibilityUnjudged();
        if (const auto v = Credibility::fromInt(o.value(key("x_sightline_credibility")).toInt(-1));
            v && m_scheme->allows(*v))
            c.credibility = *v;
        else if (o.value(key("confidence")).isDouble())
            c.credibility = credibilityFor(*m_scheme, o.value(key("confidence")).toInt());
        c.status = fromKey<ClaimStatus>(text(o, "x_sightline_status")).value_or(ClaimStatus::Unreviewed);
        c.notes = text(o, "x_sightline_notes");
        if (c.notes.isEmpty() && o.value(key("abstract")).isString() &&
            !o.contains(key("x_sightline_record")))
            c.notes = text(o, "abstract");
        out.record = std::move(c);
    }
    return out;
}

void StixReader::notes()
{
    // Notes are most of a bundle. A second thread makes each note's record (and notes the STIX id
    // it maps to, so a later note sees the earlier ones as it would one after the other) while
    // this one stores the records made before it, in the bundle's order.
    QList<const StixObject *> notes;
    for (const StixObject &e : std::as_const(m_objects))
        if (e.type == QLatin1String("note")) notes << &e;
    std::vector<MappedNote> made(static_cast<std::size_t>(notes.size()));
    std::atomic<qsizetype> ready{0};
    std::atomic<bool> stop{false};
    auto making = std::async(std::launch::async, [&] {
        for (qsizetype i = 0; i < notes.size() && !stop.load(); ++i) {
            MappedNote &m = made[static_cast<std::size_t>(i)];
            try {
                m = mapNote(*notes[i]);
                m_records.insert(notes[i]->id, std::visit([](const auto &r) { return r.meta.id; }, m.record));
            } catch (...) {
                m.failure = std::current_exception();
                stop = true;
            }
            ready.store(i + 1, std::memory_order_release);
            ready.notify_one();
        }
    });
    // However this loop ends, the second thread stops before anything it reads goes away.
    const auto stopMaking = qScopeGuard([&] {
        stop = true;
        making.wait();
    });
    for (qsizetype i = 0; i < notes.size(); ++i) {
        for (qsizetype seen = ready.load(std::memory_order_acquire); seen <= i;
             seen = ready.load(std::memory_order_acquire))
            ready.wait(seen, std::memory_order_acquire);
        MappedNote &m = made[static_cast<std::size_t>(i)];
        if (m.failure) std::rethrow_exception(m.failure);
        if (m.needsBundleSource) bundleSource();
        if (auto *event = std::get_if<Event>(&m.record))
            store(*event, RecordType::Event, *notes[i], Recorded::Already);
        else
            store(std::get<Claim>(m.record), RecordType::Claim, *notes[i], Recorded::Already);
        m = MappedNote();
    }
}

void StixReader::opinions()
{
    for (const StixObject &e : std::as_const(m_objects)) {
        if (e.type != QLatin1String("opinion")) continue;
        const QJsonObject &o = e.json;
        Judgment j;
        j.meta.id = recordId(o);
        j.statement = text(o, "explanation");
        if (j.statement.isEmpty())
            j.statement = QStringLiteral("Opinion \"%1\" on %2")
                              .arg(text(o, "opinion"), strings(o, "object_refs").join(QStringLiteral(", ")));
        j.likelihood =
            fromKey<Likelihood>(text(o, "x_sightline_likelihood"))
                .value_or(likelihoodForOpinion(text(o, "opinion")).value_or(Likelihood::RoughlyEven));
        j.confidence = fromKey<Confidence>(text(o, "x_sightline_confidence"))
                           .value_or(judgmentConfidenceFor(o.value(key("confidence")).toInt(50)));
        j.author = o.contains(key("x_sightline_id")) ? text(o, "x_sightline_author")
                                                     : strings(o, "authors").value(0);
        if (j.author.isEmpty())
            j.author = m_byId.value(text(o, "created_by_ref")).value(key("name")).toString();
        if (j.author.isEmpty()) j.author = QStringLiteral("unnamed analyst");
        j.status = fromKey<JudgmentStatus>(text(o, "x_sightline_status")).value_or(JudgmentStatus::Draft);
        j.time = time(o, "", "");
        j.notes = text(o, "x_sightline_notes");
        j.siteIds = sitesOf(o);
        store(j, RecordType::Judgment, e);
    }
}

void StixReader::sightings()
{
    for (const StixObject &e : std::as_const(m_objects)) {
        if (e.type != QLatin1String("sighting")) continue;
        const QJsonObject &o = e.json;
        QUuid site = mapped(text(o, "x_sightline_site_ref"));
        if (site.isNull() && typeOf(text(o, "sighting_of_ref")) == QLatin1String("location"))
            site = mapped(text(o, "sighting_of_ref"));
        for (const QString &r : strings(o, "where_sighted_refs"))
            if (site.isNull() && typeOf(r) == QLatin1String("location")) site = mapped(r);
        if (site.isNull()) continue; // a sighting of an indicator, say: kept as text
        Observation ob;
        ob.meta.id = recordId(o);
        ob.siteId = site;
        ob.objectKind = text(o, "x_sightline_object_kind");
        ob.count = quantity(o.value(key("x_sightline_quantity")));
        for (const QString &od : strings(o, "observed_data_refs")) {
            m_consumed.insert(od);
            for (const QString &sco : strings(m_byId.value(od), "object_refs")) {
                const QJsonObject count = m_byId.value(sco);
                if (text(count, "type") != QLatin1String("x-sightline-count")) continue;
                m_consumed.insert(sco);
                if (ob.objectKind.isEmpty()) ob.objectKind = text(count, "object_kind");
                if (ob.count.isEmpty()) ob.count = quantity(count.value(key("quantity")));
            }
        }
        if (ob.count.isEmpty() && o.value(key("count")).isDouble())
            ob.count.value = o.value(key("count")).toDouble();
        if (ob.objectKind.isEmpty()) ob.objectKind = QStringLiteral("object");
        if (ob.count.isEmpty()) continue;
        ob.time = time(o, "first_seen", "last_seen");
        ob.claimId = mapped(text(o, "x_sightline_claim_ref"));
        ob.notes = text(o, "x_sightline_notes");
        if (!o.contains(key("x_sightline_id"))) ob.notes = text(o, "description");
        store(ob, RecordType::Observation, e);
    }
}

void StixReader::relationships()
{
    static const QHash<QString, RecordType> types{{QStringLiteral("location"), RecordType::Site},
                                                  {QStringLiteral("report"), RecordType::Source},
                                                  {QStringLiteral("opinion"), RecordType::Judgment},
                                                  {QStringLiteral("sighting"), RecordType::Observation}};
    auto refOf = [&](const QString &stixId) -> std::optional<RecordRef> {
        const QUuid id = mapped(stixId);
        if (id.isNull()) return std::nullopt;
        RecordType t = types.value(typeOf(stixId), RecordType::Claim);
        if (typeOf(stixId) == QLatin1String("note"))
            t = text(m_byId.value(stixId), "x_sightline_record") == QLatin1String("event")
                    ? RecordType::Event
                    : RecordType::Claim;
        return RecordRef{t, id};
    };
    for (const StixObject &e : std::as_const(m_objects)) {
        if (e.type != QLatin1String("relationship")) continue;
        const QJsonObject &o = e.json;
        const auto relation = relationFor(text(o, "relationship_type"));
        const auto from = refOf(text(o, "source_ref"));
        const auto to = refOf(text(o, "target_ref"));
        if (!relation || !from || !to) continue;
        Link l;
        l.meta.id = recordId(o);
        l.from = *from;
        l.to = *to;
        l.relation = *relation;
        l.note = text(o, "description");
        store(l, RecordType::Link, e);
    }
}

ExchangeImportReport StixReader::run()
{
    m_report.format = QStringLiteral("STIX 2.1");
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly)) fail(QStringLiteral("cannot be read: ") + f.errorString());
    if (f.size() > kStixMaxBytes)
        fail(QStringLiteral("is %1 MiB; bundles of at most %2 MiB are read")
                 .arg(f.size() >> 20)
                 .arg(kStixMaxBytes >> 20));
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        fail(QStringLiteral("is not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
    QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(key("type")).toString() != QLatin1String("bundle"))
        fail(QStringLiteral("is not a STIX bundle (expected a JSON object with \"type\": \"bundle\")"));
    m_bundleId = root.value(key("id")).toString();
    if (typeOf(m_bundleId) != QLatin1String("bundle"))
        fail(QStringLiteral("the bundle's id \"%1\" is not a STIX id (bundle--UUID)")
                 .arg(m_bundleId.left(100)));
    if (root.contains(key("spec_version")))
        fail(QStringLiteral("is a STIX %1 bundle; this reads STIX 2.1")
                 .arg(root.value(key("spec_version")).toVariant().toString().left(20)));
    if (!root.value(key("objects")).isArray()) fail(QStringLiteral("the bundle has no \"objects\" list"));
    try {
        readObjects(root);
    } catch (const ImportError &) {
        check(root, m_bundleId, 0); // what the bundle holds is checked first, as the checks below are
        throw;
    }

    // The checks of the whole bundle (lengths, depth, references) read the parsed bundle only: they
    // run on a second thread while the records are stored, and a failed check is what the import
    // reports, rolling the one transaction back, whatever the storing met meanwhile. The markings
    // the bundle names are read there too.
    auto checked = std::async(std::launch::async, [this, &root] {
        check(root, m_bundleId, 0);
        for (const StixObject &e : std::as_const(m_objects))
            checkRefs(e.json, e.id);
        QSet<QString> markings;
        for (const StixObject &e : std::as_const(m_objects))
            for (const QJsonValue &m : e.json.value(key("object_marking_refs")).toArray())
                if (const auto marking = markingForId(m.toString())) markings.insert(markingText(*marking));
        return markings;
    });
    std::optional<Project::Batch> batch;
    QSet<QString> markings;
    try {
        storeAll(batch);
        markings = checked.get();
    } catch (...) {
        if (checked.valid()) checked.get(); // a failed check wins
        throw;
    }
    if (!markings.isEmpty()) {
        const auto own = m_project.marking();
        QStringList list = markings.values();
        list.sort();
        m_report.warnings << QStringLiteral("the bundle is marked %1; the project is %2")
                                 .arg(list.join(QStringLiteral(", ")),
                                      own ? markingText(*own) : QStringLiteral("unmarked"));
    }
    // The parsed bundle is freed on another thread while the transaction commits.
    auto freed =
        std::async(std::launch::async,
                   [parsed = std::move(doc), objects = std::move(root), list = std::move(m_objects),
                    byId = std::move(m_byId), records = std::move(m_records),
                    reports = std::move(m_containingReport), consumed = std::move(m_consumed)]() mutable {
                       parsed = {};
                       objects = {};
                       list.clear();
                       byId.clear();
                       records.clear();
                       reports.clear();
                       consumed.clear();
                   });
    batch->commit();
    freed.get();
    return m_report;
}

void StixReader::readObjects(const QJsonObject &root)
{
    const QJsonArray objects = root.value(key("objects")).toArray();
    m_objects.reserve(objects.size());
    m_byId.reserve(objects.size());
    m_records.reserve(objects.size());
    m_consumed.reserve(objects.size());
    for (const QJsonValue &v : objects) {
        if (!v.isObject()) fail(QStringLiteral("the bundle's objects must all be JSON objects"));
        const QJsonObject o = v.toObject();
        const QString id = text(o, "id");
        const QString type = text(o, "type");
        if (type.isEmpty() || typeOf(id) != type)
            fail(QStringLiteral("object \"%1\" has no valid id of type \"%2\" (type--UUID)")
                     .arg(id.left(100), type.left(100)));
        const QJsonValue version = o.value(key("spec_version"));
        if (version.isUndefined() ? !isObservable(o) : version.toString() != QLatin1String("2.1"))
            fail(QStringLiteral("object %1 has spec_version \"%2\"; this reads STIX 2.1")
                     .arg(id, version.toVariant().toString().left(20)));
        const auto known = m_byId.constFind(id);
        if (known != m_byId.cend()) {
            // Versions of one object: the latest modified wins.
            if (text(o, "modified") <= text(*known, "modified")) continue;
            m_objects.removeIf([&](const StixObject &x) { return x.id == id; });
        }
        m_byId.insert(id, o);
        m_objects.append({o, id, type});
    }
}

void StixReader::storeAll(std::optional<Project::Batch> &batch)
{
    if (!m_options.sourceId.isNull() && !m_project.exists(RecordType::Source, m_options.sourceId))
        fail(QStringLiteral("--source %1 is no source of the project")
                 .arg(m_options.sourceId.toString(QUuid::WithoutBraces)));
    m_scheme = &m_project.gradingScheme();

    for (RecordType t : {RecordType::Site, RecordType::Source, RecordType::Claim, RecordType::Event,
                         RecordType::Observation, RecordType::Judgment, RecordType::Link})
        m_emptyBefore.insert(t, m_project.count(t) == 0);
    batch.emplace(m_project);
    sites();
    sources();
    notes();
    opinions();
    sightings();
    relationships();

    // What did not map: identities and markings were read for what they say; the rest is kept.
    QMap<QString, int> unread;
    for (const StixObject &e : std::as_const(m_objects)) {
        if (m_consumed.contains(e.id) || e.type == QLatin1String("identity") ||
            e.type == QLatin1String("marking-definition"))
            continue;
        ++unread[e.type];
        keep(e.json);
    }
    if (!m_kept.isEmpty()) {
        const QUuid holder = bundleSource();
        if (auto s = m_project.find<Source>(holder);
            s && !s->notes.contains(m_bundleId + QStringLiteral(" kept:"))) {
            s->notes += (s->notes.isEmpty() ? QString() : QStringLiteral("\n\n")) + m_bundleId +
                        QStringLiteral(" kept:\n") + m_kept.join(u'\n');
            m_project.save(*s);
        }
        for (auto it = unread.cbegin(); it != unread.cend(); ++it)
            m_report.notUnderstood << QStringLiteral("%1 %2 object%3")
                                          .arg(it.value())
                                          .arg(it.key(), it.value() == 1 ? QString() : QStringLiteral("s"));
    }
}

} // namespace

ExchangeImportReport importStix(Project &project, const QString &file, const ExchangeImportOptions &options)
{
    return StixReader(project, file, options).run();
}

} // namespace sightline
