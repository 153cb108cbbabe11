// The scenes of a site: three scenes that cover a site, imported out of date order, and one that
// does not; the list shows the three oldest first, choosing a row selects the scene, activating
// it asks to compare it.
#include "support/testrasters.h"

#include "sightline/store/scenefiles.h"
#include "sightline/ui/scenechoice.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sitescenespanel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sightline;

class TestSiteScenes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void scenesOfTheSiteByDate()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("t"), QStringLiteral("a"));
        const auto import = [&](const QString &name, const QString &when, double originX, const QString &artist) {
            test::RasterSpec spec;
            spec.dateTime = when;
            spec.artist = artist;
            spec.originX = originX;
            const QString file = m_dir.filePath(name);
            if (!test::makeRaster(file, spec))
                return QUuid();
            return store::importScene(*project, file).scene.meta.id;
        };
        // 512 pixels of 2 m from x = 552000; the one at 560000 is beside the site, not over it.
        const QUuid may = import(QStringLiteral("may.tif"), QStringLiteral("2024:05:10 02:14:00"), 552000, QStringLiteral("Maxar"));
        const QUuid nov = import(QStringLiteral("nov.tif"), QStringLiteral("2023:11:20 01:00:00"), 552200, QStringLiteral("Airbus"));
        const QUuid elsewhere = import(QStringLiteral("far.tif"), QStringLiteral("2024:02:01 01:00:00"), 560000, QStringLiteral("Maxar"));
        const QUuid jan = import(QStringLiteral("jan.tif"), QStringLiteral("2024:01:15 03:30:00"), 551900, QStringLiteral("Planet"));
        QVERIFY(!may.isNull() && !nov.isNull() && !elsewhere.isNull() && !jan.isNull());
        const GeoBounds b = project->find<ImageryScene>(may)->footprint.bounds();
        Site site;
        site.name = QStringLiteral("Tumangang rail yard");
        site.kind = SiteKind::RailYard;
        site.location = {(b.minLon + b.maxLon) / 2, (b.minLat + b.maxLat) / 2};
        project->save(site);

        ui::SelectionModel selection;
        ui::SiteScenesPanel panel(&selection);
        panel.reload(*project);
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        selection.select({{RecordType::Site, site.meta.id}});
        QTreeWidget *list = panel.list();
        QCOMPARE(list->topLevelItemCount(), 3);
        // TIFF times have no zone: shown as read, and said so.
        QCOMPARE(list->topLevelItem(0)->text(ui::SiteScenesPanel::DateColumn), QStringLiteral("2023-11-20 01:00 local time, zone unknown"));
        QCOMPARE(list->topLevelItem(1)->text(ui::SiteScenesPanel::DateColumn), QStringLiteral("2024-01-15 03:30 local time, zone unknown"));
        QCOMPARE(list->topLevelItem(2)->text(ui::SiteScenesPanel::DateColumn), QStringLiteral("2024-05-10 02:14 local time, zone unknown"));
        QCOMPARE(list->topLevelItem(0)->text(ui::SiteScenesPanel::ProviderColumn), QStringLiteral("Airbus"));
        QCOMPARE(list->topLevelItem(1)->text(ui::SiteScenesPanel::SceneIdColumn), QStringLiteral("jan.tif"));
        QCOMPARE(list->topLevelItem(2)->text(ui::SiteScenesPanel::ResolutionColumn), QStringLiteral("2 m"));

        // Choosing a row selects its scene; the list stays on the site.
        QSignalSpy chosen(&panel, &ui::SiteScenesPanel::sceneChosen);
        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(selection.selected(), (QList<RecordRef>{{RecordType::Scene, jan}}));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<QUuid>(), jan);
        QCOMPARE(list->topLevelItemCount(), 3);
        // Selecting a scene elsewhere marks its row.
        selection.select({{RecordType::Scene, may}});
        QCOMPARE(list->currentItem(), list->topLevelItem(2));
        // Activating (double-click, Enter) asks to compare.
        QSignalSpy activated(&panel, &ui::SiteScenesPanel::sceneActivated);
        emit list->itemActivated(list->topLevelItem(2), 0);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<QUuid>(), may);
        // The one before May over the site is January, not the scene beside it (February).
        QCOMPARE(ui::previousOverlapping(project->all<ImageryScene>(), may)->meta.id, jan);
    }
};

QTEST_MAIN(TestSiteScenes)
#include "tst_sitescenes.moc"
