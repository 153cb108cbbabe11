#include "sightline/store/project.h"

#include "sightline/geo/gpkgblob.h"
#include "sightline/store/fileprobe.h"
#include "sightline/store/gpkg.h"
#include "sightline/store/history.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/schema.h"
#include "sightline/store/schema_counts.h"
#include "sightline/store/schema_evidence.h"
#include "sightline/store/schemacheck.h"

#include <QFileInfo>
#include <QJsonObject>

#include <optional>

namespace sightline {

using namespace store;

namespace {

QString columnName(const QString &declaration)
{
    return declaration.section(u' ', 0, 0);
}

// The SQL for one record type, built once from its TableSpec.
template <typename T> struct Sql
{
    QString insert, update, select, exists, remove, count;
    QString inserted, updated; // the row a write left, for the version the save records (history.h)
    QString table;
    QStringList columns;              // as select reads them
    QList<std::pair<int, int>> added; // (index in columns, version) of the columns added later

    // The select for a file of an older schema, read-only: NULL for the columns it does not have.
    QString selectFor(int fileSchema) const
    {
        if (fileSchema >= kSchemaVersion)
            return select;
        QStringList cols = columns;
        for (const auto &[index, version] : added)
            if (version > fileSchema)
                cols[index] = QStringLiteral("NULL");
        return QStringLiteral("SELECT %1 FROM %2").arg(cols.join(u','), table);
    }

    static const Sql &get()
    {
        static const Sql s = [] {
            const TableSpec &spec = RecordTable<T>::spec();
            QStringList cols{QStringLiteral("uuid"), QStringLiteral("created_utc"), QStringLiteral("modified_utc"),
                             QStringLiteral("author"), QStringLiteral("revision")};
            for (const auto &c : spec.columns)
                cols << columnName(c);
            QList<std::pair<int, int>> added;
            for (const AddedColumn &c : spec.added) {
                added.append({int(cols.size()), c.version});
                cols << columnName(c.declaration);
            }
            if (spec.geometry)
                cols << QStringLiteral("geom");
            QStringList params, sets;
            for (int i = 0; i < cols.size(); ++i) {
                params << QStringLiteral("?%1").arg(i + 1);
                sets << QStringLiteral("%1 = ?%2").arg(cols[i]).arg(i + 1);
            }
            Sql q;
            q.insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(spec.table, cols.join(u','), params.join(u','));
            q.update = QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?1 AND revision = ?%3")
                           .arg(spec.table, sets.mid(1).join(u','))
                           .arg(cols.size() + 1);
            // Read by rowid (an insert) or UUID (an update) right after the write, from pages the
            // write has just touched: cheaper than a RETURNING clause, whose rows SQLite gathers in
            // a temporary table each time the statement runs.
            q.inserted = QStringLiteral("SELECT * FROM %1 WHERE fid = ?").arg(spec.table);
            q.updated = QStringLiteral("SELECT * FROM %1 WHERE uuid = ?").arg(spec.table);
            q.select = QStringLiteral("SELECT %1 FROM %2").arg(cols.join(u','), spec.table);
            q.exists = QStringLiteral("SELECT revision FROM %1 WHERE uuid = ?").arg(spec.table);
            q.remove = QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(spec.table);
            q.count = QStringLiteral("SELECT count(*) FROM %1").arg(spec.table);
            q.table = spec.table;
            q.columns = cols;
            q.added = added;
            return q;
        }();
        return s;
    }
};

template <typename T> T readRow(const sql::Statement &s)
{
    RowReader r(s);
    const RecordMeta meta = r.meta();
    T record = RecordTable<T>::read(r);
    record.meta = meta;
    return record;
}

} // namespace

Project::Project(std::unique_ptr<sql::Database> db, const QString &author, bool readOnly, int fileSchema)
    : m_db(std::move(db)), m_author(author.isEmpty() ? QStringLiteral("unknown analyst") : author), m_readOnly(readOnly),
      m_fileSchema(fileSchema)
{
    m_scheme = GradingScheme::byKey(metaValue(*m_db, QStringLiteral("grading_scheme")));
    if (!m_scheme)
        m_scheme = &GradingScheme::admiralty();
}

Project::~Project() = default;

std::unique_ptr<Project> Project::create(const QString &path, const QString &title, const QString &author)
{
    if (QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::Io, path, QStringLiteral("already exists; not overwriting it"));
    auto db = std::make_unique<sql::Database>(path, sql::Database::Mode::Create);
    try {
        db->exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY"));
        gpkg::registerFunctions(*db);
        db->trustCheckedSchema(); // the schema is the one createSchema makes
        sql::Transaction tx(*db);
        createSchema(*db, title);
        tx.commit();
    } catch (...) {
        db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        throw;
    }
    return std::unique_ptr<Project>(new Project(std::move(db), author, false, kSchemaVersion));
}

std::unique_ptr<Project> Project::open(const QString &path, const QString &author, Access access)
{
    const ProbeResult probe = probeProjectFile(path);
    const bool readOnly = access == Access::ReadOnly;
    // A reader in a folder it cannot write to cannot make the WAL index beside the file; with no
    // WAL left beside it (the last writer closed it) the file is read as it is.
    const bool unwritableFolder = !QFileInfo(QFileInfo(path).absolutePath()).isWritable();
    const auto readMode = unwritableFolder && !QFileInfo::exists(path + QStringLiteral("-wal"))
                              ? sql::Database::Mode::ReadOnlyImmutable
                              : sql::Database::Mode::ReadOnly;
    auto db = std::make_unique<sql::Database>(path, readOnly ? readMode : sql::Database::Mode::ReadWrite);
    gpkg::registerFunctions(*db);
    // Again on this connection: the file may have been swapped since the probe read it.
    refuseForeignSchema(*db);
    int fileSchema = probe.schemaVersion;
    // Only a writer migrates: reading an older file must not change it.
    if (!readOnly) {
        db->trustCheckedSchema(); // checked just above: only Sightline's own triggers are there
        db->exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY"));
        migrate(*db, probe.schemaVersion, kSchemaVersion, migrations());
        fileSchema = kSchemaVersion;
    }
    std::unique_ptr<Project> project(new Project(std::move(db), author, readOnly, fileSchema));
    // Annotations drawn before counting existed become counted observations once, on migration.
    if (!readOnly && probe.schemaVersion < kCountsSchemaVersion)
        project->rollUpAllCounts();
    return project;
}

QString Project::path() const { return m_db->path(); }
int Project::schemaVersion() const { return metaValue(*m_db, QStringLiteral("schema_version")).toInt(); }
QUuid Project::projectId() const { return QUuid::fromString(metaValue(*m_db, QStringLiteral("project_uuid"))); }
QString Project::title() const { return metaValue(*m_db, QStringLiteral("title")); }

std::optional<Marking> Project::marking() const
{
    // A value that is no TLP label (another tool wrote it) is handled as the strictest marking:
    // reading it as none would let the material go further than its author meant.
    const QString text = metaValue(*m_db, QStringLiteral("marking"));
    if (text.isEmpty())
        return std::nullopt;
    return markingFromText(text).value_or(Marking::Red);
}

void Project::setMarking(std::optional<Marking> marking)
{
    requireWritable();
    sql::Transaction tx(*m_db);
    if (marking)
        setMetaValue(*m_db, QStringLiteral("marking"), markingText(*marking));
    else
        m_db->exec(QStringLiteral("DELETE FROM sightline_meta WHERE key = 'marking'"));
    tx.commit();
}

void Project::requireWritable() const
{
    if (m_readOnly)
        throw StoreError(StoreError::Kind::Io, path(), QStringLiteral("opened read-only"));
}

bool Project::hasTable(const QString &table) const
{
    return tableAddedIn(table) <= m_fileSchema;
}

bool Project::exists(RecordType type, const QUuid &id) const
{
    if (!hasTable(specFor(type).table))
        return false;
    auto s = m_db->prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(specFor(type).table));
    s.bind(1, uuidText(id));
    return s.next();
}

qint64 Project::count(RecordType type) const
{
    if (!hasTable(specFor(type).table))
        return 0;
    return m_db->scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(specFor(type).table)).value_or(0);
}

template <typename T> void Project::save(T &record)
{
    requireWritable();
    using Table = RecordTable<T>;
    const TableSpec &spec = Table::spec();
    if constexpr (std::is_same_v<T, Annotation>)
        takeSceneTime(record);
    QStringList problems = problemsOf(record) + schemeProblems(record);
    for (const Reference &ref : Table::references(record))
        if (!referenceExists(ref.type, ref.id))
            problems << QStringLiteral("its %1 %2 is not in the project").arg(ref.role, uuidText(ref.id));
    if (!problems.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("cannot save %1 \"%2\": %3")
                             .arg(toKey(spec.type), Table::summary(record), problems.join(QStringLiteral("; "))));

    const auto &q = Sql<T>::get();
    // Inside a batch the batch is the transaction; a savepoint per record would double the cost.
    const bool inBatch = m_batchDepth > 0;
    std::optional<sql::Transaction> tx;
    if (!inBatch)
        tx.emplace(*m_db);
    const RecordMeta before = record.meta;
    RecordMeta &meta = record.meta;
    bool wrote = false;
    auto &contentWriter = m_contentWriters[spec.table];
    if (!contentWriter)
        contentWriter = std::make_shared<ContentWriter>(spec);
    QByteArray content; // the version of the row written, from the row as the write left it
    auto writeRow = [&](const QString &sqlText, bool withRevision) {
        auto s = m_db->prepare(sqlText);
        RowWriter w(s);
        w << meta;
        Table::write(w, record);
        if (withRevision)
            w << before.revision;
        s.run();
        wrote = true;
        if (m_db->changes() > 0) {
            auto row = m_db->prepare(withRevision ? q.updated : q.inserted);
            if (withRevision)
                RowWriter(row) << meta.id;
            else
                row.bind(1, m_db->lastInsertRowId());
            if (row.next())
                content = contentWriter->json(row, sideValue(record)).toByteArray();
        }
        if (spec.geometry)
            extendLayer(spec.table, w.geometryBounds());
    };
    ChangeLogEntry::Action action = ChangeLogEntry::Action::Insert;
    try {
        // Where the annotation counted before this save, to take it off there when it moved.
        [[maybe_unused]] std::optional<CountKey> countedBefore;
        if constexpr (std::is_same_v<T, Annotation>)
            if (!meta.isNew())
                countedBefore = storedCountKey(meta.id);
        if (meta.isNew()) {
            if (meta.id.isNull())
                meta.id = QUuid::createUuid();
            meta.createdUtc = meta.modifiedUtc = nowUtc();
            meta.author = m_author;
            meta.revision = 1;
            writeRow(q.insert, false);
        } else {
            meta.touch(m_author);
            writeRow(q.update, true);
            if (m_db->changes() == 0) {
                auto e = m_db->prepare(q.exists);
                e.bind(1, uuidText(meta.id));
                if (e.next())
                    throw StoreError(StoreError::Kind::Invalid, path(),
                                     QStringLiteral("%1 \"%2\" was changed elsewhere (revision %3 on disk, %4 here)")
                                         .arg(toKey(spec.type), Table::summary(record))
                                         .arg(e.int64(0))
                                         .arg(before.revision));
                // A record from another copy of the project: stored as it comes.
                meta = before;
                writeRow(q.insert, false);
            } else {
                action = ChangeLogEntry::Action::Update;
            }
        }
        afterSave(record);
        indexSaved(spec.type, meta.id, action == ChangeLogEntry::Action::Insert);
        appendVersion(*m_db, spec.table, meta.id, meta.revision,
                      action == ChangeLogEntry::Action::Insert ? QStringLiteral("insert") : QStringLiteral("update"),
                      content, m_author, meta.modifiedUtc);
        // Imagery enters the chain of custody when it enters the project.
        if constexpr (std::is_same_v<T, ImageryScene>)
            if (action == ChangeLogEntry::Action::Insert)
                appendCustody(RecordType::Scene, meta.id, CustodyEntry::Action::Imported, record.sha256,
                              record.filePath);
        appendChangeLog(action, toKey(spec.type), meta, Table::summary(record));
        if constexpr (std::is_same_v<T, Annotation>) {
            rollUpCount(countKeyOf(record));
            if (countedBefore && *countedBefore != countKeyOf(record))
                rollUpCount(*countedBefore);
        }
        if (tx) {
            flushExtents();
            tx->commit();
        } else {
            m_knownIds[spec.type].insert(meta.id);
        }
    } catch (...) {
        record.meta = before;
        if (inBatch && wrote)
            m_batchBroken = true;
        if (tx)
            m_pendingExtents.clear();
        throw;
    }
}

// What a record keeps beside its row, as its content holds it (history.h): what afterSave writes.
template <typename T> QJsonValue Project::sideValue(const T &)
{
    return QJsonValue::Null;
}

template <> QJsonValue Project::sideValue<Site>(const Site &site)
{
    if (site.aoi.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("blob"), QString::fromLatin1(geo::encodeGpkgGeometry(site.aoi).toBase64())}};
}

template <> QJsonValue Project::sideValue<ImageryScene>(const ImageryScene &scene)
{
    if (scene.display.isDefault())
        return QJsonValue::Null;
    return scene.display.toJson();
}

bool Project::referenceExists(RecordType type, const QUuid &id)
{
    if (m_batchDepth > 0 && m_knownIds.value(type).contains(id))
        return true;
    const bool found = exists(type, id);
    if (found && m_batchDepth > 0)
        m_knownIds[type].insert(id);
    return found;
}

void Project::extendLayer(const QString &table, const GeoBounds &bounds)
{
    if (bounds.isEmpty())
        return;
    GeoBounds &b = m_pendingExtents[table];
    b.include({bounds.minLon, bounds.minLat});
    b.include({bounds.maxLon, bounds.maxLat});
}

void Project::flushExtents()
{
    for (auto it = m_pendingExtents.cbegin(); it != m_pendingExtents.cend(); ++it) {
        auto s = m_db->prepare(QStringLiteral(
            "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?1), ?1), min_y = min(coalesce(min_y, ?2), ?2), "
            "max_x = max(coalesce(max_x, ?3), ?3), max_y = max(coalesce(max_y, ?4), ?4), "
            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?5"));
        s.bind(1, it->minLon).bind(2, it->minLat).bind(3, it->maxLon).bind(4, it->maxLat).bind(5, it.key());
        s.run();
    }
    m_pendingExtents.clear();
}

template <typename T> void Project::afterSave(const T &) {}

template <> void Project::afterSave<Source>(const Source &source)
{
    afterSourceSaved(source);
}

template <> void Project::afterSave<Capture>(const Capture &c)
{
    // The next number in the series of the same source, URL and file name; a capture stored
    // before keeps the number it has.
    auto s = m_db->prepare(QStringLiteral(
        "INSERT OR IGNORE INTO capture_versions (capture_uuid, source_uuid, original_url, file_name, version) "
        "SELECT ?1, ?2, coalesce(?3, ''), coalesce(?4, ''), coalesce(max(version), 0) + 1 FROM capture_versions "
        "WHERE source_uuid = ?2 AND original_url = coalesce(?3, '') AND file_name = coalesce(?4, '')"));
    s.bind(1, uuidText(c.meta.id)).bind(2, uuidText(c.sourceId)).bind(3, c.originalUrl).bind(4, c.fileName);
    s.run();
}

QStringList Project::schemeProblems(const Source &s) const
{
    const QString p = m_scheme->problemWith(s.reliability);
    return p.isEmpty() ? QStringList() : QStringList{p};
}

QStringList Project::schemeProblems(const Claim &c) const
{
    const QString p = m_scheme->problemWith(c.credibility);
    return p.isEmpty() ? QStringList() : QStringList{p};
}

template <> void Project::afterSave<ImageryScene>(const ImageryScene &scene)
{
    followSceneTime(scene.meta.id);
    // Defaults are not stored: a scene without a row draws as a new one would.
    auto del = m_db->prepare(QStringLiteral("DELETE FROM scene_display WHERE scene_uuid = ?"));
    del.bind(1, uuidText(scene.meta.id));
    del.run();
    if (scene.display.isDefault())
        return;
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO scene_display (scene_uuid, display) VALUES (?, ?)"));
    ins.bind(1, uuidText(scene.meta.id)).bind(2, scene.display.toJson());
    ins.run();
}

template <> void Project::afterSave<Site>(const Site &site)
{
    auto del = m_db->prepare(QStringLiteral("DELETE FROM site_aois WHERE site_uuid = ?"));
    del.bind(1, uuidText(site.meta.id));
    del.run();
    if (site.aoi.isEmpty())
        return;
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO site_aois (site_uuid, name, geom) VALUES (?, ?, ?)"));
    RowWriter w(ins);
    w << site.meta.id << site.name << site.aoi;
    ins.run();
    extendLayer(QStringLiteral("site_aois"), w.geometryBounds());
}

template <typename T> void Project::remove(const QUuid &id)
{
    requireWritable();
    const auto &q = Sql<T>::get();
    sql::Transaction tx(*m_db);
    auto found = find<T>(id);
    if (!found)
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("no %1 %2 to delete").arg(toKey(RecordTable<T>::spec().type), uuidText(id)));
    unindexRecord(*m_db, RecordTable<T>::spec().type, id);
    auto s = m_db->prepare(q.remove);
    s.bind(1, uuidText(id));
    s.run();
    m_knownIds[RecordTable<T>::spec().type].remove(id);
    if constexpr (std::is_same_v<T, Site>) {
        auto a = m_db->prepare(QStringLiteral("DELETE FROM site_aois WHERE site_uuid = ?"));
        a.bind(1, uuidText(id));
        a.run();
    }
    if constexpr (std::is_same_v<T, ImageryScene>) {
        for (const char *table : {"scene_display", "scene_chunks"}) {
            auto c = m_db->prepare(QStringLiteral("DELETE FROM %1 WHERE scene_uuid = ?").arg(QLatin1String(table)));
            c.bind(1, uuidText(id));
            c.run();
        }
    }
    if constexpr (std::is_same_v<T, Capture>) {
        appendCustody(RecordType::Capture, id, CustodyEntry::Action::Removed, found->sha256, found->fileName);
        for (const char *table : {"capture_chunks", "capture_text"}) {
            auto c = m_db->prepare(QStringLiteral("DELETE FROM %1 WHERE capture_uuid = ?").arg(QLatin1String(table)));
            c.bind(1, uuidText(id));
            c.run();
        }
    }
    RecordMeta meta = found->meta;
    meta.touch(m_author);
    appendVersion(*m_db, RecordTable<T>::spec().table, id, meta.revision, QStringLiteral("delete"), {}, m_author,
                  meta.modifiedUtc);
    appendChangeLog(ChangeLogEntry::Action::Delete, toKey(RecordTable<T>::spec().type), meta,
                    RecordTable<T>::summary(*found));
    if constexpr (std::is_same_v<T, Annotation>)
        rollUpCount(countKeyOf(*found));
    tx.commit();
}

template <typename T> QList<T> Project::all() const
{
    QList<T> out;
    if (!hasTable(RecordTable<T>::spec().table))
        return out;
    auto s = m_db->prepare(Sql<T>::get().selectFor(m_fileSchema) + QStringLiteral(" ORDER BY fid"));
    while (s.next())
        out.append(readRow<T>(s));
    afterRead(out);
    return out;
}

template <typename T> std::optional<T> Project::find(const QUuid &id) const
{
    if (!hasTable(RecordTable<T>::spec().table))
        return std::nullopt;
    auto s = m_db->prepare(Sql<T>::get().selectFor(m_fileSchema) + QStringLiteral(" WHERE uuid = ?"));
    s.bind(1, uuidText(id));
    if (!s.next())
        return std::nullopt;
    QList<T> one{readRow<T>(s)};
    afterRead(one);
    return one.first();
}

template <typename T> void Project::afterRead(QList<T> &) const {}

template <> void Project::afterRead<ImageryScene>(QList<ImageryScene> &scenes) const
{
    if (!hasTable(QStringLiteral("scene_display")))
        return;
    auto s = m_db->prepare(QStringLiteral("SELECT scene_uuid, display FROM scene_display"));
    QHash<QUuid, QString> display;
    while (s.next())
        display.insert(QUuid::fromString(s.text(0)), s.text(1));
    for (ImageryScene &scene : scenes)
        if (const auto d = SceneDisplay::fromJson(display.value(scene.meta.id, QStringLiteral("{}"))))
            scene.display = *d;
}

template <> void Project::afterRead<Site>(QList<Site> &sites) const
{
    auto s = m_db->prepare(QStringLiteral("SELECT site_uuid, geom FROM site_aois"));
    QHash<QUuid, Geometry> aois;
    while (s.next()) {
        RowReader r(s);
        const QUuid id = r.uuid();
        aois.insert(id, r.geometry());
    }
    for (Site &site : sites)
        site.aoi = aois.value(site.meta.id);
}

void Project::appendChangeLog(ChangeLogEntry::Action action, const QString &typeKey, const RecordMeta &meta,
                              const QString &summary)
{
    auto s = m_db->prepare(QStringLiteral("INSERT INTO change_log (at_utc, author, action, record_type, "
                                          "record_uuid, revision, summary, entry_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    RowWriter(s) << meta.modifiedUtc << m_author << toKey(action) << typeKey << meta.id << meta.revision
                 << summary << newEntryId();
    s.run();
}

QList<ChangeLogEntry> Project::changeLog(const QUuid &recordId) const
{
    QString sqlText = QStringLiteral("SELECT fid, at_utc, author, action, record_type, record_uuid, revision, summary "
                                     "FROM change_log");
    if (!recordId.isNull())
        sqlText += QStringLiteral(" WHERE record_uuid = ?");
    auto s = m_db->prepare(sqlText + QStringLiteral(" ORDER BY fid"));
    if (!recordId.isNull())
        s.bind(1, uuidText(recordId));
    QList<ChangeLogEntry> out;
    while (s.next()) {
        RowReader r(s);
        ChangeLogEntry e;
        e.sequence = r.int64();
        e.atUtc = r.dateTime();
        e.author = r.text();
        const QString action = r.text();
        e.action = action == QLatin1String("update")   ? ChangeLogEntry::Action::Update
                   : action == QLatin1String("delete") ? ChangeLogEntry::Action::Delete
                                                       : ChangeLogEntry::Action::Insert;
        e.recordTypeKey = r.text();
        e.recordType = fromKey<RecordType>(e.recordTypeKey).value_or(RecordType::Site);
        e.recordId = r.uuid();
        e.revision = static_cast<int>(r.int64());
        e.summary = r.text();
        out.append(e);
    }
    return out;
}

qint64 Project::changeLogCount() const
{
    return m_db->scalarInt(QStringLiteral("SELECT count(*) FROM change_log")).value_or(0);
}

QList<Annotation> Project::annotationsIn(const GeoBounds &box, const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    QString select = Sql<Annotation>::get().selectFor(m_fileSchema);
    select.replace(QStringLiteral(" FROM annotations"), QStringLiteral(" FROM annotations a"));
    auto s = m_db->prepare(
        select + QStringLiteral(" WHERE a.fid IN (SELECT id FROM rtree_annotations_geom WHERE minx <= ?1 AND maxx >= ?2 "
                                "AND miny <= ?3 AND maxy >= ?4) AND (?5 IS NULL OR time_end IS NULL OR time_end >= ?5) "
                                "AND (?6 IS NULL OR time_start IS NULL OR time_start <= ?6)"));
    s.bind(1, box.maxLon).bind(2, box.minLon).bind(3, box.maxLat).bind(4, box.minLat);
    s.bind(5, dateTimeText(fromUtc)).bind(6, dateTimeText(toUtc));
    QList<Annotation> out;
    while (s.next())
        out.append(readRow<Annotation>(s));
    return out;
}

Project::Batch::Batch(Project &project) : m_project(project)
{
    project.requireWritable();
    m_tx = std::make_unique<sql::Transaction>(*project.m_db);
    ++project.m_batchDepth;
}

Project::Batch::~Batch()
{
    m_tx.reset(); // rolls back unless committed
    if (--m_project.m_batchDepth == 0) {
        m_project.m_knownIds.clear();
        m_project.m_unindexed.clear();
        m_project.m_unindexedIds.clear();
        m_project.m_reindexed.clear();
        m_project.m_batchBroken = false;
        if (!m_committed)
            m_project.m_pendingExtents.clear();
    } else if (!m_committed) {
        m_project.m_knownIds.clear();
    }
}

void Project::indexSaved(RecordType type, const QUuid &id, bool isNew)
{
    if (m_batchDepth == 0) {
        indexRecord(*m_db, type, id, isNew);
        return;
    }
    if (m_unindexedIds.contains(id))
        return; // indexed with what it holds when the batch commits
    m_unindexedIds.insert(id);
    m_unindexed[type].append(id);
    if (!isNew)
        m_reindexed.insert(id);
}

void Project::indexBatch()
{
    for (auto it = m_unindexed.cbegin(); it != m_unindexed.cend(); ++it)
        indexRecords(*m_db, it.key(), it.value(), m_reindexed);
    m_unindexed.clear();
    m_unindexedIds.clear();
    m_reindexed.clear();
}

void Project::Batch::commit()
{
    if (m_project.m_batchBroken)
        throw StoreError(StoreError::Kind::Io, m_project.path(),
                         QStringLiteral("a save failed half-way through this batch; nothing of it was stored"));
    if (m_project.m_batchDepth == 1) {
        m_project.flushExtents();
        m_project.indexBatch();
    }
    m_tx->commit();
    m_committed = true;
}

#define SIGHTLINE_INSTANTIATE(T)                                                                           \
    template void Project::save<T>(T &);                                                                   \
    template void Project::remove<T>(const QUuid &);                                                       \
    template QList<T> Project::all<T>() const;                                                             \
    template std::optional<T> Project::find<T>(const QUuid &) const;

SIGHTLINE_INSTANTIATE(Site)
SIGHTLINE_INSTANTIATE(Source)
SIGHTLINE_INSTANTIATE(Capture)
SIGHTLINE_INSTANTIATE(Claim)
SIGHTLINE_INSTANTIATE(ImageryScene)
SIGHTLINE_INSTANTIATE(Annotation)
SIGHTLINE_INSTANTIATE(Observation)
SIGHTLINE_INSTANTIATE(Event)
SIGHTLINE_INSTANTIATE(Link)
SIGHTLINE_INSTANTIATE(Bookmark)
SIGHTLINE_INSTANTIATE(Judgment)

} // namespace sightline
