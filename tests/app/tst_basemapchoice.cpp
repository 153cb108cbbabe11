// The basemap chosen from the layer list: the "Basemap (…)" row has a combo of Natural Earth and
// the project's sources; choosing one is an undoable edit saved with the project, undone and redone
// like any other. A change of the network preference applies to the basemap at once.
#include "mainwindow.h"
#include "support/cliprocess.h"

#include "sightline/edit/basemapcommands.h"
#include "sightline/render/mapmodel.h"
#include "sightline/render/tilebasemaplayer.h"

#include <QComboBox>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestBasemapChoice : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;

    QComboBox *combo() const
    {
        return m_window->findChild<QComboBox *>(QStringLiteral("layerChoice_") +
                                                render::MapModel::basemapId());
    }
    QString basemapName() const
    {
        for (const auto &e : m_window->mapModel()->entries())
            if (e.id == render::MapModel::basemapId()) return e.name;
        return {};
    }
    QString activeSaved() const
    {
        // Read back from the file, as another window would.
        auto project = Project::open(m_file, QStringLiteral("reader"), Project::Access::ReadOnly);
        return project->basemapSources().active;
    }
    QString basemapDataset() const
    {
        const auto layer = std::dynamic_pointer_cast<const render::TileBasemapLayer>(
            m_window->mapModel()->layer(render::MapModel::basemapId()));
        return layer ? layer->dataset() : QString();
    }

  private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_file = m_dir.filePath(QStringLiteral("demo.gpkg"));
        auto r = test::runCli({QStringLiteral("demo"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A tile service nobody answers at: only its description matters here.
        r = test::runCli({QStringLiteral("basemap"), m_file, QStringLiteral("--add"),
                          QStringLiteral("Local tiles"), QStringLiteral("--source"),
                          QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"),
                          QStringLiteral("--attribution"), QStringLiteral("Test tiles")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_window = std::make_unique<MainWindow>();
        ui::Preferences prefs = m_window->preferences();
        prefs.networkEnabled = true;
        m_window->setPreferences(prefs);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(m_window->openProject(m_file));
    }

    void layerListOffersTheSources()
    {
        QComboBox *c = combo();
        QVERIFY(c);
        QCOMPARE(c->count(), 2);
        QCOMPARE(c->itemText(0), QStringLiteral("Natural Earth (offline)"));
        QCOMPARE(c->itemText(1), QStringLiteral("Local tiles"));
        QCOMPARE(c->currentIndex(), 0);
        QCOMPARE(basemapName(), QStringLiteral("Basemap (Natural Earth)"));
    }

    void choosingIsAnUndoableEditSavedWithTheProject()
    {
        QUndoStack &undo = m_window->document()->undoStack();
        const int steps = undo.count();
        emit combo()->activated(1);
        QCOMPARE(undo.count(), steps + 1);
        QVERIFY(m_window->mapModel()->hasOwnBasemap());
        QCOMPARE(basemapName(), QStringLiteral("Basemap (Local tiles)"));
        QCOMPARE(activeSaved(), QStringLiteral("Local tiles"));
        QTRY_VERIFY(combo() && combo()->currentIndex() == 1); // the list shows it, rebuilt

        undo.undo();
        QVERIFY(!m_window->mapModel()->hasOwnBasemap());
        QCOMPARE(basemapName(), QStringLiteral("Basemap (Natural Earth)"));
        QCOMPARE(activeSaved(), QString());
        QTRY_VERIFY(combo() && combo()->currentIndex() == 0);

        undo.redo();
        QVERIFY(m_window->mapModel()->hasOwnBasemap());
        QCOMPARE(activeSaved(), QStringLiteral("Local tiles"));

        // Choosing what is shown already is no edit.
        emit combo()->activated(1);
        QCOMPARE(undo.count(), steps + 1);
    }

    void networkPreferenceAppliesAtOnce()
    {
        QVERIFY(m_window->mapModel()->hasOwnBasemap());
        QVERIFY(!basemapDataset().contains(QStringLiteral("<OfflineMode>true</OfflineMode>")));
        ui::Preferences prefs = m_window->preferences();
        prefs.networkEnabled = false;
        m_window->setPreferences(prefs);
        QVERIFY2(basemapDataset().contains(QStringLiteral("<OfflineMode>true</OfflineMode>")),
                 qPrintable(basemapDataset()));
        QCOMPARE(basemapName(), QStringLiteral("Basemap (Local tiles)")); // the same source, its settings new
        prefs.networkEnabled = true;
        m_window->setPreferences(prefs);
        QVERIFY(!basemapDataset().contains(QStringLiteral("<OfflineMode>")));
    }

    // "Make this area available offline" is offered for every kind of tile service shown, with
    // the network on, and for none with it off.
    void offlineAreaOfferedForEveryService()
    {
        BasemapSources sources = m_window->document()->project().basemapSources();
        BasemapSource wmts = *sources.named(QStringLiteral("Local tiles"));
        wmts.name = QStringLiteral("Local WMTS");
        wmts.kind = BasemapSource::Kind::Wmts;
        wmts.location = QStringLiteral("http://127.0.0.1:9/wmts?SERVICE=WMTS&REQUEST=GetCapabilities");
        BasemapSource wms = wmts;
        wms.name = QStringLiteral("Local WMS");
        wms.kind = BasemapSource::Kind::Wms;
        wms.location = QStringLiteral("http://127.0.0.1:9/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=streets");
        sources.sources << wmts << wms;
        QVERIFY(m_window->document()
                    ->push(new edit::SaveBasemapSourcesCommand(*m_window->document(), sources,
                                                               QStringLiteral("Add")))
                    .isEmpty());
        auto offerAction = [this]() -> QAction * {
            for (QMenu *menu : m_window->findChildren<QMenu *>())
                if (menu->title() == QStringLiteral("&Basemap")) {
                    emit menu->aboutToShow(); // the menu is made afresh when it opens
                    for (QAction *a : menu->actions())
                        if (a->text().contains(QStringLiteral("available &offline"))) return a;
                }
            return nullptr;
        };
        for (const QString &name :
             {QStringLiteral("Local tiles"), QStringLiteral("Local WMTS"), QStringLiteral("Local WMS")}) {
            m_window->document()->push(edit::SaveBasemapSourcesCommand::choosing(*m_window->document(), name,
                                                                                 QStringLiteral("Show")));
            QTRY_COMPARE(basemapName(), QStringLiteral("Basemap (%1)").arg(name));
            QAction *offer = offerAction();
            QVERIFY(offer);
            QVERIFY2(offer->isEnabled(), qPrintable(name));
        }
        ui::Preferences prefs = m_window->preferences();
        prefs.networkEnabled = false;
        m_window->setPreferences(prefs);
        QTRY_VERIFY(offerAction() && !offerAction()->isEnabled());
        prefs.networkEnabled = true;
        m_window->setPreferences(prefs);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestBasemapChoice)
#include "tst_basemapchoice.moc"
