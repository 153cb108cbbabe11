// Exports to other tools: each OGR export read back with OGR and compared with the project, and
// every STIX bundle validated against the OASIS STIX 2.1 JSON schemas.
#include "exchangeproject.h"
#include "support/cliprocess.h"

#include "sightline/interop/stixcommon.h"
#include "sightline/interop/stixexport.h"
#include "sightline/interop/vectorexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

using namespace sightline;

namespace {

struct ReadBack
{
    QHash<QString, int> perLayer;                 // layer -> features
    QHash<QString, QHash<QString, QString>> byId; // record id + type -> field values
    QHash<QString, QString> wkt;                  // record id + type -> geometry as WKT
};

ReadBack readBack(const QString &file)
{
    ReadBack out;
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) return out;
    for (OGRLayer *layer : ds->GetLayers()) {
        const QString name = QString::fromUtf8(layer->GetName());
        layer->ResetReading();
        while (std::unique_ptr<OGRFeature> f{layer->GetNextFeature()}) {
            ++out.perLayer[name];
            QHash<QString, QString> values;
            for (int i = 0; i < f->GetFieldCount(); ++i)
                if (f->IsFieldSetAndNotNull(i))
                    values.insert(
                        QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef()).toLower(), // KML reads "Name"
                        QString::fromUtf8(f->GetFieldAsString(i)));
            const QString key =
                values.value(QStringLiteral("id")) + u'/' + values.value(QStringLiteral("record_type"));
            out.byId.insert(key, values);
            if (const OGRGeometry *g = f->GetGeometryRef()) {
                char *wkt = nullptr;
                g->exportToWkt(&wkt);
                out.wkt.insert(key, QString::fromUtf8(wkt));
                CPLFree(wkt);
            }
        }
    }
    return out;
}

QString idOf(const RecordMeta &m, const char *type)
{
    return m.id.toString(QUuid::WithoutBraces) + u'/' + QLatin1String(type);
}

} // namespace

class TestExchangeExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("case.gpkg"));
        auto p = Project::create(m_file, QStringLiteral("Exchange case"), QStringLiteral("tester"));
        m_records = test::fillExchangeProject(*p);
    }

    void eachOgrFormatReadsBack_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("gpkg") << QStringLiteral("gpkg") << QStringLiteral("out.gpkg");
        QTest::newRow("geojson") << QStringLiteral("geojson") << QStringLiteral("out.geojson");
        QTest::newRow("kml") << QStringLiteral("kml") << QStringLiteral("out.kml");
        QTest::newRow("kmz") << QStringLiteral("kmz") << QStringLiteral("out.kmz");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("out.csv");
    }

    void eachOgrFormatReadsBack()
    {
        QFETCH(QString, format);
        QFETCH(QString, name);
        const QString out = m_dir.filePath(name);
        const auto r = test::runCli({QStringLiteral("export"), m_file, QStringLiteral("--format"), format,
                                     QStringLiteral("-o"), out, QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ReadBack back = readBack(out);
        int total = 0;
        for (int n : back.perLayer)
            total += n;
        // 2 sites, 1 area of interest, 1 claim with a location, 1 annotation, 1 footprint, 1 event.
        QCOMPARE(total, 7);
        if (format == QLatin1String("gpkg")) {
            QCOMPARE(back.perLayer.value(QStringLiteral("sites")), 2);
            QCOMPARE(back.perLayer.value(QStringLiteral("areas_of_interest")), 1);
            QCOMPARE(back.perLayer.value(QStringLiteral("footprints")), 1);
        }
        // KML keeps fields it knows (name, description, times) in their KML places; the rest as data.
        const auto site = back.byId.value(idOf(m_records.site.meta, "site"));
        QCOMPARE(site.value(QStringLiteral("name")), m_records.site.name);
        QCOMPARE(site.value(QStringLiteral("marking")), QStringLiteral("TLP:GREEN"));
        QCOMPARE(site.value(QStringLiteral("kind")), QStringLiteral("rail_yard"));
        QVERIFY2(back.wkt.value(idOf(m_records.site.meta, "site"))
                     .startsWith(QStringLiteral("POINT (130.6026 42.4217")),
                 qPrintable(back.wkt.value(idOf(m_records.site.meta, "site"))));
        const auto scene = back.byId.value(idOf(m_records.scene.meta, "scene"));
        QCOMPARE(scene.value(QStringLiteral("licence")), m_records.scene.licence);
        const auto claim = back.byId.value(idOf(m_records.claim.meta, "claim"));
        QCOMPARE(claim.value(QStringLiteral("grade")), QStringLiteral("B2"));
        // GeoJSON readers take a date-like text for a date: "2023/10/05 00:00:00" is the same day.
        QCOMPARE(claim.value(QStringLiteral("time")).replace(u'/', u'-').left(10),
                 QStringLiteral("2023-10-05"));
        QVERIFY(claim.value(QStringLiteral("description")).contains(QStringLiteral("73 railcars")));
        QVERIFY(!back.byId.contains(idOf(m_records.undated.meta, "claim"))); // no location of its own
    }

    void geoJsonIsRfc7946()
    {
        const QString out = m_dir.filePath(QStringLiteral("rfc.geojson"));
        QCOMPARE(test::runCli({QStringLiteral("export"), m_file, QStringLiteral("--format"),
                               QStringLiteral("geojson"), QStringLiteral("-o"), out})
                     .exitCode,
                 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!root.contains(QStringLiteral("crs"))); // RFC 7946: WGS 84 lon/lat, never named
        int polygons = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("features")).toArray()) {
            const QJsonObject g = v.toObject().value(QStringLiteral("geometry")).toObject();
            if (g.value(QStringLiteral("type")).toString() != QLatin1String("Polygon")) continue;
            ++polygons;
            // The exterior ring is counterclockwise: positive shoelace area.
            const QJsonArray ring = g.value(QStringLiteral("coordinates")).toArray().first().toArray();
            double area = 0;
            for (int i = 0; i + 1 < ring.size(); ++i) {
                const QJsonArray a = ring[i].toArray(), b = ring[i + 1].toArray();
                area += a[0].toDouble() * b[1].toDouble() - b[0].toDouble() * a[1].toDouble();
            }
            QVERIFY2(area > 0, "exterior ring wound clockwise");
            QVERIFY(ring.first().toArray()[0].toDouble() > 100); // longitude first
        }
        QCOMPARE(polygons, 2);
    }

    void kmlHasTimesAndStyles()
    {
        const QString out = m_dir.filePath(QStringLiteral("times.kml"));
        QCOMPARE(test::runCli({QStringLiteral("export"), m_file, QStringLiteral("--format"),
                               QStringLiteral("kml"), QStringLiteral("-o"), out})
                     .exitCode,
                 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString kml = QString::fromUtf8(f.readAll());
        QVERIFY2(kml.contains(QStringLiteral("<TimeStamp>")),
                 "the scene's minute-precise time is a TimeStamp");
        QVERIFY2(kml.contains(QStringLiteral("<TimeSpan>")), "a day is a TimeSpan");
        QVERIFY(kml.contains(QStringLiteral("<when>2023-10-05T02:14:07")));
        QVERIFY(kml.contains(QStringLiteral("<begin>2023-10-05T00:00:00")));
        QVERIFY(kml.contains(QStringLiteral("<IconStyle>")));
        QVERIFY(kml.contains(QStringLiteral("TLP:GREEN")));
        QVERIFY(kml.contains(QStringLiteral("Planet NICFI")));
    }

    void filtersBySiteAndTime()
    {
        const QString out = m_dir.filePath(QStringLiteral("filtered.gpkg"));
        // A typed hyphen finds the en dash.
        auto r = test::runCli({QStringLiteral("export"), m_file, QStringLiteral("--format"),
                               QStringLiteral("gpkg"), QStringLiteral("-o"), out, QStringLiteral("--site"),
                               QStringLiteral("tumangang-khasan crossing"), QStringLiteral("--from"),
                               QStringLiteral("2023-10-04"), QStringLiteral("--to"),
                               QStringLiteral("2023-10-06")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ReadBack back = readBack(out);
        QCOMPARE(back.perLayer.value(QStringLiteral("sites")), 1);
        QCOMPARE(back.perLayer.value(QStringLiteral("claims")), 1);
        QCOMPARE(back.perLayer.value(QStringLiteral("events")), 0); // 13 September
        r = test::runCli({QStringLiteral("export"), m_file, QStringLiteral("--format"),
                          QStringLiteral("gpkg"), QStringLiteral("-o"), out, QStringLiteral("--force"),
                          QStringLiteral("--site"), QStringLiteral("Nowhere")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no site named \"Nowhere\"")));
    }

    void restrictedNeedsPermissionAndExistingFilesStay()
    {
        const QString file = m_dir.filePath(QStringLiteral("amber.gpkg"));
        {
            auto p = Project::create(file, QStringLiteral("Amber"), QStringLiteral("tester"));
            test::fillExchangeProject(*p, Marking::Amber);
        }
        const QString out = m_dir.filePath(QStringLiteral("amber.json"));
        auto r = test::runCli({QStringLiteral("export"), file, QStringLiteral("--format"),
                               QStringLiteral("stix"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--allow-restricted")));
        QVERIFY(!QFile::exists(out));
        r = test::runCli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("stix"),
                          QStringLiteral("-o"), out, QStringLiteral("--allow-restricted")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = test::runCli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("stix"),
                          QStringLiteral("-o"), out, QStringLiteral("--allow-restricted")});
        QCOMPARE(r.exitCode, 2); // exists, no --force
        // A failed write leaves nothing behind: a folder that does not exist.
        r = test::runCli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("gpkg"),
                          QStringLiteral("-o"), m_dir.filePath(QStringLiteral("missing/out.gpkg")),
                          QStringLiteral("--allow-restricted")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing/out.gpkg")));
    }

    void stixIsDeterministicAndCarriesGrades()
    {
        const auto p = Project::open(m_file, QString(), Project::Access::ReadOnly);
        const ExportSet set = collectExport(*p, {});
        const QByteArray a = QJsonDocument(stixBundle(set)).toJson();
        const QByteArray b = QJsonDocument(stixBundle(collectExport(*p, {}))).toJson();
        QCOMPARE(a, b);
        const QJsonArray objects =
            QJsonDocument::fromJson(a).object().value(QStringLiteral("objects")).toArray();
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : objects)
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        const QJsonObject note = byId.value(stix::idFor(QStringLiteral("note"), m_records.claim.meta.id));
        QCOMPARE(note.value(QStringLiteral("content")).toString(), m_records.claim.quote);
        QCOMPARE(note.value(QStringLiteral("confidence")).toInt(), 70); // credibility 2: probably true
        QCOMPARE(note.value(QStringLiteral("x_sightline_grade")).toString(), QStringLiteral("B2"));
        QVERIFY(note.value(QStringLiteral("x_sightline_grade_words"))
                    .toString()
                    .contains(QStringLiteral("usually reliable")));
        QCOMPARE(note.value(QStringLiteral("object_marking_refs")).toArray().first().toString(),
                 stix::markingId(Marking::Green));
        const QJsonObject report =
            byId.value(stix::idFor(QStringLiteral("report"), m_records.source.meta.id));
        QCOMPARE(report.value(QStringLiteral("confidence")).toInt(), 70); // reliability B
        const QJsonObject location =
            byId.value(stix::idFor(QStringLiteral("location"), m_records.site.meta.id));
        QCOMPARE(location.value(QStringLiteral("latitude")).toDouble(), 42.4217);
        QVERIFY(location.value(QStringLiteral("precision")).toDouble() > 100);
        const QJsonObject opinion =
            byId.value(stix::idFor(QStringLiteral("opinion"), m_records.judgment.meta.id));
        QCOMPARE(opinion.value(QStringLiteral("opinion")).toString(), QStringLiteral("agree"));
        QCOMPARE(opinion.value(QStringLiteral("confidence")).toInt(), 50);
        QVERIFY(opinion.value(QStringLiteral("object_refs"))
                    .toArray()
                    .contains(QJsonValue(note.value(QStringLiteral("id")))));
        QVERIFY(byId.contains(stix::idFor(QStringLiteral("sighting"), m_records.observation.meta.id)));
        QVERIFY(byId.contains(stix::idFor(QStringLiteral("relationship"), m_records.link.meta.id)));
        QVERIFY(byId.contains(stix::markingId(Marking::Green)));
    }

    void qgisProjectOpensWithEveryLayerValid()
    {
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"), QStringLiteral("import qgis.core")});
        if (!probe.waitForFinished(120000) || probe.exitCode() != 0)
            QSKIP(
                "/usr/bin/python3 has no qgis.core (Debian's python3-qgis): the QGIS project is not opened");
        // The project itself is never written over, not even by the GeoPackage beside a .qgs.
        const auto refused = test::runCli(
            {QStringLiteral("export"), m_file, QStringLiteral("--format"), QStringLiteral("qgs"),
             QStringLiteral("-o"), m_dir.filePath(QStringLiteral("case.qgs")), QStringLiteral("--force")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("is the project itself")), qPrintable(refused.err));
        const QString out = m_dir.filePath(QStringLiteral("qgis-case.qgs"));
        const auto r =
            test::runCli({QStringLiteral("export"), m_file, QStringLiteral("--format"), QStringLiteral("qgs"),
                          QStringLiteral("-o"), out, QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("qgis-case.gpkg"))));
        QProcess q;
        // QGIS's temporary folders, which its scripts' hurried exit leaves, go with the test's own.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), m_dir.path());
        q.setProcessEnvironment(env);
        q.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/interop/check_qgs.py"), out});
        QVERIFY(q.waitForFinished(300000));
        const QByteArray said = q.readAllStandardOutput();
        const QJsonObject result = QJsonDocument::fromJson(said.mid(said.indexOf('{'))).object();
        QVERIFY2(result.value(QStringLiteral("read")).toBool(), said.constData());
        QHash<QString, QJsonObject> layers;
        for (const QJsonValue &v : result.value(QStringLiteral("layers")).toArray())
            layers.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QCOMPARE(layers.size(), 6);
        for (const QJsonObject &l : std::as_const(layers))
            QVERIFY2(l.value(QStringLiteral("valid")).toBool(),
                     qPrintable(l.value(QStringLiteral("name")).toString()));
        QCOMPARE(layers.value(QStringLiteral("Sites")).value(QStringLiteral("renderer")).toString(),
                 QStringLiteral("categorizedSymbol"));
        QCOMPARE(layers.value(QStringLiteral("Sites")).value(QStringLiteral("categories")).toInt(),
                 8); // one a site kind
        QCOMPARE(layers.value(QStringLiteral("Sites")).value(QStringLiteral("features")).toInt(), 2);
        for (const char *timed : {"Claims", "Events", "Imagery footprints", "Annotations"})
            QVERIFY2(layers.value(QString::fromLatin1(timed)).value(QStringLiteral("temporal")).toBool(),
                     timed);
        QCOMPARE(layers.value(QStringLiteral("Imagery footprints")).value(QStringLiteral("features")).toInt(),
                 1);
    }

    void confidenceFollowsTheScheme()
    {
        const auto &uk = GradingScheme::uk5x5x5();
        QCOMPARE(stix::confidence(uk, *Credibility::fromInt(1)).value_or(-1), 90);
        QVERIFY(!stix::confidence(uk, *Credibility::fromInt(4))); // cannot be judged
        QCOMPARE(stix::confidence(uk, *Credibility::fromInt(5)).value_or(-1), 10);
        QVERIFY(!stix::confidence(uk, Reliability::E)); // untested
        QCOMPARE(stix::confidence(uk, Reliability::D).value_or(-1), 10);
        const auto &adm = GradingScheme::admiralty();
        QVERIFY(!stix::confidence(adm, *Credibility::fromInt(6)));
        QCOMPARE(stix::confidence(adm, *Credibility::fromInt(4)).value_or(-1), 30);
        QCOMPARE(stix::credibilityFor(adm, 72).value(), 2);
    }

    void bundlesValidateAgainstOasisSchemas()
    {
        const QString conformance = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
        if (conformance.isEmpty())
            QSKIP("SIGHTLINE_CONFORMANCE_DIR is not set: the OASIS STIX 2.1 schemas are not at hand");
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
        if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
            QSKIP("/usr/bin/python3 has no jsonschema (Debian's python3-jsonschema): bundles not validated");
        // The exchange project under both schemes and markings, and the demo case.
        QStringList bundles;
        const QString uk = m_dir.filePath(QStringLiteral("uk.gpkg"));
        QCOMPARE(
            test::runCli({QStringLiteral("new"), uk, QStringLiteral("--scheme"), QStringLiteral("uk-5x5x5"),
                          QStringLiteral("--marking"), QStringLiteral("TLP:AMBER+STRICT")})
                .exitCode,
            0);
        {
            auto p = Project::open(uk, QStringLiteral("tester"));
            auto x = test::fillExchangeProject(*p, Marking::AmberStrict);
            Q_UNUSED(x);
        }
        const QString demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QCOMPARE(test::runCli({QStringLiteral("demo"), demo}).exitCode, 0);
        for (const QString &project : {m_file, uk, demo}) {
            const QString out = project + QStringLiteral(".stix.json");
            const auto r = test::runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                                         QStringLiteral("stix"), QStringLiteral("-o"), out,
                                         QStringLiteral("--allow-restricted")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            bundles << out;
        }
        QProcess v;
        v.start(QStringLiteral("/usr/bin/python3"),
                QStringList{QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/interop/validate_stix.py"),
                            conformance + QStringLiteral("/stix/schemas")} +
                    bundles);
        QVERIFY(v.waitForFinished(300000));
        const QString said = QString::fromUtf8(v.readAllStandardOutput());
        QVERIFY2(v.exitCode() == 0, qPrintable(said));
        qInfo("%s", qPrintable(said.trimmed()));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    test::ExchangeProject m_records;
};

QTEST_GUILESS_MAIN(TestExchangeExport)
#include "tst_exchange_export.moc"
