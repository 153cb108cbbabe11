// sightline-bench-store: the project file's speed on realistic volumes.
//   1. inserting N claims + N annotations through the store, against raw SQLite prepared
//      inserts of the same rows into bare tables, in the same run;
//   2. opening that project;
//   3. a bbox + time query over M annotations.
#include "sightline/store/gpkg.h"
#include "sightline/store/project.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sightline;

namespace {

struct Stats
{
    double median, p95, max;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min<qsizetype>(ms.size() - 1, static_cast<qsizetype>(q * ms.size()))]; };
    return {at(0.5), at(0.95), ms.last()};
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// A region the size of the Tumangang-Khasan area, two years of imagery.
Annotation makeAnnotation(QRandomGenerator &rng)
{
    Annotation a;
    a.objectKind = QStringLiteral("railcar");
    a.label = QStringLiteral("covered wagon");
    const double lon = 130.0 + rng.generateDouble();
    const double lat = 42.0 + rng.generateDouble();
    a.geometry = Geometry::point(lon, lat);
    a.time = TimeSpan::instant(QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).addSecs(rng.bounded(730 * 86400)),
                               TimeSpan::Precision::Minute);
    return a;
}

Claim makeClaim(QRandomGenerator &rng, const QUuid &source, const QUuid &site, int i)
{
    Claim c;
    c.sourceId = source;
    c.siteIds = {site};
    c.quote = QStringLiteral("Approximately %1 railcars were visible in the images of the facility").arg(i % 400);
    c.locator = QStringLiteral("para. %1").arg(i % 40);
    c.time = TimeSpan::day(2023 + i % 2, 1 + i % 12, 1 + i % 28);
    c.quantity.value = i % 400;
    c.quantity.approximate = true;
    c.quantity.unit = QStringLiteral("railcars");
    c.quantity.objectKind = QStringLiteral("railcar");
    c.credibility = *Credibility::fromInt(1 + i % 6);
    c.location = Geometry::point(130.0 + rng.generateDouble(), 42.0 + rng.generateDouble());
    return c;
}

enum class RawTarget {
    BareTable,      // same columns, no index, no trigger
    ProjectTables,  // the project's own GeoPackage tables: UUID index, R-tree and its triggers
};

// Raw SQLite: the same rows, encoded the same way, inserted with one cached prepared statement
// in one transaction; no validation and no change log.
template <typename T> double rawInsertSeconds(const QString &file, const QList<T> &rows, RawTarget target)
{
    using Table = store::RecordTable<T>;
    if (target == RawTarget::ProjectTables)
        Project::create(file, QStringLiteral("raw"), QStringLiteral("bench"));
    sql::Database db(file, sql::Database::Mode::Create);
    db.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY"));
    gpkg::registerFunctions(db);
    db.trustCheckedSchema(); // made by Project::create just above: the spatial index triggers write
    const auto &spec = Table::spec();
    QStringList cols{QStringLiteral("uuid TEXT"), QStringLiteral("created_utc TEXT"), QStringLiteral("modified_utc TEXT"),
                     QStringLiteral("author TEXT"), QStringLiteral("revision INTEGER")};
    cols += spec.columns;
    for (const store::AddedColumn &c : spec.added) // written after the first columns, as the store writes them
        cols << c.declaration;
    if (spec.geometry)
        cols << QStringLiteral("geom BLOB");
    if (target == RawTarget::BareTable)
        db.exec(QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY, %2)").arg(spec.table, cols.join(u',')));
    QStringList params;
    for (int i = 0; i < cols.size(); ++i)
        params << QStringLiteral("?");
    QStringList names;
    for (const auto &c : cols)
        names << c.section(u' ', 0, 0);
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(spec.table, names.join(u','), params.join(u','));
    QElapsedTimer t;
    t.start();
    sql::Transaction tx(db);
    for (const T &row : rows) {
        RecordMeta meta = row.meta;
        meta.id = QUuid::createUuid();
        meta.createdUtc = meta.modifiedUtc = nowUtc();
        meta.author = QStringLiteral("bench");
        meta.revision = 1;
        auto s = db.prepare(insert);
        store::RowWriter w(s);
        w << meta;
        Table::write(w, row);
        s.run();
    }
    tx.commit();
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Benchmarks of the Sightline project file."));
    p.addHelpOption();
    p.addOption({QStringLiteral("rows"), QStringLiteral("Claims and annotations to insert (each)."), QStringLiteral("N"),
                 QStringLiteral("100000")});
    p.addOption({QStringLiteral("query-annotations"), QStringLiteral("Annotations in the query project."),
                 QStringLiteral("N"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the scratch files (default: a temporary one)."),
                 QStringLiteral("DIR")});
    p.process(app);
    const int rows = p.value(QStringLiteral("rows")).toInt();
    const int queryRows = p.value(QStringLiteral("query-annotations")).toInt();
    QTemporaryDir tmp(p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) + QStringLiteral("/bench-XXXXXX")
                                                     : QString());
    auto path = [&](const char *name) { return tmp.filePath(QString::fromLatin1(name)); };

    QRandomGenerator rng(42);
    const QString projectFile = path("insert.gpkg");
    QList<Claim> claims;
    QList<Annotation> annotations;
    QUuid sourceId, siteId;
    {
        auto project = Project::create(projectFile, QStringLiteral("bench"), QStringLiteral("bench"));
        Source source;
        source.publisher = QStringLiteral("Bench");
        source.title = QStringLiteral("Generated");
        project->save(source);
        Site site;
        site.name = QStringLiteral("Tumangang");
        site.location = {130.6, 42.4};
        project->save(site);
        sourceId = source.meta.id;
        siteId = site.meta.id;
        for (int i = 0; i < rows; ++i) {
            claims.append(makeClaim(rng, sourceId, siteId, i));
            annotations.append(makeAnnotation(rng));
        }

        print(QStringLiteral("== insert %1 claims + %1 annotations").arg(rows));
        const double raw = rawInsertSeconds(path("raw-claims.sqlite"), claims, RawTarget::BareTable) +
                           rawInsertSeconds(path("raw-annotations.sqlite"), annotations, RawTarget::BareTable);
        const double rawGpkg = rawInsertSeconds(path("raw-claims.gpkg"), claims, RawTarget::ProjectTables) +
                               rawInsertSeconds(path("raw-annotations.gpkg"), annotations, RawTarget::ProjectTables);
        QElapsedTimer t;
        t.start();
        {
            Project::Batch batch(*project);
            for (Claim &c : claims)
                project->save(c);
            batch.commit();
        }
        const double oursClaims = t.nsecsElapsed() / 1e9;
        t.restart();
        {
            Project::Batch batch(*project);
            for (Annotation &a : annotations)
                project->save(a);
            batch.commit();
        }
        const double oursAnnotations = t.nsecsElapsed() / 1e9;
        const double ours = oursClaims + oursAnnotations;
        print(QStringLiteral("raw SQLite prepared inserts, bare tables: %1 s (%2 rows/s)").arg(raw, 0, 'f', 2).arg(2 * rows / raw, 0, 'f', 0));
        print(QStringLiteral("raw SQLite prepared inserts, the project's GeoPackage tables (UUID index, R-tree): %1 s (%2 rows/s)")
                  .arg(rawGpkg, 0, 'f', 2)
                  .arg(2 * rows / rawGpkg, 0, 'f', 0));
        print(QStringLiteral("Sightline store (GeoPackage, R-tree, validation, change log): %1 s (%2 rows/s)")
                  .arg(ours, 0, 'f', 2)
                  .arg(2 * rows / ours, 0, 'f', 0));
        print(QStringLiteral("  claims %1 s, annotations %2 s").arg(oursClaims, 0, 'f', 2).arg(oursAnnotations, 0, 'f', 2));
        print(QStringLiteral("store speed / raw speed into the same GeoPackage tables: %1 % (target >= 50 %)")
                  .arg(100.0 * rawGpkg / ours, 0, 'f', 1));
        print(QStringLiteral("store speed / raw speed into bare tables: %1 %").arg(100.0 * raw / ours, 0, 'f', 1));
    }

    print(QStringLiteral("== open the %1-record project (%2 MB)")
              .arg(2 * rows + 2)
              .arg(QFileInfo(projectFile).size() / 1e6, 0, 'f', 1));
    QList<double> openMs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        auto project = Project::open(projectFile, QStringLiteral("bench"));
        const qint64 n = project->count(RecordType::Site); // first real read
        openMs.append(t.nsecsElapsed() / 1e6);
        Q_UNUSED(n);
    }
    const Stats open = stats(openMs);
    print(QStringLiteral("open: median %1 ms, max %2 ms (target <= 300 ms)").arg(open.median, 0, 'f', 1).arg(open.max, 0, 'f', 1));

    // Counting: each click saves one point annotation in its own transaction, and the store rolls
    // it up into the scene's counted observation in the same one.
    print(QStringLiteral("== count 300 railcars on one scene, one save a click"));
    {
        auto project = Project::create(path("count.gpkg"), QStringLiteral("bench"), QStringLiteral("bench"));
        Site site;
        site.name = QStringLiteral("Tumangang");
        site.location = {130.6, 42.4};
        project->save(site);
        ImageryScene scene;
        scene.filePath = QStringLiteral("scene.tif");
        scene.footprint = Geometry::polygon({{130.5, 42.3}, {130.7, 42.3}, {130.7, 42.5}, {130.5, 42.5}, {130.5, 42.3}});
        scene.acquired = TimeSpan::day(2023, 10, 5);
        project->save(scene);
        QList<double> clickMs;
        for (int i = 0; i < 300; ++i) {
            Annotation a = makeAnnotation(rng);
            a.sceneId = scene.meta.id;
            a.siteId = site.meta.id;
            QElapsedTimer t;
            t.start();
            project->save(a);
            clickMs.append(t.nsecsElapsed() / 1e6);
        }
        const auto counted = project->all<Observation>();
        if (counted.size() != 1 || counted.first().count.value != 300.0) {
            print(QStringLiteral("error: the 300 annotations were not counted as one observation of 300"));
            return 1;
        }
        const Stats c = stats(clickMs);
        print(QStringLiteral("save and count: median %1 ms, p95 %2 ms, max %3 ms (the tally's budget: 16 ms)")
                  .arg(c.median, 0, 'f', 2)
                  .arg(c.p95, 0, 'f', 2)
                  .arg(c.max, 0, 'f', 2));
    }

    print(QStringLiteral("== bbox + time query over %1 annotations").arg(queryRows));
    const QString queryFile = path("query.gpkg");
    {
        auto project = Project::create(queryFile, QStringLiteral("bench"), QStringLiteral("bench"));
        Project::Batch batch(*project);
        for (int i = 0; i < queryRows; ++i) {
            Annotation a = makeAnnotation(rng);
            project->save(a);
        }
        batch.commit();
    }
    auto project = Project::open(queryFile, QStringLiteral("bench"), Project::Access::ReadOnly);
    QList<double> queryMs;
    qint64 returned = 0;
    for (int i = 0; i < 200; ++i) {
        // A rail yard (about 1.6 x 2.2 km) over one quarter.
        const double lon = 130.0 + rng.generateDouble() * 0.98;
        const double lat = 42.0 + rng.generateDouble() * 0.98;
        const QDateTime from = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).addDays(rng.bounded(640));
        QElapsedTimer t;
        t.start();
        const auto found = project->annotationsIn(GeoBounds{lon, lat, lon + 0.02, lat + 0.02}, from, from.addDays(90));
        queryMs.append(t.nsecsElapsed() / 1e6);
        returned += found.size();
    }
    const Stats q = stats(queryMs);
    print(QStringLiteral("query: median %1 ms, p95 %2 ms, max %3 ms, %4 annotations returned on average (target <= 5 ms)")
              .arg(q.median, 0, 'f', 2)
              .arg(q.p95, 0, 'f', 2)
              .arg(q.max, 0, 'f', 2)
              .arg(returned / 200.0, 0, 'f', 0));
    return 0;
}
