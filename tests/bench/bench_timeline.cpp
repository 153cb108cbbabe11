// sightline-bench-timeline: what the timeline costs with many items.
//   1. The painter with N items (default 100,000) of every kind and precision over ten years in
//      twenty site lanes, 1600 x 400 pixels: a repaint after each step of zooming in from the whole
//      span to a day and out again, as the dock repaints after a wheel notch.
//   2. A window step that refilters the map: a project with N claims over the same ten years at
//      points around Tumangang; the map model's window stepped a week at a time over 2023 to 2024
//      and the map drawn (1920 x 1080, Web Mercator, no basemap), as the canvas does after a step.
// Each timed repaint must draw items and each step must draw claims that differ from the step
// before; a run that drew nothing stops the benchmark with an error.
#include "sightline/present/timelinepainter.h"
#include "sightline/render/mapmodel.h"
#include "sightline/render/memoryreuse.h"
#include "sightline/render/projectlayers.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
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

[[noreturn]] void fail(const QString &why)
{
    print(QStringLiteral("ERROR: ") + why);
    std::exit(2);
}

// Processor time of the process in ms: what the load of a shared machine does not stretch.
double cpuMs()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const double p95 = ms[std::min<qsizetype>(ms.size() - 1, qsizetype(0.95 * ms.size()))];
    return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms (%4 frames)")
        .arg(ms[ms.size() / 2], 0, 'f', 2)
        .arg(p95, 0, 'f', 2)
        .arg(ms.last(), 0, 'f', 2)
        .arg(ms.size());
}

// A time of any kind and precision in the ten years from 2015.
TimeSpan randomTime(QRandomGenerator &rng)
{
    const QDate day = QDate(2015, 1, 1).addDays(rng.bounded(3650));
    const auto text = [&](const QDate &d, int precision) {
        switch (precision) {
        case 0: return d.toString(QStringLiteral("yyyy"));
        case 1: return d.toString(QStringLiteral("yyyy-MM"));
        case 2: return d.toString(QStringLiteral("yyyy-MM-dd"));
        default: return d.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T10:14Z");
        }
    };
    const int r = rng.bounded(100);
    const int precision = r < 3 ? 0 : r < 15 ? 1 : r < 85 ? 2 : 3;
    QString t = text(day, precision);
    const int shape = rng.bounded(100);
    if (shape < 10)
        t = t + u'/' + text(day.addDays(1 + rng.bounded(60)), std::max(precision, 2));
    else if (shape < 14)
        t = QStringLiteral("../") + t;
    else if (shape < 18)
        t = t + QStringLiteral("/..");
    return *TimeSpan::parse(t);
}

int nonBackground(const QImage &img)
{
    int n = 0;
    const QRgb bg = QColor(0xfb, 0xfb, 0xfb).rgb(), alt = QColor(0xf1, 0xf3, 0xf6).rgb();
    for (int y = 60; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            n += img.pixel(x, y) != bg && img.pixel(x, y) != alt;
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("items"), QStringLiteral("Items on the timeline and claims on the map."), QStringLiteral("N"),
                 QStringLiteral("100000")});
    p.process(app);
    render::keepFreedMemoryForReuse();
    const int n = std::max(1000, p.value(QStringLiteral("items")).toInt());
    QRandomGenerator rng(15);

    // 1. The painter.
    auto timeline = std::make_shared<present::Timeline>();
    QList<QUuid> sites;
    for (int s = 0; s < 20; ++s) {
        sites << QUuid::createUuid();
        timeline->siteNames.insert(sites.last(), QStringLiteral("Site %1").arg(s + 1));
    }
    for (int i = 0; i < n; ++i) {
        TimelineItem item;
        item.kind = static_cast<TimelineItem::Kind>(rng.bounded(5));
        item.id = QUuid::createUuid();
        item.title = QStringLiteral("item %1").arg(i);
        item.time = randomTime(rng);
        item.moments = TimeMoments::of(item.time);
        item.siteIds = {sites[rng.bounded(20)]};
        item.grade = item.kind == TimelineItem::Kind::Claim ? QStringLiteral("B2") : QString();
        timeline->items << item;
    }
    sortTimeline(timeline->items);
    for (int c = 0; c < n / 100; ++c)
        timeline->conflicts << TimelineConflict{rng.bounded(n), rng.bounded(n)};
    present::TimelinePainter painter;
    painter.setTimeline(timeline);
    painter.showAll();
    QImage image(1600, 400, QImage::Format_ARGB32_Premultiplied);
    const QRectF rect(0, 0, 1600, 400);
    {
        QPainter warm(&image); // the lanes and rows are laid out once, on the first paint
        QElapsedTimer t;
        t.start();
        painter.paint(warm, rect);
        print(QStringLiteral("timeline of %1 items in %2 lanes: first paint (lanes and rows laid out) %3 ms")
                  .arg(n)
                  .arg(painter.laneNames().size())
                  .arg(t.nsecsElapsed() / 1e6, 0, 'f', 1));
    }
    const qint64 from = painter.viewFrom(), to = painter.viewTo();
    const qint64 mid = QDateTime(QDate(2020, 6, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    QList<double> ms, cpu, zoomedOut, zoomedIn;
    int drawnFrames = 0;
    double width = double(to - from);
    for (int step = 0; step < 80; ++step) {
        // In by a wheel notch (2^0.25) to a day wide, then out again.
        width = step < 40 ? std::max(86'400'000.0, width / 1.19) : std::min(double(to - from), width * 1.19);
        painter.setView(mid - qint64(width / 2), mid + qint64(width / 2));
        QPainter qp(&image);
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        painter.paint(qp, rect);
        qp.end();
        ms << t.nsecsElapsed() / 1e6;
        cpu << cpuMs() - c0;
        (width > 365.0 * 86'400'000 ? zoomedOut : zoomedIn) << ms.last();
        drawnFrames += nonBackground(image) > 100;
    }
    if (drawnFrames < 70)
        fail(QStringLiteral("only %1 of 80 repaints drew items").arg(drawnFrames));
    print(QStringLiteral("repaint after a zoom step (whole span to a day and back, 1600 x 400): ") + figures(ms) +
          QStringLiteral("; CPU median %1 ms; median over a year wide %2 ms, under %3 ms")
              .arg(median(cpu), 0, 'f', 2)
              .arg(median(zoomedOut), 0, 'f', 2)
              .arg(median(zoomedIn), 0, 'f', 2));

    // 2. The map's window stepped.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.gpkg"));
    {
        auto project = Project::create(file, QStringLiteral("bench"), QStringLiteral("bench"));
        Source s;
        s.publisher = QStringLiteral("bench");
        project->save(s);
        QElapsedTimer t;
        t.start();
        Project::Batch batch(*project);
        for (int i = 0; i < n; ++i) {
            Claim c;
            c.sourceId = s.meta.id;
            c.quote = QStringLiteral("claim %1").arg(i);
            c.time = randomTime(rng);
            c.location = Geometry::point(130.0 + rng.generateDouble(), 42.0 + rng.generateDouble() * 0.8);
            project->save(c);
        }
        batch.commit();
        print(QStringLiteral("\nproject with %1 claims written in %2 s").arg(n).arg(t.elapsed() / 1000.0, 0, 'f', 1));
    }
    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    render::MapModel model;
    model.setProject(*project, QString());
    const render::MapExtent extent = render::extentInCrs(GeoBounds{130.0, 42.0, 131.0, 42.8}, QStringLiteral("EPSG:3857"), 0.02, nullptr);
    const render::MapSettings base = render::MapSettings::fitting(extent, {1920, 1080}, QStringLiteral("EPSG:3857"));
    render::TileCache cache;
    QImage last = render::MapRenderer::render(model.viewOf(base), model.visibleLayers(), &cache);
    QList<double> stepMs, stepCpu;
    int changed = 0;
    TimeWindow w(QDateTime(QDate(2023, 1, 2), QTime(0, 0), Qt::UTC), QDateTime(QDate(2023, 1, 8), QTime(23, 59, 59, 999), Qt::UTC));
    for (int step = 0; step < 100; ++step) {
        w = w.shiftedBy(7LL * 86'400'000);
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        model.setTimeWindow(w);
        const QImage frame = render::MapRenderer::render(model.viewOf(base), model.visibleLayers(), &cache);
        stepMs << t.nsecsElapsed() / 1e6;
        stepCpu << cpuMs() - c0;
        changed += frame != last;
        last = frame;
    }
    if (changed < 90)
        fail(QStringLiteral("only %1 of 100 steps changed the map").arg(changed));
    print(QStringLiteral("window step a week (set the window, draw the map of %1 claims, 1920 x 1080): ").arg(n) + figures(stepMs) +
          QStringLiteral("; CPU median %1 ms (all render threads)").arg(median(stepCpu), 0, 'f', 2));
    return 0;
}
