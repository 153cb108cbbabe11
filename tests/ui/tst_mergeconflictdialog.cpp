// The merge conflict dialog, headless: two copies, one edited through sightline-cli (an import)
// and as QGIS would (plain SQL), the other through the window's commands, merged as File → Merge
// another copy… does; each conflict resolved in the dialog is one undoable step.
#include "support/cliprocess.h"
#include "support/samplerecords.h"

#include "sightline/edit/document.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/merge/merge.h"
#include "sightline/store/gpkg.h"
#include "sightline/store/history.h"
#include "sightline/store/rowio.h"
#include "sightline/store/sqlite.h"
#include "sightline/ui/mergeconflictdialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestMergeConflictDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

  private slots:
    void copiesEditedByCliAndWindowMergeAndResolve()
    {
        QVERIFY(m_dir.isValid());
        const QString base = m_dir.filePath(QStringLiteral("base.gpkg"));
        QUuid siteId, sourceId;
        {
            auto p = Project::create(base, QStringLiteral("Yard"), QStringLiteral("origin"));
            Site site = sampleSite();
            p->save(site);
            siteId = site.meta.id;
            Source source = sampleSource();
            p->save(source);
            sourceId = source.meta.id;
        }
        const QString a = m_dir.filePath(QStringLiteral("a.gpkg")),
                      b = m_dir.filePath(QStringLiteral("b.gpkg"));
        QVERIFY(QFile::copy(base, a) && QFile::copy(base, b));

        // Copy A: a site imported with sightline-cli, the shared site's notes edited as QGIS would.
        const QString geojson = m_dir.filePath(QStringLiteral("sites.geojson"));
        {
            QFile f(geojson);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Depot 7"},
                "geometry": {"type": "Point", "coordinates": [131.9, 43.1]}}]})");
        }
        const CliResult imported = runCli({QStringLiteral("import"), a, geojson});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        {
            sql::Database db(a, sql::Database::Mode::ReadWrite);
            gpkg::registerFunctions(db);
            db.trustCheckedSchema();
            auto u =
                db.prepare(QStringLiteral("UPDATE sites SET notes = 'seen from the road' WHERE uuid = ?"));
            u.bind(1, store::uuidText(siteId));
            u.run();
        }
        // Copy B: the window's commands.
        {
            edit::Document doc(Project::open(b, QStringLiteral("ben")));
            Site site = *doc.project().find<Site>(siteId);
            site.notes = QStringLiteral("seen from the air");
            QVERIFY(doc.push(new edit::SaveRecordCommand<Site>(doc, site, QStringLiteral("Edit site")))
                        .isEmpty());
            Source source = *doc.project().find<Source>(sourceId);
            source.notes = QStringLiteral("checked by ben");
            QVERIFY(doc.push(new edit::SaveRecordCommand<Source>(doc, source, QStringLiteral("Edit source")))
                        .isEmpty());
        }

        // What File → Merge another copy… runs.
        const QString merged = m_dir.filePath(QStringLiteral("merged.gpkg"));
        merge::MergeOptions options;
        options.author = QStringLiteral("ana");
        const auto report = merge::mergeCopies(a, b, merged, options);
        QCOMPARE(report.conflicts.size(), 1);

        edit::Document doc(Project::open(merged, QStringLiteral("ana")));
        QCOMPARE(doc.project().all<Site>().size(), 2); // the CLI's import
        QCOMPARE(doc.project().find<Source>(sourceId)->notes,
                 QStringLiteral("checked by ben")); // the window's edit
        ui::MergeConflictDialog dialog(doc);
        dialog.show();
        QCOMPARE(dialog.unresolvedCount(), 1);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("conflictList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("notes")));
        // Both values, with who set them, are shown.
        bool mineShown = false, theirsShown = false;
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            mineShown = mineShown || l->text().contains(QStringLiteral("seen from the road"));
            theirsShown = theirsShown || (l->text().contains(QStringLiteral("seen from the air")) &&
                                          l->text().contains(QStringLiteral("ben")));
        }
        QVERIFY(mineShown && theirsShown);

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepTheirs")), Qt::LeftButton);
        QCOMPARE(dialog.unresolvedCount(), 0);
        QCOMPARE(doc.project().find<Site>(siteId)->notes, QStringLiteral("seen from the air"));
        QCOMPARE(doc.undoStack().count(), 1);
        doc.undoStack().undo();
        QCOMPARE(dialog.unresolvedCount(), 1);
        QCOMPARE(doc.project().find<Site>(siteId)->notes,
                 QStringLiteral("seen from the air")); // the later edit, as merged
        doc.undoStack().redo();
        QCOMPARE(dialog.unresolvedCount(), 0);
        doc.undoStack().undo();

        // An edited value.
        dialog.findChild<QLineEdit *>(QStringLiteral("editedValue"))
            ->setText(QStringLiteral("seen from both"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("useEdited")), Qt::LeftButton);
        QCOMPARE(doc.project().find<Site>(siteId)->notes, QStringLiteral("seen from both"));
        QCOMPARE(dialog.unresolvedCount(), 0);
        QVERIFY(store::outsideEdits(doc.project().database()).isEmpty());
        QVERIFY(doc.project().verify().isEmpty());
    }
};

QTEST_MAIN(TestMergeConflictDialog)
#include "tst_mergeconflictdialog.moc"
