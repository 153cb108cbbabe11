// sightline-bench-exchange: a STIX 2.1 export of N records (default 100,000: sites, sources and
// claims) and its import into an empty project, each timed whole (reading the project, building and
// writing the bundle; reading, checking and storing it in one transaction). Exits 1 when a step
// handled fewer records than it should (nothing timed is no figure).
#include "sightline/interop/exchangeimport.h"
#include "sightline/interop/stixexport.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace sightline;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("records"), QStringLiteral("Records to export and import."),
                 QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Where to write (default: a temporary folder)."),
                 QStringLiteral("DIR")});
    p.addHelpOption();
    p.process(app);
    const int n = p.value(QStringLiteral("records")).toInt();
    QTemporaryDir tmp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    const QString source = dir + QStringLiteral("/bench-source.gpkg");
    const QString target = dir + QStringLiteral("/bench-target.gpkg");
    const QString bundle = dir + QStringLiteral("/bench.stix.json");
    for (const QString &f : {source, target, bundle})
        QFile::remove(f);

    // 1 % sites, 0.1 % sources, the rest claims about them.
    const int sites = std::max(1, n / 100), sources = std::max(1, n / 1000), claims = n - sites - sources;
    {
        auto project = Project::create(source, QStringLiteral("bench"), QStringLiteral("bench"));
        project->setMarking(Marking::Green);
        Project::Batch batch(*project);
        QList<QUuid> siteIds, sourceIds;
        for (int i = 0; i < sites; ++i) {
            Site s;
            s.name = QStringLiteral("Site %1").arg(i);
            s.kind = SiteKind::Depot;
            s.location = {120.0 + (i % 100) * 0.1, 40.0 + (i / 100) * 0.01};
            project->save(s);
            siteIds << s.meta.id;
        }
        for (int i = 0; i < sources; ++i) {
            Source s;
            s.title = QStringLiteral("Report %1").arg(i);
            s.publisher = QStringLiteral("Publisher %1").arg(i % 20);
            s.reliability = Reliability::C;
            s.published = QDate(2023, 1 + i % 12, 1 + i % 28);
            project->save(s);
            sourceIds << s.meta.id;
        }
        for (int i = 0; i < claims; ++i) {
            Claim c;
            c.sourceId = sourceIds[i % sources];
            c.siteIds = {siteIds[i % sites]};
            c.quote = QStringLiteral("About %1 railcars were seen at the yard in the week of report %2")
                          .arg(i % 200)
                          .arg(i);
            c.time = TimeSpan::day(2023, 1 + i % 12, 1 + i % 28);
            c.quantity.value = i % 200;
            c.quantity.unit = QStringLiteral("railcars");
            c.credibility = *Credibility::fromInt(1 + i % 6);
            project->save(c);
        }
        batch.commit();
    }
    print(QStringLiteral("project: %1 sites, %2 sources, %3 claims (%4 records)")
              .arg(sites)
              .arg(sources)
              .arg(claims)
              .arg(n));

    // Wall time and this process's CPU time: on a shared machine the wall time also counts the
    // time other processes held the cores.
    auto cpuMs = [] { return static_cast<qint64>(std::clock() * 1000.0 / CLOCKS_PER_SEC); };
    QElapsedTimer t;
    t.start();
    qint64 cpu = cpuMs();
    int objects = 0;
    QString why;
    {
        const auto project = Project::open(source, QString(), Project::Access::ReadOnly);
        if (!exportStix(collectExport(*project, {}), bundle, &objects, &why)) {
            print(why);
            return 1;
        }
    }
    const qint64 exportMs = t.elapsed();
    print(QStringLiteral("STIX export: %1 records -> %2 objects, %3 MB, %4 ms (CPU %5 ms)")
              .arg(n)
              .arg(objects)
              .arg(QFileInfo(bundle).size() / 1e6, 0, 'f', 1)
              .arg(exportMs)
              .arg(cpuMs() - cpu));

    Project::create(target, QStringLiteral("target"), QStringLiteral("bench"));
    t.restart();
    cpu = cpuMs();
    ExchangeImportReport report;
    {
        auto project = Project::open(target, QStringLiteral("bench"));
        report = importExchangeFile(*project, bundle);
    }
    const qint64 importMs = t.elapsed();
    int imported = 0;
    for (int v : report.imported)
        imported += v;
    print(QStringLiteral("STIX import: %1 records stored, %2 ms (CPU %3 ms)")
              .arg(imported)
              .arg(importMs)
              .arg(cpuMs() - cpu));

    // The search index is not in the file: the first search of a connection builds it.
    int hits = 0;
    {
        const auto project = Project::open(target, QString(), Project::Access::ReadOnly);
        t.restart();
        cpu = cpuMs();
        hits = project->search(QStringLiteral("railcars"), 10).size();
        const qint64 firstMs = t.elapsed(), firstCpu = cpuMs() - cpu;
        t.restart();
        project->search(QStringLiteral("yard"), 10);
        print(QStringLiteral("first search (builds the index of %1 records): %2 ms (CPU %3 ms); the next: %4 ms")
                  .arg(imported)
                  .arg(firstMs)
                  .arg(firstCpu)
                  .arg(t.elapsed()));
    }
    if (objects < n || imported < n || hits == 0) {
        print(QStringLiteral("FAILED: fewer records than made (%1 objects, %2 imported, %3 made, %4 found)")
                  .arg(objects)
                  .arg(imported)
                  .arg(n)
                  .arg(hits));
        return 1;
    }
    return 0;
}
