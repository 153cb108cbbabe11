// sightline-bench-brief: a briefing pack of 20 pages or more with 10 map figures (the demo
// project and three more sites), made R times (default 3): median and slowest time, the time
// spent drawing maps, pages and size. The target is 5 s a brief. Fails (exit 1) when the brief
// it timed is not that brief (fewer pages or figures), so a broken writer cannot look fast.
#include "sightline/report/briefwriter.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

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
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("runs"), QStringLiteral("How many briefs to time."), QStringLiteral("R"),
                 QStringLiteral("3")});
    p.addHelpOption();
    p.process(app);
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.gpkg"));
    QProcess demo;
    demo.start(QStringLiteral(SIGHTLINE_BIN_DIR "/sightline-cli"), {QStringLiteral("demo"), file});
    if (!demo.waitForFinished(120000) || demo.exitCode() != 0) {
        print(QStringLiteral("error: sightline-cli demo failed: ") +
              QString::fromUtf8(demo.readAllStandardError()));
        return 1;
    }
    {
        // Three more sites, each with a claim of its own: ten sites, ten map figures.
        auto project = Project::open(file, QStringLiteral("bench"));
        const QList<Source> sources = project->all<Source>();
        const GeoPoint places[] = {{130.40, 42.35}, {131.90, 43.10}, {132.95, 42.80}};
        for (int i = 0; i < 3; ++i) {
            Site s;
            s.name = QStringLiteral("Bench site %1").arg(i + 1);
            s.kind = SiteKind::Other;
            s.location = places[i];
            project->save(s);
            Claim c;
            c.sourceId = sources.first().meta.id;
            c.quote = QStringLiteral("A convoy of %1 trucks was seen at the site.").arg(10 + i);
            c.siteIds = {s.meta.id};
            c.time = *TimeSpan::parse(QStringLiteral("2024-03"));
            project->save(c);
        }
    }
    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    report::BriefOptions options;
    options.marking = Marking::Amber;
    QList<double> ms;
    report::BriefResult last;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        last = report::BriefWriter::write(*project, options, dir.filePath(QStringLiteral("brief.pdf")));
        ms.append(t.nsecsElapsed() / 1e6);
        print(QStringLiteral("run %1: %2 ms (maps %3 ms)")
                  .arg(i + 1)
                  .arg(ms.last(), 0, 'f', 0)
                  .arg(last.mapMs, 0, 'f', 0));
    }
    std::sort(ms.begin(), ms.end());
    print(QStringLiteral("brief: %1 pages, %2 map figures, %3 KiB")
              .arg(last.pages)
              .arg(last.figures)
              .arg((last.bytes + 1023) / 1024));
    print(QStringLiteral("time: median %1 ms, slowest %2 ms over %3 runs (target 5000 ms: %4)")
              .arg(ms[ms.size() / 2], 0, 'f', 0)
              .arg(ms.last(), 0, 'f', 0)
              .arg(ms.size())
              .arg(ms[ms.size() / 2] <= 5000 ? QStringLiteral("met") : QStringLiteral("MISSED")));
    if (last.pages < 20 || last.figures != 10 ||
        QFileInfo(dir.filePath(QStringLiteral("brief.pdf"))).size() != last.bytes) {
        print(QStringLiteral("error: the brief timed is not the 20-page, 10-figure brief"));
        return 1;
    }
    return 0;
}
