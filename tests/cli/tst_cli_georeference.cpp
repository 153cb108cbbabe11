// sightline-cli georeference: a screenshot placed from four points becomes one scene whose notes
// name the original, its hash and the points; bad points, bad images and an existing output are
// refused with one line and leave the project and the folder as they were.
#include "support/cliprocess.h"
#include "support/testrasters.h"

#include "sightline/geo/mgrs.h"
#include "sightline/store/project.h"
#include "sightline/store/scenefiles.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestCliGeoreference : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_image;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString newProject(const QString &name)
    {
        const QString file = path(name);
        Project::create(file, QStringLiteral("Georeferencing"), QStringLiteral("analyst"));
        return file;
    }
    // Four points of the mapping lon = 129.71 + x * 2e-5, lat = 42.43 - y * 2e-5.
    static QStringList gcps()
    {
        QStringList args;
        for (const QPointF p : {QPointF(20, 30), QPointF(480, 25), QPointF(470, 290), QPointF(35, 280)})
            args << QStringLiteral("--gcp")
                 << QStringLiteral("%1,%2,%3,%4").arg(p.x()).arg(p.y()).arg(129.71 + p.x() * 2e-5, 0, 'f', 7).arg(
                        42.43 - p.y() * 2e-5, 0, 'f', 7);
        return args;
    }

private slots:
    void initTestCase()
    {
        RasterSpec s;
        s.width = 500;
        s.height = 300;
        s.crs.clear();
        m_image = path(QStringLiteral("report-figure.tif"));
        QVERIFY(makeRaster(m_image, s));
    }

    void importImageryPointsToTheCommand()
    {
        const CliResult r = runCli({QStringLiteral("import-imagery"), newProject(QStringLiteral("i.gpkg")), m_image});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("has no georeferencing")) &&
                     r.err.contains(QStringLiteral("sightline-cli georeference")) &&
                     r.err.contains(QStringLiteral("Imagery > Georeference image")),
                 qPrintable(r.err));
    }

    void addsTheGeoreferencedCopyAsAScene()
    {
        const QString project = newProject(QStringLiteral("a.gpkg"));
        const QByteArray sha = store::fileSha256(m_image);
        const CliResult r = runCli(QStringList{QStringLiteral("georeference"), project, m_image} + gcps());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("500 x 300 pixels, polynomial, order 1, 4 ground control points in "
                                               "EPSG:4326")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("   4     35.00    280.00   129.710700    42.424400         0.00         0.0")));
        QVERIFY(r.out.contains(QStringLiteral("RMS residual 0.00 px, 0.0 m")));
        const QString out = path(QStringLiteral("report-figure.georef.tif"));
        QVERIFY(QFile::exists(out));
        QVERIFY(r.out.contains(out + QStringLiteral(": added scene ")));
        QCOMPARE(store::fileSha256(m_image), sha);

        auto p = Project::open(project, {}, Project::Access::ReadOnly);
        const QList<ImageryScene> scenes = p->all<ImageryScene>();
        QCOMPARE(scenes.size(), 1);
        const ImageryScene &s = scenes.first();
        QCOMPARE(s.filePath, QStringLiteral("report-figure.georef.tif"));
        QCOMPARE(s.crs, QStringLiteral("EPSG:4326"));
        QVERIFY(s.notes.contains(m_image));
        QVERIFY(s.notes.contains(QStringLiteral("SHA-256 ") + QString::fromLatin1(sha)));
        QVERIFY2(s.notes.contains(QStringLiteral("  2: 480.00, 25.00 -> 129.7196000, 42.4295000; 0.00 px, 0.0 m")),
                 qPrintable(s.notes));
        const GeoBounds b = s.footprint.bounds();
        QVERIFY(std::abs(b.minLon - 129.71) < 3e-5 && std::abs(b.maxLon - 129.72) < 3e-5);
        QVERIFY(std::abs(b.maxLat - 42.43) < 3e-5 && std::abs(b.minLat - 42.424) < 3e-5);

        // Run again: the copy is there now, and is not written over.
        const CliResult again = runCli(QStringList{QStringLiteral("georeference"), project, m_image} + gcps());
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(out + QStringLiteral(": already exists")), qPrintable(again.err));
        QCOMPARE(Project::open(project, {}, Project::Access::ReadOnly)->count(RecordType::Scene), 1);
    }

    // The same points as MGRS references (1 m squares): the same placement, to a metre, and the
    // same in a UTM output CRS (MGRS points are converted into it).
    void mgrsPointsPlaceTheImageAlike()
    {
        QStringList args;
        for (const QPointF p : {QPointF(20, 30), QPointF(480, 25), QPointF(470, 290), QPointF(35, 280)})
            args << QStringLiteral("--gcp")
                 << QStringLiteral("%1,%2,%3").arg(p.x()).arg(p.y()).arg(
                        geo::mgrs({129.71 + p.x() * 2e-5, 42.43 - p.y() * 2e-5}));
        const QString project = newProject(QStringLiteral("m.gpkg"));
        CliResult r = runCli(QStringList{QStringLiteral("georeference"), project, m_image, QStringLiteral("--out"),
                                         path(QStringLiteral("mgrs.tif"))} +
                             args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("4 ground control points in EPSG:4326")), qPrintable(r.out));
        auto p = Project::open(project, {}, Project::Access::ReadOnly);
        const GeoBounds b = p->all<ImageryScene>().first().footprint.bounds();
        QVERIFY(std::abs(b.minLon - 129.71) < 5e-5 && std::abs(b.maxLon - 129.72) < 5e-5);
        QVERIFY(std::abs(b.maxLat - 42.43) < 5e-5 && std::abs(b.minLat - 42.424) < 5e-5);

        r = runCli(QStringList{QStringLiteral("georeference"), project, m_image, QStringLiteral("--crs"),
                               QStringLiteral("EPSG:32652"), QStringLiteral("--out"), path(QStringLiteral("mgrs-utm.tif"))} +
                   args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("in EPSG:32652")), qPrintable(r.out));
        // The points fit as they do in lon/lat: within the metre an MGRS square allows. (The
        // scene's outline is the warped image's, north-up in UTM, so a little wider.)
        const QRegularExpressionMatch rms =
            QRegularExpression(QStringLiteral("RMS residual ([0-9.]+) px, ([0-9.]+) m")).match(r.out);
        QVERIFY2(rms.hasMatch() && rms.captured(2).toDouble() < 1.0, qPrintable(r.out));
        p = Project::open(project, {}, Project::Access::ReadOnly);
        for (const ImageryScene &s : p->all<ImageryScene>())
            if (s.filePath == QLatin1String("mgrs-utm.tif")) {
                const GeoBounds u = s.footprint.bounds();
                QVERIFY2(std::abs(u.minLon - 129.71) < 1e-4 && std::abs(u.maxLat - 42.43) < 1e-4,
                         qPrintable(QStringLiteral("%1 %2").arg(u.minLon, 0, 'f', 6).arg(u.maxLat, 0, 'f', 6)));
            }
    }

    void tpsToAChosenFile()
    {
        const QString project = newProject(QStringLiteral("t.gpkg"));
        const QString out = path(QStringLiteral("chosen.tif"));
        const CliResult r = runCli(QStringList{QStringLiteral("georeference"), project, m_image,
                                               QStringLiteral("--method"), QStringLiteral("tps"), QStringLiteral("--out"),
                                               out} +
                                   gcps());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("thin-plate spline")));
        auto p = Project::open(project, {}, Project::Access::ReadOnly);
        QCOMPARE(p->all<ImageryScene>().first().filePath, QStringLiteral("chosen.tif"));
    }

    // One rule with the window's dialog: an existing file is kept unless --force, a scene's own
    // file is never written over, and nothing half-written is left beside them.
    void existingFilesAreKeptUnlessForced()
    {
        const QString project = newProject(QStringLiteral("f.gpkg"));
        const QString out = path(QStringLiteral("forced.tif"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("an analyst's own file");
        }
        const QByteArray before = store::fileSha256(out);
        CliResult r = runCli(QStringList{QStringLiteral("georeference"), project, m_image, QStringLiteral("--out"), out} +
                             gcps());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(out + QStringLiteral(": already exists")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QCOMPARE(store::fileSha256(out), before);

        r = runCli(QStringList{QStringLiteral("georeference"), project, m_image, QStringLiteral("--out"), out,
                               QStringLiteral("--force")} +
                   gcps());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(store::fileSha256(out) != before);
        auto p = Project::open(project, {}, Project::Access::ReadOnly);
        QCOMPARE(p->count(RecordType::Scene), 1);
        QCOMPARE(p->all<ImageryScene>().first().sha256, store::fileSha256(out));
        p.reset();

        // Now it is a scene's file: not even --force writes over it.
        r = runCli(QStringList{QStringLiteral("georeference"), project, m_image, QStringLiteral("--out"), out,
                               QStringLiteral("--force"), QStringLiteral("--method"), QStringLiteral("tps")} +
                   gcps());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(out + QStringLiteral(": already exists: it is the file of a scene in the project")), qPrintable(r.err));
        p = Project::open(project, {}, Project::Access::ReadOnly);
        QCOMPARE(p->count(RecordType::Scene), 1);
        QCOMPARE(p->all<ImageryScene>().first().sha256, store::fileSha256(out));
        QVERIFY(p->verify().isEmpty());
        const QStringList partial = QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(u' ')));
    }

    void badInputIsOneLineAndAddsNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("poly2 with four") << QStringList{QStringLiteral("--method"), QStringLiteral("poly2")} << 2
                                         << QStringLiteral("report-figure.tif: polynomial, order 2 needs at least 6");
        QTest::newRow("bad method") << QStringList{QStringLiteral("--method"), QStringLiteral("cubic")} << 1
                                    << QStringLiteral("unknown method \"cubic\"");
        QTest::newRow("bad gcp") << QStringList{QStringLiteral("--gcp"), QStringLiteral("1,2,3,x")} << 1
                                 << QStringLiteral("--gcp \"1,2,3,x\" is not four numbers");
        QTest::newRow("bad MGRS") << QStringList{QStringLiteral("--gcp"), QStringLiteral("1,2,52TFM 3184 978")} << 1
                                  << QStringLiteral("--gcp \"1,2,52TFM 3184 978\" is not PX,PY,MGRS");
        QTest::newRow("bad crs") << QStringList{QStringLiteral("--crs"), QStringLiteral("EPSG:999999")} << 2
                                 << QStringLiteral("unknown CRS \"EPSG:999999\"");
    }
    void badInputIsOneLineAndAddsNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString project = newProject(QStringLiteral("bad-%1.gpkg").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        const QString out = path(QStringLiteral("bad.tif"));
        const CliResult r = runCli(QStringList{QStringLiteral("georeference"), project, m_image, QStringLiteral("--out"),
                                               out} +
                                   gcps() + extra);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(Project::open(project, {}, Project::Access::ReadOnly)->count(RecordType::Scene), 0);
    }

    void unreadableImageIsNamed()
    {
        const QString noise = path(QStringLiteral("noise.png"));
        QVERIFY(randomBytes(noise, 4000));
        const CliResult r =
            runCli(QStringList{QStringLiteral("georeference"), newProject(QStringLiteral("n.gpkg")), noise} + gcps());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("sightline-cli: ") + noise + QStringLiteral(": is not a raster image")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliGeoreference)
#include "tst_cli_georeference.moc"
