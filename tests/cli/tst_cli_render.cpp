// sightline-cli render --layer FILE (a reference layer for this run) and --from/--to (the time
// window): what they add to the map, and the one line that refuses a bad file or date.
#include "support/cliprocess.h"

#include "sightline/store/project.h"

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
