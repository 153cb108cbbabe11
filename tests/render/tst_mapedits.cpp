// Only what changed is redrawn: an edit rebuilds the layers that draw the record type it changed
// and keeps every other layer (so its tiles stay in the cache); the basemap is prepared once per
// file and CRS; tiles of layers that do not depend on time are not keyed by the time window.
#include "support/samplerecords.h"

#include "sightline/render/basemaplayer.h"
#include "sightline/render/mapmodel.h"
#include "sightline/render/projectlayers.h"
#include "sightline/render/rasterlayer.h"
#include "sightline/render/recordlayers.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::render;

namespace {

QDateTime utc(int y, int mo, int d)
{
    return QDateTime(QDate(y, mo, d), QTime(0, 0), Qt::UTC);
}

// Each layer's identity and revision, by id.
QHash<QString, std::pair<const MapLayer *, quint64>> identities(const MapModel &model)
{
    QHash<QString, std::pair<const MapLayer *, quint64>> out;
    for (const LayerEntry &e : model.entries())
        if (const auto l = model.layer(e.id))
            out.insert(e.id, {l.get(), l->revision()});
    return out;
}

QStringList changedBetween(const QHash<QString, std::pair<const MapLayer *, quint64>> &a,
                           const QHash<QString, std::pair<const MapLayer *, quint64>> &b)
{
    QStringList out;
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (a.value(it.key()) != it.value())
            out << it.key();
    out.sort();
    return out;
}

} // namespace

class TestMapEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Site m_site;
    Source m_source;
    Claim m_claim;
    Event m_event;
    Annotation m_annotation;
    ImageryScene m_scene;

    MapSettings view() const
    {
        MapSettings s;
        s.crs = QStringLiteral("EPSG:3857");
        s.outputSize = {768, 512};
        s.decorations = false;
        const QRectF ext(QPointF(14525000, 5218000), QPointF(14545000, 5228000));
        s.center = ext.center();
        s.mapUnitsPerPixel = 40;
        return s;
    }

private slots:
    void initTestCase()
    {
        m_project = Project::create(m_dir.filePath(QStringLiteral("edits.gpkg")), QStringLiteral("edits"), QStringLiteral("a"));
        m_site = test::sampleSite();
        m_project->save(m_site);
        m_source = test::sampleSource();
        m_project->save(m_source);
        m_claim = test::sampleClaim(m_source, m_site);
        m_project->save(m_claim);
        m_event.title = QStringLiteral("train seen");
        m_event.time = TimeSpan::day(2023, 10, 5);
        m_event.location = Geometry::point(130.61, 42.425);
        m_project->save(m_event);
        m_scene.filePath = QStringLiteral("missing.tif");
        m_scene.acquired = TimeSpan::day(2023, 10, 5);
        m_scene.footprint = Geometry::polygon({{130.55, 42.40}, {130.65, 42.40}, {130.65, 42.45}, {130.55, 42.45}, {130.55, 42.40}});
        m_project->save(m_scene);
        m_annotation.sceneId = m_scene.meta.id;
        m_annotation.objectKind = QStringLiteral("railcar");
        m_annotation.time = TimeSpan::day(2023, 10, 5);
        m_annotation.geometry = Geometry::point(130.605, 42.424);
        m_project->save(m_annotation);
    }

    void eachEditRebuildsOnlyItsLayers_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("rebuilt");
        QTest::newRow("site") << int(RecordType::Site) << QStringList{QStringLiteral("aois"), QStringLiteral("sites")};
        QTest::newRow("scene") << int(RecordType::Scene) << QStringList{QStringLiteral("footprints"), QStringLiteral("imagery")};
        QTest::newRow("annotation") << int(RecordType::Annotation) << QStringList{QStringLiteral("annotations")};
        QTest::newRow("claim") << int(RecordType::Claim) << QStringList{QStringLiteral("claims")};
        QTest::newRow("event") << int(RecordType::Event) << QStringList{QStringLiteral("events")};
        QTest::newRow("source") << int(RecordType::Source) << QStringList{};
        QTest::newRow("capture") << int(RecordType::Capture) << QStringList{};
        QTest::newRow("link") << int(RecordType::Link) << QStringList{};
        QTest::newRow("judgment") << int(RecordType::Judgment) << QStringList{};
        QTest::newRow("observation") << int(RecordType::Observation) << QStringList{};
    }

    void eachEditRebuildsOnlyItsLayers()
    {
        QFETCH(int, type);
        QFETCH(QStringList, rebuilt);
        MapModel model;
        model.setProject(*m_project, BasemapLayer::defaultPath());
        // A layer made new starts as its entry says (here: half opacity for all).
        auto entries = model.entries();
        for (auto &e : entries)
            e.opacity = 0.5;
        model.applyEntries(entries);
        const auto before = identities(model);
        QCOMPARE(before.size(), 8);
        QSignalSpy changed(&model, &MapModel::layersChanged);
        QCOMPARE(model.recordsChanged(*m_project, RecordType(type)), !rebuilt.isEmpty());
        QCOMPARE(changed.count(), rebuilt.isEmpty() ? 0 : 1);
        QCOMPARE(changedBetween(before, identities(model)), rebuilt);
        QStringList drawing = MapModel::layersDrawing(RecordType(type));
        drawing.sort();
        QCOMPARE(drawing, rebuilt);
        for (const LayerEntry &e : model.entries())
            QCOMPARE(model.layer(e.id)->opacity(), 0.5);
    }

    void untouchedLayersKeepTheirTiles()
    {
        MapModel model;
        model.setProject(*m_project, BasemapLayer::defaultPath());
        TileCache cache;
        const MapSettings s = model.viewOf(view());
        RenderStats first;
        const QImage a = MapRenderer::render(s, model.visibleLayers(), &cache, nullptr, &first);
        const int layers = static_cast<int>(model.visibleLayers().size());
        QCOMPARE(layers, 8);
        QVERIFY(first.tilesRendered > 0);
        QCOMPARE(first.tilesRendered % layers, 0); // every layer draws every tile of a cold frame
        const int cells = first.tilesRendered / layers;

        // A source's notes: no layer draws sources, so the next frame is all from the cache.
        Source noted = *m_project->find<Source>(m_source.meta.id);
        noted.notes = QStringLiteral("seen again");
        m_project->save(noted);
        model.recordsChanged(*m_project, RecordType::Source);
        RenderStats afterSource;
        const QImage b = MapRenderer::render(s, model.visibleLayers(), &cache, nullptr, &afterSource);
        QCOMPARE(afterSource.tilesRendered, 0);
        QCOMPARE(afterSource.tilesFromCache, cells);
        QCOMPARE(a, b);

        // A site moved: its two layers are drawn again, nothing else.
        Site moved = *m_project->find<Site>(m_site.meta.id);
        moved.location = {130.59, 42.41};
        m_project->save(moved);
        model.recordsChanged(*m_project, RecordType::Site);
        RenderStats afterSite;
        const QImage c = MapRenderer::render(s, model.visibleLayers(), &cache, nullptr, &afterSite);
        QCOMPARE(afterSite.tilesRendered, 2 * cells);
        QStringList drawn = afterSite.tilesRenderedByLayer.keys();
        drawn.sort();
        QCOMPARE(drawn, (QStringList{QStringLiteral("aois"), QStringLiteral("sites")}));
        QVERIFY(c != b); // and the site is somewhere else

        // A claim edited: the claims layer alone.
        Claim reworded = *m_project->find<Claim>(m_claim.meta.id);
        reworded.notes = QStringLiteral("checked");
        m_project->save(reworded);
        model.recordsChanged(*m_project, RecordType::Claim);
        RenderStats afterClaim;
        MapRenderer::render(s, model.visibleLayers(), &cache, nullptr, &afterClaim);
        QCOMPARE(afterClaim.tilesRenderedByLayer.keys(), QStringList{QStringLiteral("claims")});
        QCOMPARE(afterClaim.tilesRendered, cells);
    }

    void basemapIsPreparedOncePerFileAndCrs()
    {
        if (!QFileInfo::exists(BasemapLayer::defaultPath()))
            QSKIP("Natural Earth (Debian's qgis-common) is not installed");
        MapSettings s = view();
        s.crs = QStringLiteral("EPSG:32652"); // a CRS no other test here prepares
        s.center = {360000, 4700000};
        s.mapUnitsPerPixel = 50;
        const int before = BasemapLayer::preparations();
        MapModel one, two;
        one.setProject(*m_project, BasemapLayer::defaultPath());
        two.setProject(*m_project, BasemapLayer::defaultPath());
        const auto basemap = one.layer(QStringLiteral("basemap"));
        QVERIFY(basemap->prepared(s.crs, nullptr));
        QCOMPARE(BasemapLayer::preparations(), before + 1);
        QVERIFY(two.layer(QStringLiteral("basemap"))->prepared(s.crs, nullptr)); // another model: shared
        QCOMPARE(BasemapLayer::preparations(), before + 1);
        // Edits of every kind and a new project of the same file keep the basemap layer itself.
        for (RecordType t : {RecordType::Site, RecordType::Scene, RecordType::Claim, RecordType::Source})
            one.recordsChanged(*m_project, t);
        one.setProject(*m_project, BasemapLayer::defaultPath());
        QCOMPARE(one.layer(QStringLiteral("basemap")), basemap);
        QCOMPARE(BasemapLayer::preparations(), before + 1);
        // Another CRS is another preparation.
        QVERIFY(basemap->prepared(QStringLiteral("EPSG:32651"), nullptr));
        QCOMPARE(BasemapLayer::preparations(), before + 2);
    }

    void onlyTimeDependentLayersAreKeyedByTheWindow()
    {
        MapModel model;
        model.setProject(*m_project, QStringLiteral("/nonexistent/world_map.gpkg"));
        const TimeWindow october(utc(2023, 10, 1), utc(2023, 10, 31));
        const TimeWindow november(utc(2023, 11, 1), utc(2023, 11, 30));
        const TimeWindow lateOctober(utc(2023, 10, 2), utc(2023, 11, 6));
        for (const QString &id : {QStringLiteral("basemap"), QStringLiteral("sites"), QStringLiteral("aois")}) {
            QVERIFY2(!model.layer(id)->dependsOnTime(), qPrintable(id));
            QCOMPARE(model.layer(id)->timeKey(october), quint64(0));
            QCOMPARE(model.layer(id)->timeKey(november), quint64(0));
        }
        for (const QString &id : {QStringLiteral("imagery"), QStringLiteral("footprints"), QStringLiteral("annotations"),
                                 QStringLiteral("claims"), QStringLiteral("events")}) {
            const auto layer = model.layer(id);
            QVERIFY2(layer->dependsOnTime(), qPrintable(id));
            QVERIFY(layer->timeKey(october) != 0);
            // Another window showing the same records is the same key (same tiles); one showing
            // other records is another.
            QCOMPARE(layer->timeKey(lateOctober), layer->timeKey(october));
            QVERIFY2(layer->timeKey(november) != layer->timeKey(october), qPrintable(id));
            QCOMPARE(layer->timeKey(TimeWindow()), layer->timeKey(october)); // everything is all there is
        }
        // Records of unknown time only: nothing to key by.
        ClaimLayer undated(QList<Claim>{Claim{}});
        QVERIFY(!undated.dependsOnTime());
        QCOMPARE(undated.timeKey(october), quint64(0));
    }

    void steppingTheWindowRedrawsOnlyTimeDependentLayers()
    {
        MapModel model;
        model.setProject(*m_project, BasemapLayer::defaultPath());
        TileCache cache;
        model.setTimeWindow(TimeWindow(utc(2023, 9, 1), utc(2023, 9, 7)));
        RenderStats september;
        const QImage empty = MapRenderer::render(model.viewOf(view()), model.visibleLayers(), &cache, nullptr, &september);
        QVERIFY(september.tilesRendered > 0);
        // A week later: still nothing of the evidence shows; no tile is drawn again.
        model.setTimeWindow(model.timeWindow().shiftedBy(7LL * 86400 * 1000));
        RenderStats nextWeek;
        MapRenderer::render(model.viewOf(view()), model.visibleLayers(), &cache, nullptr, &nextWeek);
        QCOMPARE(nextWeek.tilesRendered, 0);
        // Into October: the claim, event, annotation and footprint show; only their layers are
        // drawn again. The scene is in the window now, but its file is missing: its imagery tiles
        // hold nothing (the frame labels its footprint "file missing"), and being keyed by the
        // scenes that reach them, of which none can be drawn, they are not drawn again.
        model.setTimeWindow(TimeWindow(utc(2023, 10, 1), utc(2023, 10, 7)));
        RenderStats october;
        const QImage shown = MapRenderer::render(model.viewOf(view()), model.visibleLayers(), &cache, nullptr, &october);
        QStringList drawn = october.tilesRenderedByLayer.keys();
        drawn.sort();
        QCOMPARE(drawn, (QStringList{QStringLiteral("annotations"), QStringLiteral("claims"), QStringLiteral("events"),
                                     QStringLiteral("footprints")}));
        QVERIFY(shown != empty);
        // Back to September: every tile from the cache.
        model.setTimeWindow(TimeWindow(utc(2023, 9, 1), utc(2023, 9, 7)));
        RenderStats back;
        QCOMPARE(MapRenderer::render(model.viewOf(view()), model.visibleLayers(), &cache, nullptr, &back), empty);
        QCOMPARE(back.tilesRendered, 0);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestMapEdits t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_mapedits.moc"
