// sightline-bench-merge: two copies of one project with N claims each, edited apart (one-sided
// edits on both sides and C claims edited on both, which become conflicts), merged into a third
// file. Prints the time of the merge and what it decided; fails when the merge timed nothing
// (no records compared, or not the expected number of conflicts).
#include "sightline/merge/merge.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

// Edits every claim whose index passes pick, on one copy, in one batch.
void editClaims(const QString &file, const QString &author, const QString &note, int count, int offset)
{
    auto p = Project::open(file, author);
    QList<Claim> claims = p->all<Claim>();
    Project::Batch batch(*p);
    for (int i = 0; i < count && offset + i < claims.size(); ++i) {
        Claim &c = claims[offset + i];
        c.notes = note;
        p->save(c);
    }
    batch.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Claims in each copy (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("conflicts"),
                      QStringLiteral("Claims edited on both sides (default 1000)."), QStringLiteral("C"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("target"), QStringLiteral("Seconds the merge may take (default 2)."),
                      QStringLiteral("S"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("copies"),
                      QStringLiteral("Folder that keeps the two prepared copies, reused when already there "
                                     "(for profiling the merge alone)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int records = parser.value(QStringLiteral("records")).toInt();
    const int conflicts = parser.value(QStringLiteral("conflicts")).toInt();
    const double target = parser.value(QStringLiteral("target")).toDouble();
    if (records < 10 || conflicts < 1 || conflicts * 3 > records) {
        print(QStringLiteral("need --records >= 10 and 1 <= --conflicts <= records / 3"));
        return 1;
    }
    QTemporaryDir tmp;
    const QDir dir(parser.isSet(QStringLiteral("copies")) ? parser.value(QStringLiteral("copies"))
                                                          : tmp.path());
    const QString base = dir.filePath(QStringLiteral("base.gpkg"));
    const QString mine = dir.filePath(QStringLiteral("mine.gpkg")),
                  theirs = dir.filePath(QStringLiteral("theirs.gpkg"));
    QElapsedTimer t;
    t.start();
    if (QFile::exists(mine) && QFile::exists(theirs)) {
        print(QStringLiteral("reusing the copies in %1").arg(dir.path()));
    } else {
        QFile::remove(base);
        {
            auto p = Project::create(base, QStringLiteral("Merge benchmark"), QStringLiteral("origin"));
            Site site;
            site.name = QStringLiteral("Tumangang");
            site.location = {130.6, 42.4};
            p->save(site);
            Source source;
            source.publisher = QStringLiteral("Bench");
            source.title = QStringLiteral("Report");
            source.reliability = Reliability::B;
            p->save(source);
            Project::Batch batch(*p);
            for (int i = 0; i < records; ++i) {
                Claim c;
                c.sourceId = source.meta.id;
                c.siteIds = {site.meta.id};
                c.quote =
                    QStringLiteral("Approximately %1 railcars were visible at the facility").arg(i % 400);
                c.locator = QStringLiteral("para. %1").arg(i % 40);
                c.time = TimeSpan::day(2023 + i % 2, 1 + i % 12, 1 + i % 28);
                c.location = Geometry::point(130.0 + (i % 1000) / 1000.0, 42.0 + (i / 1000 % 100) / 100.0);
                p->save(c);
            }
            batch.commit();
        }
        QFile::copy(base, mine);
        QFile::copy(base, theirs);
        // Both edit the first C claims (conflicts); each edits C more of its own.
        editClaims(mine, QStringLiteral("ana"), QStringLiteral("ana's reading"), conflicts, 0);
        editClaims(mine, QStringLiteral("ana"), QStringLiteral("ana only"), conflicts, conflicts);
        editClaims(theirs, QStringLiteral("ben"), QStringLiteral("ben's reading"), conflicts, 0);
        editClaims(theirs, QStringLiteral("ben"), QStringLiteral("ben only"), conflicts, 2 * conflicts);
        print(QStringLiteral("prepared two copies of %1 claims in %2 s")
                  .arg(records)
                  .arg(t.elapsed() / 1000.0, 0, 'f', 1));
    }

    const QString out = dir.filePath(QStringLiteral("merged.gpkg"));
    QFile::remove(out);
    merge::MergeOptions options;
    options.author = QStringLiteral("bench");
    t.restart();
    const std::clock_t cpuBefore = std::clock();
    const merge::MergeReport report = merge::mergeCopies(mine, theirs, out, options);
    const double seconds = t.nsecsElapsed() / 1e9;
    const double cpuSeconds = double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    print(QStringLiteral("merge: %1 s wall, %8 s CPU (all threads) for %2 records compared, %3 unchanged or "
                         "kept, %4 conflicts, %5 decisions, "
                         "%6 log entries added; output %7 MB")
              .arg(seconds, 0, 'f', 2)
              .arg(report.recordsCompared)
              .arg(report.recordsUnchanged)
              .arg(report.conflicts.size())
              .arg(report.decisions.size())
              .arg(report.logEntriesAdded)
              .arg(QFileInfo(out).size() / 1e6, 0, 'f', 1)
              .arg(cpuSeconds, 0, 'f', 2));
    if (report.recordsCompared < records || report.conflicts.size() != conflicts || !QFile::exists(out)) {
        print(QStringLiteral(
                  "FAILED: the merge did not do the work timed (expected %1 records and %2 conflicts)")
                  .arg(records)
                  .arg(conflicts));
        return 2;
    }
    print(QStringLiteral("target <= %1 s: %2")
              .arg(target)
              .arg(seconds <= target ? QStringLiteral("met") : QStringLiteral("NOT met")));
    return 0;
}
