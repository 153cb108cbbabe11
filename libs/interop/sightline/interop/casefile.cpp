#include "sightline/interop/casefile.h"

#include "sightline/interop/captureintake.h"
#include "sightline/interop/importerror.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline {
namespace {

// Namespace for UUIDv5 identities of case records.
const QUuid kCaseNamespace(QStringLiteral("{6f1d3c2e-8a55-4e0b-9a43-2d7c1f0b5e11}"));

class CaseReader
{
public:
    CaseReader(Project &project, const QString &file, const QString &captureDir)
        : m_project(project), m_file(file), m_captureDir(captureDir)
    {
    }

    CaseImportReport run();

private:
    [[noreturn]] void fail(const QString &where, const QString &problem) const
    {
        throw ImportError(m_file, where.isEmpty() ? problem : where + QStringLiteral(": ") + problem);
    }

    QUuid idFor(const QString &section, const QString &key) const
    {
        return QUuid::createUuidV5(kCaseNamespace, m_title + u'/' + section + u':' + key);
    }
    QUuid ref(const QString &where, const QString &section, const QJsonValue &key) const;
    QList<QUuid> refs(const QString &where, const QString &section, const QJsonValue &keys) const;
    QString text(const QJsonObject &o, const char *name, const QString &where, bool required = false) const;
    TimeSpan time(const QJsonObject &o, const QString &where) const;
    Quantity quantity(const QJsonObject &q, const QString &where) const;
    // "measure": what a figure measures ("count", "total", "running_total", "maximum"); absent is unstated.
    Measure measure(const QJsonObject &o, const QString &where) const;
    template <typename Enum> Enum enumValue(const QJsonObject &o, const char *name, const QString &where) const;
    QJsonArray section(const char *name) const;
    template <typename T> void store(T &record, RecordType type, const QString &where);

    void sites();
    void sources();
    void captures();
    void claims();
    void events();
    void observations();
    void judgments();
    void links();

    Project &m_project;
    QString m_file;
    QString m_captureDir;
    QJsonObject m_root;
    QString m_title;
    QHash<QString, QSet<QString>> m_keys; // section -> keys defined
    QHash<QString, QString> m_captureText; // capture key -> its text, as extracted for search
    CaseImportReport m_report;
};

QJsonArray CaseReader::section(const char *name) const
{
    const QJsonValue v = m_root.value(QLatin1String(name));
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        fail(QString::fromLatin1(name), QStringLiteral("must be a list"));
    return v.toArray();
}

QString CaseReader::text(const QJsonObject &o, const char *name, const QString &where, bool required) const
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(where, QStringLiteral("\"%1\" is missing").arg(QLatin1String(name)));
        return {};
    }
    if (!v.isString())
        fail(where, QStringLiteral("\"%1\" must be text").arg(QLatin1String(name)));
    return v.toString();
}

QUuid CaseReader::ref(const QString &where, const QString &sectionName, const QJsonValue &key) const
{
    if (!key.isString() || !m_keys.value(sectionName).contains(key.toString()))
        fail(where, QStringLiteral("refers to %1 \"%2\", which the case does not define")
                        .arg(sectionName, key.toVariant().toString()));
    return idFor(sectionName, key.toString());
}

QList<QUuid> CaseReader::refs(const QString &where, const QString &sectionName, const QJsonValue &keys) const
{
    QList<QUuid> out;
    if (keys.isUndefined())
        return out;
    if (!keys.isArray())
        fail(where, QStringLiteral("%1 must be a list of keys").arg(sectionName));
    for (const auto &k : keys.toArray())
        out << ref(where, sectionName, k);
    return out;
}

TimeSpan CaseReader::time(const QJsonObject &o, const QString &where) const
{
    QString why;
    const auto t = TimeSpan::parse(text(o, "time", where), &why);
    if (!t)
        fail(where, why);
    return *t;
}

Measure CaseReader::measure(const QJsonObject &o, const QString &where) const
{
    const QJsonValue v = o.value(QLatin1String("measure"));
    if (v.isUndefined() || v.isNull())
        return Measure::Unstated;
    const auto m = fromKey<Measure>(v.toString());
    if (!v.isString() || !m)
        fail(where, QStringLiteral("\"measure\" must be one of %1").arg(allKeys<Measure>().join(QStringLiteral(", "))));
    return *m;
}

Quantity CaseReader::quantity(const QJsonObject &q, const QString &where) const
{
    Quantity out;
    auto number = [&](const char *name) -> std::optional<double> {
        const QJsonValue v = q.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble())
            fail(where, QStringLiteral("quantity \"%1\" must be a number").arg(QLatin1String(name)));
        return v.toDouble();
    };
    out.value = number("value");
    out.min = number("min");
    out.max = number("max");
    out.approximate = q.value(QLatin1String("approximate")).toBool();
    out.unit = q.value(QLatin1String("unit")).toString();
    out.objectKind = q.value(QLatin1String("object")).toString();
    out.measure = measure(q, where);
    if (const QString p = out.problem(); !p.isEmpty())
        fail(where, p);
    return out;
}

template <typename Enum> Enum CaseReader::enumValue(const QJsonObject &o, const char *name, const QString &where) const
{
    const QString key = text(o, name, where, true);
    const auto v = fromKey<Enum>(key);
    if (!v)
        fail(where, QStringLiteral("%1 \"%2\" is not one of %3")
                        .arg(QLatin1String(name), key, allKeys<Enum>().join(QStringLiteral(", "))));
    return *v;
}

template <typename T> void CaseReader::store(T &record, RecordType type, const QString &where)
{
    try {
        m_project.save(record);
    } catch (const StoreError &e) {
        fail(where, e.problem());
    }
    ++m_report.imported[type];
}

CaseImportReport CaseReader::run()
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        throw ImportError(m_file, QStringLiteral("cannot be read: ") + f.errorString());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        throw ImportError(m_file, QStringLiteral("is not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        throw ImportError(m_file, QStringLiteral("is not a Sightline case file (expected a JSON object)"));
    m_root = doc.object();
    if (m_root.value(QLatin1String("format")).toString() != QLatin1String("sightline-case"))
        throw ImportError(m_file, QStringLiteral("is not a Sightline case file (\"format\" is not \"sightline-case\")"));
    if (m_root.value(QLatin1String("version")).toInt() != 1)
        throw ImportError(m_file, QStringLiteral("is a case file of version %1; this build reads version 1")
                                      .arg(m_root.value(QLatin1String("version")).toVariant().toString()));
    m_title = text(m_root, "title", QString(), true);

    // Keys first, so that records can refer to ones defined later in the file.
    for (const char *name : {"sites", "sources", "captures", "claims", "events", "observations", "judgments"}) {
        for (const auto &v : section(name)) {
            const QString key = v.toObject().value(QLatin1String("key")).toString();
            if (key.isEmpty())
                fail(QString::fromLatin1(name), QStringLiteral("a record has no \"key\""));
            if (m_keys[QString::fromLatin1(name)].contains(key))
                fail(QString::fromLatin1(name), QStringLiteral("key \"%1\" is used twice").arg(key));
            m_keys[QString::fromLatin1(name)].insert(key);
        }
    }

    Project::Batch batch(m_project);
    sites();
    sources();
    captures();
    claims();
    events();
    observations();
    judgments();
    links();
    batch.commit();
    return m_report;
}

void CaseReader::sites()
{
    for (const auto &v : section("sites")) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("site \"%1\"").arg(key);
        Site s;
        s.meta.id = idFor(QStringLiteral("sites"), key);
        s.name = text(o, "name", where, true);
        s.kind = enumValue<SiteKind>(o, "kind", where);
        for (const auto &a : o.value(QLatin1String("aliases")).toArray())
            s.aliases << a.toString();
        s.country = text(o, "country", where);
        if (!o.value(QLatin1String("lon")).isDouble() || !o.value(QLatin1String("lat")).isDouble())
            fail(where, QStringLiteral("needs numeric \"lon\" and \"lat\""));
        s.location = {o.value(QLatin1String("lon")).toDouble(), o.value(QLatin1String("lat")).toDouble()};
        s.locationNote = text(o, "locationNote", where);
        if (o.contains(QLatin1String("aoi"))) {
            QList<GeoPoint> ring;
            for (const auto &p : o.value(QLatin1String("aoi")).toArray())
                ring.append({p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble()});
            s.aoi = Geometry::polygon(ring);
        }
        s.notes = text(o, "notes", where);
        store(s, RecordType::Site, where);
    }
}

void CaseReader::sources()
{
    for (const auto &v : section("sources")) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("source \"%1\"").arg(key);
        Source s;
        s.meta.id = idFor(QStringLiteral("sources"), key);
        s.publisher = text(o, "publisher", where);
        s.title = text(o, "title", where);
        for (const auto &a : o.value(QLatin1String("authors")).toArray())
            s.authors << a.toString();
        s.url = text(o, "url", where);
        s.published = QDate::fromString(text(o, "published", where), Qt::ISODate);
        s.accessed = QDate::fromString(text(o, "accessed", where), Qt::ISODate);
        s.kind = enumValue<SourceKind>(o, "kind", where);
        const auto grade = reliabilityFromKey(text(o, "reliability", where, true));
        if (!grade)
            fail(where, QStringLiteral("reliability must be one of A, B, C, D, E, F"));
        s.reliability = *grade;
        s.notes = text(o, "notes", where);
        store(s, RecordType::Source, where);
    }
}

void CaseReader::captures()
{
    for (const auto &v : section("captures")) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("capture \"%1\"").arg(key);
        // Only a plain file name: a case file never reaches outside its capture folder.
        const QString name = QFileInfo(text(o, "file", where, true)).fileName();
        const QString path = QDir(m_captureDir).filePath(name);
        if (m_captureDir.isEmpty() || !QFileInfo(path).isFile()) {
            m_report.warnings << QStringLiteral("%1 left out: %2 not found in \"%3\"").arg(where, name, m_captureDir);
            continue;
        }
        Capture c;
        c.meta.id = idFor(QStringLiteral("captures"), key);
        c.sourceId = ref(where, QStringLiteral("sources"), o.value(QLatin1String("source")));
        c.fileName = name;
        c.capturedAtUtc = QDateTime::fromString(text(o, "capturedAt", where), Qt::ISODate).toUTC();
        c.capturedBy = text(o, "capturedBy", where);
        c.originalUrl = text(o, "url", where);
        interop::CaptureIntakeResult taken;
        try {
            taken = interop::intakeCapture(m_project, c, path);
        } catch (const ImportError &e) {
            fail(where, e.problem());
        }
        c = taken.capture;
        if (!taken.warning.isEmpty())
            m_report.warnings << QStringLiteral("%1: %2").arg(where, taken.warning);
        const QString declared = text(o, "mediaType", where);
        if (!declared.isEmpty() && declared != c.mediaType)
            m_report.warnings << QStringLiteral("%1: declared %2, the content is %3; stored as %3")
                                     .arg(where, declared, c.mediaType);
        const QString expected = text(o, "sha256", where).toLower();
        if (!expected.isEmpty() && QString::fromLatin1(c.sha256) != expected)
            fail(where, QStringLiteral("%1 has SHA-256 %2, the case file expects %3")
                            .arg(name, QString::fromLatin1(c.sha256), expected));
        // Quotes are checked against the text a reader sees in the capture (and search finds).
        m_captureText.insert(key, taken.text);
        ++m_report.imported[RecordType::Capture];
    }
}

void CaseReader::claims()
{
    for (const auto &v : section("claims")) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("claim \"%1\"").arg(key);
        Claim c;
        c.meta.id = idFor(QStringLiteral("claims"), key);
        c.sourceId = ref(where, QStringLiteral("sources"), o.value(QLatin1String("source")));
        c.quote = text(o, "quote", where, true);
        const QString captureKey = text(o, "capture", where);
        if (!captureKey.isEmpty()) {
            ref(where, QStringLiteral("captures"), captureKey);
            if (m_captureText.contains(captureKey)) {
                if (!m_captureText.value(captureKey).contains(c.quote))
                    fail(where, QStringLiteral("its quote does not occur verbatim in capture \"%1\"").arg(captureKey));
                c.captureId = idFor(QStringLiteral("captures"), captureKey);
            }
        }
        if (o.contains(QLatin1String("attributedTo")))
            c.attributedTo = ref(where, QStringLiteral("sources"), o.value(QLatin1String("attributedTo")));
        c.locator = text(o, "locator", where);
        c.siteIds = refs(where, QStringLiteral("sites"), o.value(QLatin1String("sites")));
        c.time = time(o, where);
        if (o.contains(QLatin1String("quantity")))
            c.quantity = quantity(o.value(QLatin1String("quantity")).toObject(), where);
        const auto cred = Credibility::fromInt(o.value(QLatin1String("credibility")).toInt(0));
        if (!cred)
            fail(where, QStringLiteral("credibility must be 1 to 6"));
        c.credibility = *cred;
        c.status = enumValue<ClaimStatus>(o, "status", where);
        c.notes = text(o, "notes", where);
        store(c, RecordType::Claim, where);
    }
}

void CaseReader::events()
{
    for (const auto &v : section("events")) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("event \"%1\"").arg(key);
        Event e;
        e.meta.id = idFor(QStringLiteral("events"), key);
        e.title = text(o, "title", where, true);
        e.time = time(o, where);
        if (o.value(QLatin1String("lon")).isDouble() && o.value(QLatin1String("lat")).isDouble())
            e.location = Geometry::point(o.value(QLatin1String("lon")).toDouble(), o.value(QLatin1String("lat")).toDouble());
        e.locationNote = text(o, "locationNote", where);
        e.siteIds = refs(where, QStringLiteral("sites"), o.value(QLatin1String("sites")));
        e.sourceIds = refs(where, QStringLiteral("sources"), o.value(QLatin1String("sources")));
        e.notes = text(o, "notes", where);
        store(e, RecordType::Event, where);
    }
}

void CaseReader::observations()
{
    for (const auto &v : section("observations")) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("observation \"%1\"").arg(key);
        Observation ob;
        ob.meta.id = idFor(QStringLiteral("observations"), key);
        ob.siteId = ref(where, QStringLiteral("sites"), o.value(QLatin1String("site")));
        ob.objectKind = text(o, "object", where, true);
        if (!o.value(QLatin1String("count")).isDouble())
            fail(where, QStringLiteral("\"count\" must be a number"));
        const double n = o.value(QLatin1String("count")).toDouble();
        const QString bound = text(o, "bound", where);
        if (bound == QLatin1String("max"))
            ob.count.max = n;
        else if (bound == QLatin1String("min"))
            ob.count.min = n;
        else if (bound.isEmpty())
            ob.count.value = n;
        else
            fail(where, QStringLiteral("\"bound\" must be \"min\" or \"max\""));
        ob.count.approximate = o.value(QLatin1String("approximate")).toBool();
        ob.count.unit = ob.objectKind + u's';
        ob.count.objectKind = ob.objectKind;
        ob.count.measure = measure(o, where);
        ob.time = time(o, where);
        if (o.contains(QLatin1String("fromClaim")))
            ob.claimId = ref(where, QStringLiteral("claims"), o.value(QLatin1String("fromClaim")));
        ob.notes = text(o, "notes", where);
        store(ob, RecordType::Observation, where);
    }
}

// A judgment with the records it rests on ("restsOn": ["claim:KEY", ...]), each stored as a
// "depends on" link from the judgment, as the window stores them.
void CaseReader::judgments()
{
    for (const auto &v : section("judgments")) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        const QString where = QStringLiteral("judgment \"%1\"").arg(key);
        Judgment j;
        j.meta.id = idFor(QStringLiteral("judgments"), key);
        j.statement = text(o, "statement", where, true);
        j.likelihood = enumValue<Likelihood>(o, "likelihood", where);
        j.confidence = enumValue<Confidence>(o, "confidence", where);
        j.time = time(o, where);
        j.siteIds = refs(where, QStringLiteral("sites"), o.value(QLatin1String("sites")));
        j.author = text(o, "author", where, true);
        j.status = enumValue<JudgmentStatus>(o, "status", where);
        j.notes = text(o, "notes", where);
        const QJsonValue restsOn = o.value(QLatin1String("restsOn"));
        if (!restsOn.isArray() || restsOn.toArray().isEmpty())
            fail(where, QStringLiteral("\"restsOn\" must list the claims it rests on (claim:KEY)"));
        QList<Link> basis;
        for (const auto &r : restsOn.toArray()) {
            const QString value = r.toString();
            if (!value.startsWith(QLatin1String("claim:")))
                fail(where, QStringLiteral("\"%1\" in \"restsOn\" must look like claim:KEY").arg(value));
            Link l;
            l.from = {RecordType::Judgment, j.meta.id};
            l.to = {RecordType::Claim, ref(where, QStringLiteral("claims"), value.section(u':', 1))};
            l.relation = LinkRelation::DependsOn;
            l.meta.id = QUuid::createUuidV5(kCaseNamespace, m_title + QStringLiteral("/judgments:") + key + u'>' + value);
            basis << l;
        }
        store(j, RecordType::Judgment, where);
        for (Link &l : basis)
            store(l, RecordType::Link, where);
    }
}

void CaseReader::links()
{
    static const QHash<QString, QPair<QString, RecordType>> kinds{
        {QStringLiteral("claim"), {QStringLiteral("claims"), RecordType::Claim}},
        {QStringLiteral("source"), {QStringLiteral("sources"), RecordType::Source}},
        {QStringLiteral("site"), {QStringLiteral("sites"), RecordType::Site}},
        {QStringLiteral("event"), {QStringLiteral("events"), RecordType::Event}},
        {QStringLiteral("observation"), {QStringLiteral("observations"), RecordType::Observation}},
        {QStringLiteral("capture"), {QStringLiteral("captures"), RecordType::Capture}},
        {QStringLiteral("judgment"), {QStringLiteral("judgments"), RecordType::Judgment}},
    };
    int index = 0;
    for (const auto &v : section("links")) {
        const QJsonObject o = v.toObject();
        const QString where = QStringLiteral("link %1").arg(++index);
        auto end = [&](const char *name) {
            const QString value = text(o, name, where, true);
            const QString kind = value.section(u':', 0, 0);
            if (!kinds.contains(kind))
                fail(where, QStringLiteral("\"%1\" must look like claim:KEY, source:KEY, site:KEY or event:KEY").arg(value));
            const auto [sectionName, type] = kinds.value(kind);
            return RecordRef{type, ref(where, sectionName, value.section(u':', 1))};
        };
        Link l;
        l.from = end("from");
        l.to = end("to");
        l.meta.id = QUuid::createUuidV5(kCaseNamespace, m_title + QStringLiteral("/links:") +
                                                            text(o, "from", where) + u'>' + text(o, "to", where) +
                                                            u'>' + text(o, "relation", where));
        l.relation = enumValue<LinkRelation>(o, "relation", where);
        l.note = text(o, "note", where);
        store(l, RecordType::Link, where);
    }
}

} // namespace

CaseImportReport importCaseFile(Project &project, const QString &caseFile, const QString &captureDir)
{
    return CaseReader(project, caseFile, captureDir).run();
}

} // namespace sightline
