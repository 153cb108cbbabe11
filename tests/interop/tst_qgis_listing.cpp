// A project added in QGIS (which lists a GeoPackage's tables with GDAL's LIST_ALL_TABLES=YES):
// every table listed is a layer that opens, each with its default style in layer_styles; a
// project of schema 7 migrates to that.
#include "support/cliprocess.h"

#include "sightline/store/project.h"
#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

using namespace sightline;

namespace {

struct GdalCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<GDALDataset, GdalCloser>;

Dataset openVector(const QString &path, bool listAllTables)
{
    const char *options[] = {listAllTables ? "LIST_ALL_TABLES=YES" : nullptr, nullptr};
    return Dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                     options, nullptr));
}

// What QGIS does with a project: list every table (LIST_ALL_TABLES=YES), then open each listed
// one as a layer of its own (the default open options). One line a layer that fails.
QStringList layersThatFail(const QString &path, QStringList *listed)
{
    QStringList failed;
    const Dataset all = openVector(path, true);
    const Dataset plain = openVector(path, false);
    if (!all || !plain) return {QStringLiteral("GDAL cannot open %1").arg(path)};
    for (int i = 0; i < all->GetLayerCount(); ++i) {
        const QString name = QString::fromUtf8(all->GetLayer(i)->GetName());
        *listed << name;
        OGRLayer *layer = plain->GetLayerByName(name.toUtf8().constData());
        if (!layer) {
            failed << name + QStringLiteral(": listed, but not a layer GDAL opens");
            continue;
        }
        if (QByteArray(layer->GetFIDColumn()).isEmpty())
            failed << name + QStringLiteral(": no integer primary key");
        CPLErrorReset();
        const GIntBig count = layer->GetFeatureCount(TRUE);
        GIntBig read = 0;
        layer->ResetReading();
        while (OGRFeature *f = layer->GetNextFeature()) {
            ++read;
            OGRFeature::DestroyFeature(f);
        }
        if (count < 0 || read != count || CPLGetLastErrorType() == CE_Failure)
            failed << name + QStringLiteral(": %1 features counted, %2 read").arg(count).arg(read);
    }
    return failed;
}

QSet<QString> styledTables(const QString &path)
{
    QSet<QString> out;
    const Dataset ds = openVector(path, false);
    OGRLayer *styles = ds ? ds->GetLayerByName("layer_styles") : nullptr;
    if (!styles) return out;
    while (OGRFeature *f = styles->GetNextFeature()) {
        if (f->GetFieldAsInteger("useAsDefault") &&
            QByteArray(f->GetFieldAsString("styleQML")).contains("<qgis"))
            out.insert(QString::fromUtf8(f->GetFieldAsString("f_table_name")));
        OGRFeature::DestroyFeature(f);
    }
    return out;
}

} // namespace

class TestQgisListing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo, m_schema7, m_migrated;

  private slots:
    void initTestCase()
    {
        GDALAllRegister();
        CPLSetConfigOption("CPL_LOG", "/dev/null"); // GDAL's warnings on FTS5 columns of the old file
        m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const auto r = test::runCli({QStringLiteral("demo"), m_demo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_schema7 = m_dir.filePath(QStringLiteral("schema7.gpkg"));
        QVERIFY(
            QFile::copy(QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/data/project-schema7.gpkg"), m_schema7));
        QFile::setPermissions(m_schema7, QFile::ReadOwner | QFile::WriteOwner);
        m_migrated = m_dir.filePath(QStringLiteral("migrated.gpkg"));
        QVERIFY(QFile::copy(m_schema7, m_migrated));
        QFile::setPermissions(m_migrated, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Project::open(m_migrated, QStringLiteral("tester"))->schemaVersion(), store::kSchemaVersion);
    }

    // The file of schema 7 shows the fault: tables listed that do not open.
    void schema7ListsTablesThatDoNotOpen()
    {
        QStringList listed;
        const QStringList failed = layersThatFail(m_schema7, &listed);
        for (const char *name : {"capture_chunks", "scene_chunks", "scene_display", "sightline_meta",
                                 "review_flags", "source_grades", "capture_versions"})
            QVERIFY2(
                failed.filter(QRegularExpression(QStringLiteral("^%1:").arg(QLatin1String(name)))).size() ==
                    1,
                name);
    }

    void everyListedTableOpens_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("new") << QStringLiteral("demo");
        QTest::newRow("migrated from schema 7") << QStringLiteral("migrated");
    }

    void everyListedTableOpens()
    {
        QFETCH(QString, which);
        const QString path = which == QLatin1String("demo") ? m_demo : m_migrated;
        QStringList listed;
        const QStringList failed = layersThatFail(path, &listed);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
        for (const char *name :
             {"sites", "site_aois", "capture_chunks", "sightline_meta", "capture_text", "layer_styles"})
            QVERIFY2(listed.contains(QLatin1String(name)), name);
        for (const QString &name : std::as_const(listed))
            QVERIFY2(!name.startsWith(QLatin1String("search_index")), qPrintable(name));
        const QSet<QString> styled = styledTables(path);
        for (const QString &name : std::as_const(listed))
            QVERIFY2(styled.contains(name), qPrintable(name + QStringLiteral(" has no default style")));
    }

    void migrationKeepsWhatTheTablesHeld()
    {
        const auto before = Project::open(m_schema7, QString(), Project::Access::ReadOnly);
        const auto after = Project::open(m_migrated, QString(), Project::Access::ReadOnly);
        QCOMPARE(before->schemaVersion(), 7);
        for (const char *table :
             {"capture_chunks", "scene_chunks", "capture_versions", "scene_display", "sightline_meta"}) {
            const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
            QCOMPARE(after->database().scalarInt(count), before->database().scalarInt(count));
        }
        QCOMPARE(after->database().scalarInt(QStringLiteral("SELECT count(*) FROM capture_text")), 4);
        QCOMPARE(after->title(), before->title());
        QCOMPARE(after->projectId(), before->projectId());
        QVERIFY(after->verify().isEmpty());
        // The text of captured pages is found as before, in both files: the old one reads the index
        // it holds, the migrated one its capture_text.
        for (const Project *p : {before.get(), after.get()}) {
            const QList<SearchHit> hits = p->search(QStringLiteral("notifications"));
            QVERIFY(!hits.isEmpty());
            QCOMPARE(hits.first().part, QStringLiteral("content"));
        }
        QCOMPARE(after->search(QStringLiteral("Nampo")).size(),
                 before->search(QStringLiteral("Nampo")).size());
    }

    // A style someone saved in QGIS into a schema-7 file (QGIS made the table, GDAL its counting
    // triggers) stays the layer's default; Sightline's joins it.
    void aStyleSavedInQgisSurvivesTheMigration()
    {
        const QString file = m_dir.filePath(QStringLiteral("styled7.gpkg"));
        QVERIFY(QFile::copy(m_schema7, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        {
            sql::Database db(file, sql::Database::Mode::ReadWrite);
            db.exec(QStringLiteral(
                R"(CREATE TABLE gpkg_ogr_contents(table_name TEXT NOT NULL PRIMARY KEY,feature_count INTEGER DEFAULT NULL);)"
                R"(CREATE TABLE "layer_styles" ( "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256), )"
                R"("f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256), "styleName" TEXT(30), )"
                R"("styleQML" TEXT, "styleSLD" TEXT, "useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30), )"
                R"("update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));)"
                R"(CREATE TRIGGER "trigger_insert_feature_count_layer_styles" AFTER INSERT ON "layer_styles" BEGIN UPDATE )"
                R"(gpkg_ogr_contents SET feature_count = feature_count + 1 WHERE lower(table_name) = lower('layer_styles'); END;)"
                R"(INSERT INTO gpkg_ogr_contents VALUES ('layer_styles', 0);)"
                R"(INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, )"
                R"(styleQML, useAsDefault) VALUES ('', '', 'sites', 'geom', 'mine', '<qgis/>', 1);)"));
        }
        QCOMPARE(Project::open(file, QStringLiteral("tester"))->schemaVersion(), store::kSchemaVersion);
        const auto p = Project::open(file, QString(), Project::Access::ReadOnly);
        QCOMPARE(p->database().scalarText(QStringLiteral(
                     "SELECT styleName FROM layer_styles WHERE f_table_name = 'sites' AND useAsDefault")),
                 QStringLiteral("mine"));
        QCOMPARE(
            p->database().scalarInt(QStringLiteral("SELECT count(*) FROM layer_styles WHERE f_table_name = "
                                                   "'sites' AND styleName = 'Sightline'")),
            1);
        QVERIFY(p->verify().isEmpty());
    }

    // A style is read by QGIS, not by Sightline; verify names one that would run Python there.
    void verifyNamesAStyleThatRunsCode()
    {
        const QString file = m_dir.filePath(QStringLiteral("macro.gpkg"));
        QVERIFY(QFile::copy(m_demo, file));
        {
            sql::Database db(file, sql::Database::Mode::ReadWrite);
            db.exec(QStringLiteral(
                "UPDATE layer_styles SET styleQML = '<qgis><editforminit>my_form_open</editforminit>"
                "<editforminitcodesource>2</editforminitcodesource><editforminitcode><![CDATA[import os\n"
                "def my_form_open(dialog, layer, feature):\n    "
                "os.system(\"true\")]]></editforminitcode></qgis>' "
                "WHERE f_table_name = 'sites'"));
            db.exec(QStringLiteral(
                "UPDATE layer_styles SET styleQML = '<qgis><attributeactions><actionsetting type=\"1\" "
                "action=\"import os\" name=\"x\"/></attributeactions></qgis>' WHERE f_table_name = "
                "'events'"));
        }
        const QStringList problems = Project::open(file, QString(), Project::Access::ReadOnly)->verify();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.filter(QStringLiteral(
                                     "of sites) holds Python form code (editforminit), which QGIS would run"))
                         .size() == 1,
                 qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.filter(QStringLiteral("of events) holds a Python action")).size() == 1,
                 qPrintable(problems.join(u'\n')));
        QVERIFY(Project::open(m_demo, QString(), Project::Access::ReadOnly)->verify().isEmpty());
    }

    void qgisAddsEveryLayerValidAndStyled_data() { everyListedTableOpens_data(); }

    void qgisAddsEveryLayerValidAndStyled()
    {
        QFETCH(QString, which);
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"), QStringLiteral("import qgis.core")});
        if (!probe.waitForFinished(120000) || probe.exitCode() != 0)
            QSKIP("/usr/bin/python3 has no qgis.core (Debian's python3-qgis): the project is not added in "
                  "QGIS");
        QProcess q;
        // QGIS's temporary folders, which its scripts' hurried exit leaves, go with the test's own.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), m_dir.path());
        q.setProcessEnvironment(env);
        q.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/interop/check_project_layers.py"),
                 which == QLatin1String("demo") ? m_demo : m_migrated});
        QVERIFY(q.waitForFinished(300000));
        const QByteArray said = q.readAllStandardOutput();
        const QJsonArray layers = QJsonDocument::fromJson(said.mid(said.indexOf('{')))
                                      .object()
                                      .value(QStringLiteral("layers"))
                                      .toArray();
        QVERIFY2(layers.size() > 20, said.constData());
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : layers) {
            const QJsonObject l = v.toObject();
            const QString name = l.value(QStringLiteral("name")).toString();
            byName.insert(name, l);
            QVERIFY2(l.value(QStringLiteral("valid")).toBool(),
                     qPrintable(name + QStringLiteral(" is not valid")));
            QVERIFY2(l.value(QStringLiteral("features")).toInt() >= 0, qPrintable(name));
            QVERIFY2(l.value(QStringLiteral("styles")).toInt() >= 1,
                     qPrintable(name + QStringLiteral(" has no style")));
            QVERIFY2(l.value(QStringLiteral("loaded")).toBool(),
                     qPrintable(name + QStringLiteral(": style not loaded")));
        }
        QCOMPARE(byName.value(QStringLiteral("sites")).value(QStringLiteral("renderer")).toString(),
                 QStringLiteral("categorizedSymbol"));
        QCOMPARE(byName.value(QStringLiteral("sites")).value(QStringLiteral("categories")).toInt(), 8);
        QCOMPARE(byName.value(QStringLiteral("sites")).value(QStringLiteral("features")).toInt(), 7);
        QCOMPARE(byName.value(QStringLiteral("annotations")).value(QStringLiteral("renderer")).toString(),
                 QStringLiteral("RuleRenderer"));
        for (const char *single : {"site_aois", "scenes", "events", "claims"})
            QCOMPARE(byName.value(QLatin1String(single)).value(QStringLiteral("renderer")).toString(),
                     QStringLiteral("singleSymbol"));
    }
};

QTEST_GUILESS_MAIN(TestQgisListing)
#include "tst_qgis_listing.moc"
