// sightline-cli render --layer FILE (a reference layer for this run) and --from/--to (the time
// window): what they add to the map, and the one line that refuses a bad file or date.
#include "support/cliprocess.h"

#include "sightline/store/project.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestCliRender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    QString write(const char *name, const QByteArray &content)
    {
        const QString p = m_dir.filePath(QString::fromLatin1(name));
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write a test file");
        f.write(content);
        return p;
    }

    CliResult render(const QString &png, const QStringList &extra)
    {
        // A fixed view (lon/lat), so that runs compare pixel for pixel; no basemap, so that only
        // the project's evidence and the extra layer are drawn.
        return runCli(QStringList{QStringLiteral("render"), m_project, QStringLiteral("-o"), png, QStringLiteral("--size"),
                                  QStringLiteral("200x200"), QStringLiteral("--crs"), QStringLiteral("EPSG:4326"),
                                  QStringLiteral("--extent"), QStringLiteral("130.5,42.3,130.7,42.5"), QStringLiteral("--basemap"),
                                  m_dir.filePath(QStringLiteral("none.gpkg"))} +
                      extra);
    }

    static int differing(const QImage &a, const QImage &b)
    {
        int n = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                n += a.pixel(x, y) != b.pixel(x, y);
        return n;
    }

private slots:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("window.gpkg"));
        auto p = Project::create(m_project, QStringLiteral("window"), QStringLiteral("a"));
        Source s;
        s.title = QStringLiteral("report");
        p->save(s);
        Claim c;
        c.sourceId = s.meta.id;
        c.quote = QStringLiteral("a train at the crossing");
        c.location = Geometry::point(130.6, 42.4);
        c.time = *TimeSpan::parse(QStringLiteral("2023-10"));
        p->save(c);
    }

    void layerAddsAReferenceLayerForTheRun()
    {
        const QString line = write("line.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                                   "\"properties\":{},\"geometry\":{\"type\":\"LineString\","
                                                   "\"coordinates\":[[130.52,42.32],[130.68,42.48]]}}]}");
        const QString points = write("points.csv", "lon,lat,name\n130.55,42.45,a\n130.65,42.35,b\n");
        const QString without = m_dir.filePath(QStringLiteral("without.png")), with = m_dir.filePath(QStringLiteral("with.png"));
        QCOMPARE(render(without, {}).exitCode, 0);
        const CliResult r = render(with, {QStringLiteral("--layer"), line, QStringLiteral("--layer"), points});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage a(without), b(with);
        QVERIFY(differing(a, b) > 150); // a diagonal line across 200 pixels, and two points
        // The layer is for this run only: the project's saved state is not changed.
        QVERIFY(Project::open(m_project, QString(), Project::Access::ReadOnly)->layerStates().isEmpty());
        const QString again = m_dir.filePath(QStringLiteral("again.png"));
        QCOMPARE(render(again, {}).exitCode, 0);
        QCOMPARE(differing(QImage(again), a), 0);
    }

    void badLayerFilesAreOneLineNamingThem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nowhere.kml"));
        QTest::newRow("truncated") << write("cut.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Fea");
        QTest::newRow("not vector data") << write("notes.txt", "just some notes\n");
    }

    void badLayerFilesAreOneLineNamingThem()
    {
        QFETCH(QString, file);
        const QString png = m_dir.filePath(QStringLiteral("never.png"));
        const CliResult r = render(png, {QStringLiteral("--layer"), file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        QVERIFY(!QFile::exists(png));
    }

    void timeWindowShowsWhatOverlapsIt()
    {
        const QString all = m_dir.filePath(QStringLiteral("all.png")), inside = m_dir.filePath(QStringLiteral("inside.png")),
                      after = m_dir.filePath(QStringLiteral("after.png"));
        QCOMPARE(render(all, {}).exitCode, 0);
        // The claim is dated "2023-10" (a month): a week inside October shows it, November does not.
        QCOMPARE(render(inside, {QStringLiteral("--from"), QStringLiteral("2023-10-20"), QStringLiteral("--to"),
                                 QStringLiteral("2023-10-27")}).exitCode, 0);
        QCOMPARE(render(after, {QStringLiteral("--from"), QStringLiteral("2023-11")}).exitCode, 0);
        QCOMPARE(differing(QImage(inside), QImage(all)), 0);
        QVERIFY(differing(QImage(after), QImage(all)) > 20);
        // An open start reaching into October shows it too.
        const QString until = m_dir.filePath(QStringLiteral("until.png"));
        QCOMPARE(render(until, {QStringLiteral("--to"), QStringLiteral("2023-10-01")}).exitCode, 0);
        QCOMPARE(differing(QImage(until), QImage(all)), 0);
    }

    void stepWritesOneFrameAWindow()
    {
        const QString dir = m_dir.filePath(QStringLiteral("frames"));
        const CliResult r = render(dir, {QStringLiteral("--from"), QStringLiteral("2023-09"), QStringLiteral("--to"),
                                         QStringLiteral("2023-11"), QStringLiteral("--step"), QStringLiteral("1m")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("wrote 3 frames")), qPrintable(r.out));
        const QStringList frames = QDir(dir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(frames, (QStringList{QStringLiteral("frame-0001.png"), QStringLiteral("frame-0002.png"),
                                      QStringLiteral("frame-0003.png")}));
        const QImage sep(QDir(dir).filePath(frames[0])), oct(QDir(dir).filePath(frames[1])), nov(QDir(dir).filePath(frames[2]));
        // Each frame says its window, in the file and written on the picture (top left).
        QCOMPARE(oct.text(QStringLiteral("Time window")), QStringLiteral("2023-10-01 .. 2023-10-31T23:59:59.999Z"));
        const QString all = m_dir.filePath(QStringLiteral("all-for-frames.png"));
        QCOMPARE(render(all, {}).exitCode, 0);
        const QImage whole(all);
        int caption = 0;
        for (int y = 6; y < 24; ++y)
            for (int x = 6; x < 150; ++x)
                caption += oct.pixel(x, y) != whole.pixel(x, y);
        QVERIFY2(caption > 100, qPrintable(QString::number(caption)));
        // Below the caption, October (which the claim of "2023-10" meets) is the map of all time;
        // September and November are not.
        const auto differing = [&](const QImage &frame) {
            int n = 0;
            for (int y = 40; y < 200; ++y)
                for (int x = 0; x < 200; ++x)
                    n += frame.pixel(x, y) != whole.pixel(x, y);
            return n;
        };
        QCOMPARE(differing(oct), 0);
        QVERIFY(differing(sep) > 20);
        QVERIFY(differing(nov) > 20);
    }

    void stepIsCheckedBeforeAnythingIsDrawn_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("says");
        QTest::newRow("no unit") << QStringList{QStringLiteral("--from"), QStringLiteral("2023"), QStringLiteral("--to"),
                                                QStringLiteral("2024"), QStringLiteral("--step"), QStringLiteral("7")}
                                 << QStringLiteral("accepted forms: 1d, 1w, 1m, 1y");
        QTest::newRow("open end") << QStringList{QStringLiteral("--from"), QStringLiteral("2023"), QStringLiteral("--step"),
                                                 QStringLiteral("1w")}
                                  << QStringLiteral("--step needs both --from and --to");
        QTest::newRow("too many") << QStringList{QStringLiteral("--from"), QStringLiteral("1900"), QStringLiteral("--to"),
                                                 QStringLiteral("2024"), QStringLiteral("--step"), QStringLiteral("1d")}
                                  << QStringLiteral("more than 2000 frames");
    }

    void stepIsCheckedBeforeAnythingIsDrawn()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, says);
        const QString dir = m_dir.filePath(QStringLiteral("never-frames"));
        const CliResult r = render(dir, extra);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir));
    }

    void impossibleDatesAreRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("says");
        QTest::newRow("30 February") << QStringList{QStringLiteral("--from"), QStringLiteral("2023-02-30")}
                                     << QStringLiteral("--from \"2023-02-30\" is not a date; accepted forms: 2023, 2023-10");
        QTest::newRow("ambiguous") << QStringList{QStringLiteral("--to"), QStringLiteral("10/11/12")}
                                   << QStringLiteral("--to \"10/11/12\" is not a date; accepted forms");
        QTest::newRow("ends before it starts") << QStringList{QStringLiteral("--from"), QStringLiteral("2024"),
                                                              QStringLiteral("--to"), QStringLiteral("2023-06")}
                                               << QStringLiteral("ends before");
    }

    void impossibleDatesAreRefused()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, says);
        const QString png = m_dir.filePath(QStringLiteral("never.png"));
        const CliResult r = render(png, extra);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!QFile::exists(png));
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
