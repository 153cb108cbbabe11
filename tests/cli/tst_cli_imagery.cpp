// sightline-cli import-imagery and render with scenes: what the import prints, embedded scenes,
// bad files named one line each while the good ones go in, a moved file found by its hash, the
// scene drawn by render, a vanished file a warning.
#include "support/cliprocess.h"
#include "support/samplerecords.h"
#include "support/testrasters.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestCliImagery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The scene's red under the footprints' light teal wash.
    static bool sceneRed(const QColor &c) { return c.red() > 150 && c.green() < 80 && c.blue() < 80; }

    QString newProject(const QString &name)
    {
        const QString file = path(name);
        Project::create(file, QStringLiteral("Imagery"), QStringLiteral("analyst"));
        return file;
    }

private slots:
    void importPrintsWhatItRead()
    {
        const QString project = newProject(QStringLiteral("a.gpkg"));
        RasterSpec s;
        s.overviews = true;
        s.dateTime = QStringLiteral("2023:10:05 02:14:00");
        const QString image = path(QStringLiteral("tumangang.tif"));
        QVERIFY(makeRaster(image, s));
        const CliResult r = runCli({QStringLiteral("import-imagery"), project, image});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("512 x 512 pixels, 3 bands Byte, GTiff, 4 overviews")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("EPSG:32652 WGS 84 / UTM zone 52N, 2.00 m a pixel")));
        QVERIFY(r.out.contains(QStringLiteral("acquired  2023-10-05T02:14:00 local")));
        QVERIFY(r.out.contains(QStringLiteral("sha256    ") + QString::fromLatin1(fileSha256(image))));
        QVERIFY(r.out.contains(QStringLiteral("stored    tumangang.tif")));
        auto p = Project::open(project, {}, Project::Access::ReadOnly);
        QCOMPARE(p->count(RecordType::Scene), 1);
    }

    // A byte-identical copy under another name is the scene already there: named, not added.
    void aCopyOfAnImportedSceneIsRefused()
    {
        const QString project = newProject(QStringLiteral("copy.gpkg"));
        const QString image = path(QStringLiteral("rajin.tif"));
        QVERIFY(makeRaster(image, RasterSpec{}));
        const QString copy = path(QStringLiteral("rajin-copy.tif"));
        QVERIFY(QFile::copy(image, copy));
        QCOMPARE(runCli({QStringLiteral("import-imagery"), project, image}).exitCode, 0);
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--embed")}}) {
            const CliResult r = runCli(QStringList{QStringLiteral("import-imagery"), project, copy} + extra);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(copy + QStringLiteral(": holds the same bytes (SHA-256 ") +
                                    QString::fromLatin1(fileSha256(image))),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("already in the project as rajin.tif; not added again")),
                     qPrintable(r.err));
        }
        auto p = Project::open(project, {}, Project::Access::ReadOnly);
        QCOMPARE(p->count(RecordType::Scene), 1);
    }

    void badFilesAreNamedAndTheRestGoIn()
    {
        const QString project = newProject(QStringLiteral("b.gpkg"));
        const QString good = path(QStringLiteral("good.tif"));
        const QString noise = path(QStringLiteral("noise.tif"));
        const QString plain = path(QStringLiteral("plain.tif"));
        QVERIFY(makeRaster(good, RasterSpec{}));
        QVERIFY(randomBytes(noise, 20000));
        RasterSpec ungeo;
        ungeo.crs.clear();
        QVERIFY(makeRaster(plain, ungeo));
        const CliResult r = runCli({QStringLiteral("import-imagery"), project, noise, good, plain,
                                    path(QStringLiteral("gone.tif")), QStringLiteral("--embed")});
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = r.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("sightline-cli: ") + noise + QStringLiteral(": is not a raster")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("sightline-cli: ") + plain + QStringLiteral(": has no georeferencing")),
                 qPrintable(lines[1]));
        QVERIFY(lines[2].contains(QStringLiteral("gone.tif: no such file")));
        QVERIFY(r.out.contains(QStringLiteral("stored    embedded in the project")));
        auto p = Project::open(project, {}, Project::Access::ReadOnly);
        QCOMPARE(p->count(RecordType::Scene), 1);
        QVERIFY(p->all<ImageryScene>().first().embedded);
    }

    void renderDrawsScenesAndNamesMissingFiles()
    {
        QDir().mkpath(path(QStringLiteral("case/imagery")));
        const QString project = newProject(QStringLiteral("case/c.gpkg"));
        const QString image = path(QStringLiteral("case/imagery/scene.tif"));
        QVERIFY(makeRaster(image, RasterSpec{}));
        QCOMPARE(runCli({QStringLiteral("import-imagery"), project, image}).exitCode, 0);
        {
            auto p = Project::open(project, QStringLiteral("analyst"));
            ImageryScene scene = p->all<ImageryScene>().first();
            scene.provider = QStringLiteral("Maxar");
            scene.licence = QStringLiteral("May not be republished without permission");
            p->save(scene);
        }
        const QString png = path(QStringLiteral("map.png"));
        const QStringList renderArgs{QStringLiteral("render"), project, QStringLiteral("-o"), png,
                                     QStringLiteral("--size"), QStringLiteral("400x400"), QStringLiteral("--crs"),
                                     QStringLiteral("EPSG:32652"), QStringLiteral("--basemap"),
                                     QStringLiteral("/nonexistent.gpkg")};
        CliResult r = runCli(renderArgs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Framed on the scene (no sites): the middle is the scene's colour.
        QVERIFY(sceneRed(QImage(png).pixelColor(200, 200)));
        // Its licence travels with the picture: on the map, in the PNG's text, and said.
        QVERIFY2(QImage(png).text(QStringLiteral("Licence"))
                     .contains(QStringLiteral("Imagery: Maxar. Licence: May not be republished without permission")),
                 qPrintable(QImage(png).text(QStringLiteral("Licence"))));
        QVERIFY2(r.out.contains(QStringLiteral("Licence: May not be republished without permission")), qPrintable(r.out));
        // The scene's chain of custody says it was viewed in this export.
        const auto viewedIn = [&] {
            auto p = Project::open(project, {}, Project::Access::ReadOnly);
            QStringList exports;
            for (const CustodyEntry &e : p->custodyLog(p->all<ImageryScene>().first().meta.id))
                if (e.action == CustodyEntry::Action::Viewed)
                    exports << e.detail;
            return exports;
        };
        QVERIFY2(r.out.contains(QStringLiteral("custody: 1 scene logged as viewed in this export")), qPrintable(r.out));
        QCOMPARE(viewedIn(), QStringList{QStringLiteral("in export ") + QFileInfo(png).absoluteFilePath()});
        // A map of somewhere else does not show it, and logs nothing.
        QCOMPARE(runCli({QStringLiteral("render"), project, QStringLiteral("-o"), path(QStringLiteral("far.png")),
                         QStringLiteral("--size"), QStringLiteral("100x100"), QStringLiteral("--crs"),
                         QStringLiteral("EPSG:32652"), QStringLiteral("--extent"),
                         QStringLiteral("600000,4600000,601000,4601000"), QStringLiteral("--basemap"),
                         QStringLiteral("/nonexistent.gpkg")})
                     .exitCode,
                 0);
        QCOMPARE(viewedIn().size(), 1);

        // Moved away: rendered without it, named once; then found again by its hash.
        const QString moved = path(QStringLiteral("elsewhere/renamed.tif"));
        QDir().mkpath(QFileInfo(moved).absolutePath());
        QVERIFY(QFile::rename(image, moved));
        r = runCli(renderArgs);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.count(QStringLiteral("scene.tif")), 1);
        QVERIFY2(r.err.contains(QStringLiteral("file missing")), qPrintable(r.err));
        QVERIFY(!sceneRed(QImage(png).pixelColor(200, 200)));
        QCOMPARE(viewedIn().size(), 1); // not drawn, not viewed

        r = runCli({QStringLiteral("import-imagery"), project, QStringLiteral("--relocate"), path(QStringLiteral("elsewhere"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 scene found, 0 still missing")), qPrintable(r.out));
        r = runCli(renderArgs);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(sceneRed(QImage(png).pixelColor(200, 200)));
    }

    void overviewsBuiltWithAProgressLine()
    {
        const QString project = newProject(QStringLiteral("ovr.gpkg"));
        RasterSpec big;
        big.width = big.height = 2048;
        const QString image = path(QStringLiteral("big.tif"));
        const QString small = path(QStringLiteral("small.tif"));
        QVERIFY(makeRaster(image, big));
        QVERIFY(makeRaster(small, RasterSpec{})); // 512 pixels, no overviews either
        const QByteArray before = fileSha256(image);
        const CliResult r = runCli({QStringLiteral("import-imagery"), project, image, small, QStringLiteral("--overviews")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("overviews big.tif: 3 built in ") + image + QStringLiteral(".ovr")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("overviews small.tif: 1 built")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("2 scenes given overviews")));
        // The progress line, rewritten in place on standard error, reaches 100 %.
        QVERIFY2(r.err.contains(QStringLiteral("\roverviews big.tif: 0 %")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("\roverviews big.tif: 100 %")), qPrintable(r.err));
        QVERIFY(QFile::exists(image + QStringLiteral(".ovr")));
        QCOMPARE(fileSha256(image), before);
        // verify still finds the file as imported: the overviews live beside it.
        QCOMPARE(runCli({QStringLiteral("verify"), project}).exitCode, 0);

        // Nothing left to build: a second run says so.
        const CliResult again = runCli({QStringLiteral("import-imagery"), project, QStringLiteral("--overviews")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(QStringLiteral("0 scenes given overviews")));
    }

    void overviewsThatCannotBeWrittenAreNamed()
    {
        const QString project = newProject(QStringLiteral("ovr-blocked.gpkg"));
        RasterSpec big;
        big.width = big.height = 1024;
        const QString image = path(QStringLiteral("blocked.tif"));
        QVERIFY(makeRaster(image, big));
        QVERIFY(QDir().mkdir(image + QStringLiteral(".ovr"))); // where the overviews would go
        const CliResult r = runCli({QStringLiteral("import-imagery"), project, image, QStringLiteral("--overviews")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("sightline-cli: ") + image + QStringLiteral(": cannot have overviews")),
                 qPrintable(r.err));
        auto p = Project::open(project, {}, Project::Access::ReadOnly);
        QCOMPARE(p->count(RecordType::Scene), 1); // the scene itself went in
    }

    void verifyNamesCapturesAndScenes()
    {
        const QString project = newProject(QStringLiteral("verify.gpkg"));
        const QString a = path(QStringLiteral("va.tif")), b = path(QStringLiteral("vb.tif"));
        QVERIFY(makeRaster(a, RasterSpec{}));
        QVERIFY(makeRaster(b, RasterSpec{}));
        QCOMPARE(runCli({QStringLiteral("import-imagery"), project, a}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import-imagery"), project, b, QStringLiteral("--embed")}).exitCode, 0);
        const CliResult r = runCli({QStringLiteral("verify"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("re-hashed 0 captures and 2 scenes")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliImagery)
#include "tst_cli_imagery.moc"
