// Imports from other tools: a STIX round trip into an empty project, a second import that adds
// nothing, and every kind of bad input (our own hostile files and the conformance folder's)
// refused with one line naming the file, leaving the project as it was.
#include "exchangeproject.h"
#include "support/cliprocess.h"
#include "support/testfiles.h"

#include "sightline/interop/exchangeimport.h"
#include "sightline/interop/importerror.h"
#include "sightline/interop/stixexport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

namespace {

qint64 recordCount(const Project &p)
{
    qint64 n = 0;
    for (RecordType t : {RecordType::Site, RecordType::Source, RecordType::Claim, RecordType::Event,
                         RecordType::Observation, RecordType::Judgment, RecordType::Link})
        n += p.count(t);
    return n;
}

// The fields a record has apart from its revision history.
template <typename T> T content(T r)
{
    r.meta = RecordMeta{r.meta.id, {}, {}, {}, 0};
    // STIX carries no imagery: a count made on a scene arrives as a count without its scene.
    if constexpr (std::is_same_v<T, Observation>)
        r.sceneId = {};
    return r;
}

template <typename T> void compareAll(const Project &a, const Project &b)
{
    const QList<T> left = a.all<T>();
    QCOMPARE(b.all<T>().size(), left.size());
    for (const T &r : left) {
        const auto other = b.find<T>(r.meta.id);
        QVERIFY2(other, qPrintable(r.meta.id.toString()));
        QVERIFY2(content(r) == content(*other),
                 qPrintable(r.meta.id.toString() + u' ' + QString::fromLatin1(typeid(T).name())));
    }
}

QByteArray bundleOf(const QJsonArray &objects)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("bundle")},
                                     {QStringLiteral("id"),
                                      QStringLiteral("bundle--5d0092c5-5f74-4287-9642-33f4c354e56d")},
                                     {QStringLiteral("objects"), objects}})
        .toJson();
}

QJsonObject location(const QString &uuid)
{
    return {{QStringLiteral("type"), QStringLiteral("location")},
            {QStringLiteral("spec_version"), QStringLiteral("2.1")},
            {QStringLiteral("id"), QStringLiteral("location--") + uuid},
            {QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00.000Z")},
            {QStringLiteral("modified"), QStringLiteral("2024-01-01T00:00:00.000Z")},
            {QStringLiteral("name"), QStringLiteral("Depot")},
            {QStringLiteral("latitude"), 42.0},
            {QStringLiteral("longitude"), 130.0}};
}

} // namespace

class TestExchangeImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("case.gpkg"));
        auto p = Project::create(m_file, QStringLiteral("Exchange case"), QStringLiteral("tester"));
        m_records = test::fillExchangeProject(*p);
        m_bundle = m_dir.filePath(QStringLiteral("case.stix.json"));
        const auto r = test::runCli({QStringLiteral("export"), m_file, QStringLiteral("--format"),
                                     QStringLiteral("stix"), QStringLiteral("-o"), m_bundle});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void stixRoundTripGivesTheSameRecords()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.gpkg"));
        QCOMPARE(test::runCli(
                     {QStringLiteral("new"), empty, QStringLiteral("--marking"), QStringLiteral("TLP:GREEN")})
                     .exitCode,
                 0);
        auto r = test::runCli({QStringLiteral("import"), empty, m_bundle, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("STIX 2.1"));
        QCOMPARE(report.value(QStringLiteral("imported")).toObject().value(QStringLiteral("claim")).toInt(),
                 2);
        QVERIFY2(report.value(QStringLiteral("not_understood")).toArray().isEmpty(), qPrintable(r.out));

        const auto a = Project::open(m_file, QString(), Project::Access::ReadOnly);
        const auto b = Project::open(empty, QString(), Project::Access::ReadOnly);
        compareAll<Site>(*a, *b);
        compareAll<Source>(*a, *b);
        compareAll<Claim>(*a, *b);
        compareAll<Event>(*a, *b);
        compareAll<Observation>(*a, *b);
        compareAll<Judgment>(*a, *b);
        compareAll<Link>(*a, *b);
        const qint64 before = recordCount(*b);

        // The same file again adds nothing.
        r = test::runCli({QStringLiteral("import"), empty, m_bundle, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject again = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(again.value(QStringLiteral("imported")).toObject().isEmpty());
        QCOMPARE(again.value(QStringLiteral("already_present")).toInt(), before);
        QCOMPARE(recordCount(*Project::open(empty, QString(), Project::Access::ReadOnly)), before);
    }

    void foreignBundlesMapWhatMaps()
    {
        const QString conformance = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
        if (conformance.isEmpty())
            QSKIP("SIGHTLINE_CONFORMANCE_DIR is not set: no official STIX examples to import");
        int imported = 0, refused = 0;
        QDirIterator it(conformance + QStringLiteral("/stix/examples"), {QStringLiteral("*.json")},
                        QDir::Files);
        while (it.hasNext()) {
            const QString example = it.next();
            const QString project = m_dir.filePath(QStringLiteral("ex-%1.gpkg").arg(imported + refused));
            Project::create(project, QStringLiteral("examples"), QStringLiteral("tester"));
            const auto r = test::runCli({QStringLiteral("import"), project, example});
            if (r.exitCode == 0) {
                ++imported;
                // Everything that did not map is named in the report and kept as text.
                const auto p = Project::open(project, QString(), Project::Access::ReadOnly);
                if (r.out.contains(QStringLiteral("not understood")))
                    QVERIFY2(p->count(RecordType::Source) >= 1, qPrintable(example));
            } else {
                ++refused;
                QCOMPARE(r.exitCode, 2);
                QVERIFY2(r.err.trimmed().count(u'\n') == 0 && r.err.contains(example), qPrintable(r.err));
                QCOMPARE(recordCount(*Project::open(project, QString(), Project::Access::ReadOnly)), 0);
            }
        }
        qInfo("%d official example bundles imported, %d refused with a reason", imported, refused);
        QVERIFY(imported >= 15);
    }

    void badStixIsRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"type\": \"bundle\", \"objects\": [")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("not a bundle")
            << QByteArray("{\"type\": \"report\"}") << QStringLiteral("not a STIX bundle");
        QJsonObject old = location(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000001"));
        old.insert(QStringLiteral("spec_version"), QStringLiteral("2.0"));
        QTest::newRow("wrong spec_version")
            << bundleOf({location(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000002")), old})
            << QStringLiteral("spec_version \"2.0\"");
        QJsonObject dangling = location(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000003"));
        dangling.insert(QStringLiteral("created_by_ref"),
                        QStringLiteral("identity--a7b1a7b1-0000-4000-8000-0000000000ff"));
        QTest::newRow("dangling reference")
            << bundleOf({location(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000004")), dangling})
            << QStringLiteral("which the bundle does not hold");
        QJsonObject huge = location(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000005"));
        huge.insert(QStringLiteral("description"), QString(2 * 1024 * 1024, u'x'));
        QTest::newRow("huge string")
            << bundleOf({location(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000006")), huge})
            << QStringLiteral("a text of 2097152 characters");
        QByteArray deep = "{\"type\": \"bundle\", \"id\": \"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\", "
                          "\"objects\": [], \"x\": ";
        deep += QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
        QTest::newRow("deep nesting (JSON)") << deep << QStringLiteral("not valid JSON");
        QJsonValue nested = 1;
        for (int i = 0; i < 40; ++i)
            nested = QJsonArray{nested};
        QJsonObject deepObject = location(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000007"));
        deepObject.insert(QStringLiteral("x_nested"), nested);
        QTest::newRow("deep nesting") << bundleOf({deepObject}) << QStringLiteral("nested more than");
        QJsonObject badId = location(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000008"));
        badId.insert(QStringLiteral("id"), QStringLiteral("note--a7b1a7b1-0000-4000-8000-000000000008"));
        QTest::newRow("id of another type") << bundleOf({badId}) << QStringLiteral("has no valid id");
        // The records are stored while the whole bundle is checked: a note that cannot become a
        // record, a good one after it, and what the checks find is reported, never what storing met.
        auto note = [](const QString &uuid, const QString &time) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("note")},
                               {QStringLiteral("spec_version"), QStringLiteral("2.1")},
                               {QStringLiteral("id"), QStringLiteral("note--") + uuid},
                               {QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00.000Z")},
                               {QStringLiteral("modified"), QStringLiteral("2024-01-01T00:00:00.000Z")},
                               {QStringLiteral("content"), QStringLiteral("Trains every night")},
                               {QStringLiteral("object_refs"),
                                QJsonArray{QStringLiteral("location--a7b1a7b1-0000-4000-8000-000000000009")}},
                               {QStringLiteral("x_sightline_time"), time}};
        };
        const QJsonObject site = location(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000009"));
        QTest::newRow("note with a bad time")
            << bundleOf(
                   {site,
                    note(QStringLiteral("a7b1a7b1-0000-4000-8000-00000000000a"), QStringLiteral("2024")),
                    note(QStringLiteral("a7b1a7b1-0000-4000-8000-00000000000b"), QStringLiteral("soon")),
                    note(QStringLiteral("a7b1a7b1-0000-4000-8000-00000000000c"), QStringLiteral("2024"))})
            << QStringLiteral("x_sightline_time");
        QJsonObject laterDangling = location(QStringLiteral("a7b1a7b1-0000-4000-8000-00000000000d"));
        laterDangling.insert(QStringLiteral("created_by_ref"),
                             QStringLiteral("identity--a7b1a7b1-0000-4000-8000-0000000000ff"));
        QTest::newRow("bad time and a dangling reference")
            << bundleOf({site,
                         note(QStringLiteral("a7b1a7b1-0000-4000-8000-00000000000e"), QStringLiteral("soon")),
                         laterDangling})
            << QStringLiteral("which the bundle does not hold");
        QJsonObject laterHuge = location(QStringLiteral("a7b1a7b1-0000-4000-8000-00000000000f"));
        laterHuge.insert(QStringLiteral("description"), QString(2 * 1024 * 1024, u'x'));
        QTest::newRow("bad time and a huge string")
            << bundleOf({site,
                         note(QStringLiteral("a7b1a7b1-0000-4000-8000-000000000010"), QStringLiteral("soon")),
                         laterHuge})
            << QStringLiteral("a text of 2097152 characters");
    }

    void badStixIsRefusedWhole()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString tag =
            QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-').remove(u'(').remove(u')');
        const QString project = m_dir.filePath(QStringLiteral("bad-%1.gpkg").arg(tag));
        Project::create(project, QStringLiteral("bad"), QStringLiteral("tester"));
        const QString input = test::writeTestFile(m_dir, QStringLiteral("bad-%1.json").arg(tag), content);
        const auto r = test::runCli({QStringLiteral("import"), project, input});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(input) && r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QCOMPARE(recordCount(*Project::open(project, QString(), Project::Access::ReadOnly)), 0);
    }

    void commandLineMistakes()
    {
        auto r = test::runCli({QStringLiteral("import"), m_file, m_bundle, QStringLiteral("--source"),
                               QStringLiteral("not-a-uuid")});
        QCOMPARE(r.exitCode, 1);
        r = test::runCli({QStringLiteral("import"), m_file, m_bundle, QStringLiteral("--source"),
                          QStringLiteral("0b1c2d3e-0000-4000-8000-000000000000")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(m_bundle) && r.err.contains(QStringLiteral("no source of the project")),
                 qPrintable(r.err));
        r = test::runCli({QStringLiteral("import"), m_file, m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.json")));
        r = test::runCli({QStringLiteral("export"), m_file, QStringLiteral("--format"), QStringLiteral("pdf"),
                          QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 1);
        r = test::runCli(
            {QStringLiteral("export"), m_file, QStringLiteral("--format"), QStringLiteral("kml")});
        QCOMPARE(r.exitCode, 1);
    }

    void vectorFilesGiveSitesAndClaims()
    {
        const QString project = m_dir.filePath(QStringLiteral("vector.gpkg"));
        auto p = Project::create(project, QStringLiteral("vector"), QStringLiteral("tester"));
        const QString geojson = test::writeTestFile(m_dir, QStringLiteral("sites.geojson"),
                                                    R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"name": "Depot 7", "kind": "depot", "country": "RU"}, "geometry": {"type": "Point", "coordinates": [131.9, 43.1]}},
 {"type": "Feature", "properties": {"name": "Yard"}, "geometry": {"type": "Polygon", "coordinates": [[[130,42],[130.1,42],[130.1,42.1],[130,42.1],[130,42]]]}},
 {"type": "Feature", "properties": {"quote": "Trains every night", "time": "2024-03"}, "geometry": {"type": "Point", "coordinates": [131, 43]}}]})");
        ExchangeImportReport r = importExchangeFile(*p, geojson);
        QCOMPARE(r.format, QStringLiteral("GeoJSON"));
        QCOMPARE(r.imported.value(RecordType::Site), 2);
        QCOMPARE(r.imported.value(RecordType::Claim), 1);
        QCOMPARE(r.imported.value(RecordType::Source), 1); // made for the file: claims need a source
        const auto depot = std::find_if(p->all<Site>().cbegin(), p->all<Site>().cend(),
                                        [](const Site &s) { return s.name == QLatin1String("Depot 7"); });
        Q_UNUSED(depot);
        bool found = false;
        for (const Site &s : p->all<Site>())
            if (s.name == QLatin1String("Depot 7")) {
                found = true;
                QCOMPARE(s.kind, SiteKind::Depot);
                QCOMPARE(s.location, (GeoPoint{131.9, 43.1}));
            }
        QVERIFY(found);
        r = importExchangeFile(*p, geojson);
        QVERIFY(r.imported.isEmpty());
        QCOMPARE(r.alreadyPresent, 3);

        const QString csv =
            test::writeTestFile(m_dir, QStringLiteral("sites.csv"),
                                "name,kind,lon,lat\nPier 1,port,130.2,42.25\nPier 2,port,130.21,42.26\n");
        r = importExchangeFile(*p, csv);
        QCOMPARE(r.imported.value(RecordType::Site), 2);

        // Our own exports come back with their identities.
        const QString kml = m_dir.filePath(QStringLiteral("own.kml"));
        QCOMPARE(test::runCli({QStringLiteral("export"), m_file, QStringLiteral("--format"),
                               QStringLiteral("kml"), QStringLiteral("-o"), kml})
                     .exitCode,
                 0);
        r = importExchangeFile(*p, kml);
        QCOMPARE(r.imported.value(RecordType::Site), 2);
        QVERIFY(p->find<Site>(m_records.site.meta.id));
        QCOMPARE(p->find<Site>(m_records.site.meta.id)->aoi.isEmpty(), false);
        QVERIFY(p->find<Claim>(m_records.claim.meta.id));
    }

    // A file named as one format but holding another is read only by the named format's driver:
    // OGR's VRT driver would otherwise follow it to any file on the machine (or a URL).
    void onlyTheNamedFormatsDriverReadsAFile()
    {
        const QString project = m_dir.filePath(QStringLiteral("vrtvector.gpkg"));
        Project::create(project, QStringLiteral("vrt"), QStringLiteral("tester"));
        const QString secret = test::writeTestFile(m_dir, QStringLiteral("secret-places.csv"),
                                                   "name,lon,lat\nTOP-SECRET-PLACE,130.5,42.3\n");
        const QByteArray vrt = "<OGRVRTDataSource><OGRVRTLayer name=\"secret-places\"><SrcDataSource>" +
                               secret.toUtf8() +
                               "</SrcDataSource><GeometryType>wkbPoint</GeometryType>"
                               "<GeometryField encoding=\"PointFromColumns\" x=\"lon\" y=\"lat\"/>"
                               "</OGRVRTLayer></OGRVRTDataSource>\n";
        for (const char *name : {"places.kml", "places.csv"}) {
            const QString file = test::writeTestFile(m_dir, QString::fromLatin1(name), vrt);
            const auto r = test::runCli({QStringLiteral("import"), project, file});
            QVERIFY2(r.exitCode == 2, qPrintable(file + QStringLiteral(": ") + r.out + r.err));
            QVERIFY2(r.err.contains(file) && r.err.trimmed().count(u'\n') == 0, qPrintable(r.err));
            const auto opened = Project::open(project, QString(), Project::Access::ReadOnly);
            QCOMPARE(opened->all<Site>().size(), 0);
            QCOMPARE(recordCount(*opened), qint64(0));
        }
        // The same secret file, imported as what it is, is read: the refusal above is the driver's.
        const auto r = test::runCli({QStringLiteral("import"), project, secret});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void badVectorFilesAreRefusedWhole()
    {
        const QString project = m_dir.filePath(QStringLiteral("badvector.gpkg"));
        Project::create(project, QStringLiteral("bad"), QStringLiteral("tester"));
        QStringList files;
        // External entities: refused before any parser sees them; the secret is never read.
        const QString secret = test::writeTestFile(m_dir, QStringLiteral("secret.txt"), "TOP-SECRET-VALUE");
        files << test::writeTestFile(
            m_dir, QStringLiteral("xxe.kml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"file://" + secret.toUtf8() +
                "\">]>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>&xxe;</name>"
                "<Point><coordinates>130,42</coordinates></Point></Placemark></kml>\n");
        files << test::writeTestFile(
            m_dir, QStringLiteral("remote-dtd.kml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE kml SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n"
            "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>x</name>"
            "<Point><coordinates>130,42</coordinates></Point></Placemark></kml>\n");
        files << test::writeTestFile(
            m_dir, QStringLiteral("broken.geojson"),
            "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\"");
        files << test::writeTestFile(
            m_dir, QStringLiteral("open-ring.geojson"),
            R"({"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1]]]}})");
        files << test::writeTestFile(m_dir, QStringLiteral("broken.csv"),
                                     "name,lon,lat\nA,130.1,42\nB,not-a-number,42\n");
        files << test::writeTestFile(m_dir, QStringLiteral("nocoords.csv"), "name,colour\nA,red\n");
        const QString conformance = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
        if (!conformance.isEmpty())
            for (const char *folder : {"/malformed/geojsonhint", "/malformed/libkml", "/malformed/gdal"}) {
                QDirIterator it(
                    conformance + QLatin1String(folder),
                    {QStringLiteral("*.geojson"), QStringLiteral("*.kml"), QStringLiteral("*.kmz")},
                    QDir::Files);
                while (it.hasNext())
                    files << it.next();
            }
        else
            qInfo("SIGHTLINE_CONFORMANCE_DIR is not set: only this test's own bad files are tried");
        int refused = 0, read = 0;
        for (const QString &file : std::as_const(files)) {
            QVERIFY(!file.isEmpty());
            const qint64 before = recordCount(*Project::open(project, QString(), Project::Access::ReadOnly));
            const auto r = test::runCli({QStringLiteral("import"), project, file});
            const qint64 after = recordCount(*Project::open(project, QString(), Project::Access::ReadOnly));
            if (r.exitCode == 0) {
                ++read; // a file OGR and the checks accept is imported whole
                continue;
            }
            ++refused;
            QVERIFY2(r.exitCode == 2, qPrintable(file + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(file) && r.err.trimmed().count(u'\n') == 0, qPrintable(r.err));
            QCOMPARE(after, before);
        }
        for (const Site &s : Project::open(project, QString(), Project::Access::ReadOnly)->all<Site>())
            QVERIFY(!s.name.contains(QStringLiteral("TOP-SECRET")));
        qInfo("%d bad vector files: %d refused with a reason, %d read whole", int(files.size()), refused,
              read);
        QVERIFY(refused >= 6);
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_bundle;
    test::ExchangeProject m_records;
};

QTEST_GUILESS_MAIN(TestExchangeImport)
#include "tst_exchange_import.moc"
