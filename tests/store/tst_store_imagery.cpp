// Imagery scenes in the project: imported from real rasters made with GDAL (what the file says,
// its hash, a path relative to the project), display settings saved with the scene, scenes
// embedded in the project, damaged files refused with nothing added, moved files found again
// by their hash.
#include "support/samplerecords.h"
#include "support/testrasters.h"

#include "sightline/store/scenefiles.h"
#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestStoreImagery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_projects = 0;

    // A case folder: the project, and an imagery folder beside it with one scene.
    std::unique_ptr<Project> newProject(QString *imageFile, QString *folder = nullptr)
    {
        const QString dir = m_dir.filePath(QStringLiteral("case%1").arg(++m_projects));
        QDir().mkpath(dir + QStringLiteral("/imagery"));
        *imageFile = dir + QStringLiteral("/imagery/tumangang.tif");
        RasterSpec s;
        s.overviews = true;
        s.dateTime = QStringLiteral("2023:10:05 02:14:00");
        s.artist = QStringLiteral("Airbus DS");
        if (!makeRaster(*imageFile, s))
            return nullptr;
        if (folder)
            *folder = dir;
        return Project::create(dir + QStringLiteral("/case.gpkg"), QStringLiteral("Imagery"), QStringLiteral("analyst"));
    }

private slots:
    void importKeepsWhatTheFileSays()
    {
        QString image;
        auto p = newProject(&image);
        QVERIFY(p);
        const store::SceneImportReport r = store::importScene(*p, image);
        QCOMPARE(r.driver, QStringLiteral("GTiff"));
        QCOMPARE(r.overviewCount, 4);
        const ImageryScene &s = r.scene;
        QCOMPARE(s.filePath, QStringLiteral("imagery/tumangang.tif"));
        QVERIFY(!s.embedded);
        QCOMPARE(s.sha256, fileSha256(image)); // hashed independently by the test helper
        QCOMPARE(s.width, 512);
        QCOMPARE(s.bandCount, 3);
        QCOMPARE(s.crs, QStringLiteral("EPSG:32652"));
        QVERIFY(std::abs(s.resolutionMeters - 2.0) < 0.01);
        QCOMPARE(s.acquired.toText(), QStringLiteral("2023-10-05T02:14:00 local")); // kept as read, zone unknown
        QCOMPARE(s.provider, QStringLiteral("Airbus DS"));
        QCOMPARE(s.footprint.type, Geometry::Type::Polygon);
        const QString file = p->path();
        p.reset();
        auto again = Project::open(file, QStringLiteral("reader"), Project::Access::ReadOnly);
        QCOMPARE(again->all<ImageryScene>(), QList<ImageryScene>{s});
        QCOMPARE(store::sceneFilePath(*again, s), QFileInfo(image).absoluteFilePath());
        QVERIFY2(again->verify().isEmpty(), qPrintable(again->verify().join(u'\n')));
        QCOMPARE(again->schemaVersion(), store::kSchemaVersion);
    }

    void displaySettingsAreSaved()
    {
        QString image;
        auto p = newProject(&image);
        QVERIFY(p);
        ImageryScene s = store::importScene(*p, image).scene;
        QVERIFY(s.display.isDefault());
        s.display.bands = {3, 2, 1};
        s.display.stretch = SceneDisplay::Stretch::Manual;
        s.display.minimum = {10, 20, 30};
        s.display.maximum = {200, 210, 220};
        s.display.gamma = 1.4;
        s.display.brightness = 0.1;
        s.display.contrast = 1.2;
        s.display.opacity = 0.7;
        p->save(s);
        QCOMPARE(p->find<ImageryScene>(s.meta.id)->display, s.display);
        QCOMPARE(p->all<ImageryScene>().first().display, s.display);

        ImageryScene bad = s;
        bad.display.gamma = 0;
        QVERIFY_THROWS_EXCEPTION(StoreError, p->save(bad));
        QCOMPARE(p->find<ImageryScene>(s.meta.id)->display.gamma, 1.4);

        // Back to the defaults: nothing stored for the scene any more.
        s.display = {};
        p->save(s);
        QCOMPARE(p->database().scalarInt(QStringLiteral("SELECT count(*) FROM scene_display")), 0);
        QVERIFY(p->find<ImageryScene>(s.meta.id)->display.isDefault());
    }

    void embeddedSceneNeedsNoFile()
    {
        QString image;
        auto p = newProject(&image);
        QVERIFY(p);
        const QByteArray hash = fileSha256(image);
        const ImageryScene s = store::importScene(*p, image, {true, {}}).scene;
        QVERIFY(s.embedded);
        QCOMPARE(s.filePath, QStringLiteral("tumangang.tif"));
        QVERIFY(QFile::remove(image));
        QString why;
        const QString extracted = store::sceneFilePath(*p, s, &why);
        QVERIFY2(!extracted.isEmpty(), qPrintable(why));
        QCOMPARE(fileSha256(extracted), hash);
        QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        p->database().exec(QStringLiteral("UPDATE scene_chunks SET data = x'00' WHERE seq = 0"));
        QVERIFY(p->verify().join(u' ').contains(QStringLiteral("embedded content does not match its SHA-256")));
        QVERIFY(p->database().scalarInt(QStringLiteral("SELECT count(*) FROM scene_chunks")).value_or(0) >= 1);
        p->remove<ImageryScene>(s.meta.id);
        QCOMPARE(p->database().scalarInt(QStringLiteral("SELECT count(*) FROM scene_chunks")), 0);
    }

    void badFilesAddNothing()
    {
        QString image, folder;
        auto p = newProject(&image, &folder);
        QVERIFY(p);
        const QString cut = folder + QStringLiteral("/cut.tif");
        const QString noise = folder + QStringLiteral("/noise.tif");
        const QString plain = folder + QStringLiteral("/plain.tif");
        RasterSpec big;
        big.width = big.height = 1024;
        big.compress = QStringLiteral("DEFLATE");
        big.gradient = true;
        QVERIFY(makeRaster(folder + QStringLiteral("/big.tif"), big));
        QVERIFY(truncatedCopy(folder + QStringLiteral("/big.tif"), cut, 0.5));
        QVERIFY(randomBytes(noise, 30000));
        RasterSpec ungeo;
        ungeo.crs.clear();
        QVERIFY(makeRaster(plain, ungeo));
        const qint64 logBefore = p->changeLogCount();
        for (const auto &[file, expected] : {std::pair{cut, "truncated"}, std::pair{noise, "not a raster"},
                                             std::pair{plain, "no georeferencing"},
                                             std::pair{folder + QStringLiteral("/gone.tif"), "no such file"}}) {
            try {
                store::importScene(*p, file, {true, {}});
                QFAIL(qPrintable(file + QStringLiteral(" was imported")));
            } catch (const StoreError &e) {
                QVERIFY2(e.message().startsWith(file + QStringLiteral(": ")), qPrintable(e.message()));
                QVERIFY2(e.message().contains(QLatin1String(expected)), qPrintable(e.message()));
            }
        }
        QCOMPARE(p->count(RecordType::Scene), 0);
        QCOMPARE(p->changeLogCount(), logBefore);
        QCOMPARE(p->database().scalarInt(QStringLiteral("SELECT count(*) FROM scene_chunks")), 0);
        // The project still takes a good file afterwards.
        store::importScene(*p, image);
        QCOMPARE(p->count(RecordType::Scene), 1);
    }

    void movedSceneIsFoundByItsHash()
    {
        QString image, folder;
        auto p = newProject(&image, &folder);
        QVERIFY(p);
        const ImageryScene s = store::importScene(*p, image).scene;
        // Another scene that stays where it is, and a decoy of the same size in the new folder.
        const QString moved = folder + QStringLiteral("/archive/2023/renamed.tif");
        QDir().mkpath(QFileInfo(moved).absolutePath());
        QVERIFY(QFile::rename(image, moved));
        RasterSpec other;
        other.values = {1, 2, 3};
        QVERIFY(makeRaster(folder + QStringLiteral("/archive/decoy.tif"), other));

        const QStringList problems = p->verify();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("tumangang.tif: file missing")), qPrintable(problems.first()));
        QString why;
        QVERIFY(store::sceneFilePath(*p, s, &why).isEmpty());
        QVERIFY2(why.contains(QStringLiteral("file missing")) && why.contains(QStringLiteral("tumangang.tif")),
                 qPrintable(why));

        const QList<ImageryScene> found = store::relocateScenes(*p, folder + QStringLiteral("/archive"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().meta.id, s.meta.id);
        QCOMPARE(found.first().filePath, QStringLiteral("archive/2023/renamed.tif"));
        QCOMPARE(store::sceneFilePath(*p, *p->find<ImageryScene>(s.meta.id)), moved);
        QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        // A file changed since import no longer matches its hash.
        {
            QFile f(moved);
            QVERIFY(f.open(QIODevice::Append));
            f.write("x");
        }
        QVERIFY(p->verify().join(u' ').contains(QStringLiteral("no longer matches its SHA-256")));
        // Nothing left to find.
        QVERIFY(store::relocateScenes(*p, folder).isEmpty());
        QVERIFY_THROWS_EXCEPTION(StoreError, store::relocateScenes(*p, folder + QStringLiteral("/nowhere")));
    }
};

QTEST_GUILESS_MAIN(TestStoreImagery)
#include "tst_store_imagery.moc"
