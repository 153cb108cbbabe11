// Table mappings of the evidence records: sites, sources, captures, claims, judgments.
#include "sightline/store/recordtable.h"
#include "sightline/store/schema_counts.h"

namespace sightline::store {

using G = gpkg::GeometryType;

const TableSpec &RecordTable<Site>::spec()
{
    static const TableSpec s{RecordType::Site,
                             QStringLiteral("sites"),
                             QStringLiteral("Sites"),
                             QStringLiteral("Places under watch: ports, rail crossings, depots"),
                             {QStringLiteral("name TEXT NOT NULL"), QStringLiteral("kind TEXT NOT NULL"),
                              QStringLiteral("aliases TEXT"), QStringLiteral("country TEXT"),
                              QStringLiteral("location_note TEXT"), QStringLiteral("notes TEXT")},
                             G::Point,
                             {}};
    return s;
}

void RecordTable<Site>::write(RowWriter &w, const Site &r)
{
    w << r.name << toKey(r.kind) << r.aliases << r.country << r.locationNote << r.notes
      << Geometry::point(r.location);
}

Site RecordTable<Site>::read(RowReader &r)
{
    Site s;
    s.name = r.text();
    s.kind = fromKey<SiteKind>(r.text()).value_or(SiteKind::Other);
    s.aliases = r.stringList();
    s.country = r.text();
    s.locationNote = r.text();
    s.notes = r.text();
    s.location = r.geometry().firstPoint();
    return s;
}

QString RecordTable<Site>::summary(const Site &r) { return r.name; }
QList<Reference> RecordTable<Site>::references(const Site &) { return {}; }

const TableSpec &RecordTable<Source>::spec()
{
    static const TableSpec s{RecordType::Source,
                             QStringLiteral("sources"),
                             QStringLiteral("Sources"),
                             QStringLiteral("Reports, articles, statements and imagery providers, graded A-F"),
                             {QStringLiteral("publisher TEXT"), QStringLiteral("title TEXT"),
                              QStringLiteral("authors TEXT"), QStringLiteral("url TEXT"),
                              QStringLiteral("published DATE"), QStringLiteral("accessed DATE"),
                              QStringLiteral("kind TEXT NOT NULL"), QStringLiteral("reliability TEXT NOT NULL"),
                              QStringLiteral("notes TEXT")},
                             std::nullopt,
                             {}};
    return s;
}

void RecordTable<Source>::write(RowWriter &w, const Source &r)
{
    w << r.publisher << r.title << r.authors << r.url << r.published << r.accessed << toKey(r.kind)
      << toKey(r.reliability) << r.notes;
}

Source RecordTable<Source>::read(RowReader &r)
{
    Source s;
    s.publisher = r.text();
    s.title = r.text();
    s.authors = r.stringList();
    s.url = r.text();
    s.published = r.date();
    s.accessed = r.date();
    s.kind = fromKey<SourceKind>(r.text()).value_or(SourceKind::Other);
    s.reliability = reliabilityFromKey(r.text()).value_or(Reliability::F);
    s.notes = r.text();
    return s;
}

QString RecordTable<Source>::summary(const Source &r) { return r.publisher + QStringLiteral(": ") + r.title; }
QList<Reference> RecordTable<Source>::references(const Source &) { return {}; }

const TableSpec &RecordTable<Capture>::spec()
{
    static const TableSpec s{RecordType::Capture,
                             QStringLiteral("captures"),
                             QStringLiteral("Captures"),
                             QStringLiteral("Archived copies of sources, stored in the project, with SHA-256"),
                             {QStringLiteral("source_uuid TEXT NOT NULL"), QStringLiteral("file_name TEXT"),
                              QStringLiteral("media_type TEXT"), QStringLiteral("sha256 TEXT NOT NULL"),
                              QStringLiteral("size_bytes INTEGER NOT NULL"), QStringLiteral("captured_utc DATETIME"),
                              QStringLiteral("captured_by TEXT"), QStringLiteral("original_url TEXT")},
                             std::nullopt,
                             {QStringLiteral("source_uuid")}};
    return s;
}

void RecordTable<Capture>::write(RowWriter &w, const Capture &r)
{
    w << r.sourceId << r.fileName << r.mediaType << QString::fromLatin1(r.sha256) << r.sizeBytes << r.capturedAtUtc
      << r.capturedBy << r.originalUrl;
}

Capture RecordTable<Capture>::read(RowReader &r)
{
    Capture c;
    c.sourceId = r.uuid();
    c.fileName = r.text();
    c.mediaType = r.text();
    c.sha256 = r.text().toLatin1();
    c.sizeBytes = r.int64();
    c.capturedAtUtc = r.dateTime();
    c.capturedBy = r.text();
    c.originalUrl = r.text();
    return c;
}

QString RecordTable<Capture>::summary(const Capture &r) { return r.fileName; }

QList<Reference> RecordTable<Capture>::references(const Capture &r)
{
    return {{RecordType::Source, r.sourceId, QStringLiteral("source")}};
}

const TableSpec &RecordTable<Claim>::spec()
{
    static const TableSpec s{
        RecordType::Claim,
        QStringLiteral("claims"),
        QStringLiteral("Claims"),
        QStringLiteral("Atomic statements quoted from sources, with time, quantity and grade"),
        QStringList{QStringLiteral("source_uuid TEXT NOT NULL"), QStringLiteral("capture_uuid TEXT"),
                    QStringLiteral("attributed_to_uuid TEXT"), QStringLiteral("quote TEXT NOT NULL"),
                    QStringLiteral("locator TEXT"), QStringLiteral("site_uuids TEXT")} +
            timeColumns() + quantityColumns() +
            QStringList{QStringLiteral("credibility INTEGER NOT NULL"), QStringLiteral("status TEXT NOT NULL"),
                        QStringLiteral("notes TEXT")},
        G::Point,
        {QStringLiteral("source_uuid")},
        {{kCountsSchemaVersion, QStringLiteral("q_measure TEXT")}}};
    return s;
}

void RecordTable<Claim>::write(RowWriter &w, const Claim &r)
{
    w << r.sourceId << r.captureId << r.attributedTo << r.quote << r.locator << r.siteIds << r.time << r.quantity
      << r.credibility.value() << toKey(r.status) << r.notes << toKey(r.quantity.measure) << r.location;
}

Claim RecordTable<Claim>::read(RowReader &r)
{
    Claim c;
    c.sourceId = r.uuid();
    c.captureId = r.uuid();
    c.attributedTo = r.uuid();
    c.quote = r.text();
    c.locator = r.text();
    c.siteIds = r.uuidList();
    c.time = r.time();
    c.quantity = r.quantity();
    c.credibility = Credibility::fromInt(static_cast<int>(r.int64())).value_or(Credibility::cannotBeJudged());
    c.status = fromKey<ClaimStatus>(r.text()).value_or(ClaimStatus::Unreviewed);
    c.notes = r.text();
    c.quantity.measure = fromKey<Measure>(r.text()).value_or(Measure::Unstated);
    c.location = r.geometry();
    return c;
}

QString RecordTable<Claim>::summary(const Claim &r) { return r.quote.left(80); }

QList<Reference> RecordTable<Claim>::references(const Claim &r)
{
    QList<Reference> refs{{RecordType::Source, r.sourceId, QStringLiteral("source")}};
    if (!r.captureId.isNull())
        refs.append({RecordType::Capture, r.captureId, QStringLiteral("capture")});
    if (!r.attributedTo.isNull())
        refs.append({RecordType::Source, r.attributedTo, QStringLiteral("attributed source")});
    for (const auto &id : r.siteIds)
        refs.append({RecordType::Site, id, QStringLiteral("site")});
    return refs;
}

const TableSpec &RecordTable<Judgment>::spec()
{
    // The percentage band is stored beside the words for readers of the file (QGIS, SQL); it
    // follows from the likelihood and is not read back.
    static const TableSpec s{
        RecordType::Judgment,
        QStringLiteral("judgments"),
        QStringLiteral("Judgments"),
        QStringLiteral("Analytic judgments: statement, ICD 203 likelihood and confidence, period, author"),
        QStringList{QStringLiteral("statement TEXT NOT NULL"), QStringLiteral("likelihood TEXT NOT NULL"),
                    QStringLiteral("likelihood_min_pct INTEGER NOT NULL"),
                    QStringLiteral("likelihood_max_pct INTEGER NOT NULL"), QStringLiteral("confidence TEXT NOT NULL")} +
            timeColumns() +
            QStringList{QStringLiteral("site_uuids TEXT"), QStringLiteral("judged_by TEXT NOT NULL"),
                        QStringLiteral("status TEXT NOT NULL"), QStringLiteral("notes TEXT")},
        std::nullopt,
        {}};
    return s;
}

void RecordTable<Judgment>::write(RowWriter &w, const Judgment &r)
{
    const PercentBand band = percentBand(r.likelihood);
    w << r.statement << toKey(r.likelihood) << band.minPercent << band.maxPercent << toKey(r.confidence) << r.time
      << r.siteIds << r.author << toKey(r.status) << r.notes;
}

Judgment RecordTable<Judgment>::read(RowReader &r)
{
    Judgment j;
    j.statement = r.text();
    j.likelihood = fromKey<Likelihood>(r.text()).value_or(Likelihood::RoughlyEven);
    r.int64(); // the band, derived from the likelihood
    r.int64();
    j.confidence = fromKey<Confidence>(r.text()).value_or(Confidence::Low);
    j.time = r.time();
    j.siteIds = r.uuidList();
    j.author = r.text();
    j.status = fromKey<JudgmentStatus>(r.text()).value_or(JudgmentStatus::Draft);
    j.notes = r.text();
    return j;
}

QString RecordTable<Judgment>::summary(const Judgment &r) { return r.statement.left(80); }

QList<Reference> RecordTable<Judgment>::references(const Judgment &r)
{
    QList<Reference> refs;
    for (const auto &id : r.siteIds)
        refs.append({RecordType::Site, id, QStringLiteral("site")});
    return refs;
}

} // namespace sightline::store
