// The conflicts, needs-review and search docks on a copy of the demo project: the demo's
// "up to 1,000" against "about 20,000" containers is listed with units as written, a
// downgraded source puts what rests on it on the review list until marked reviewed, and a
// word from a quote finds its claim; choosing a row selects the records for every view.
#include "support/cliprocess.h"

#include "sightline/edit/document.h"
#include "sightline/ui/conflictsview.h"
#include "sightline/ui/reviewview.h"
#include "sightline/ui/searchpanel.h"
#include "sightline/ui/selectionmodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sightline;

class TestEvidenceViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<edit::Document> m_doc;
    ui::SelectionModel m_selection;

    // With SIGHTLINE_SCREENSHOT_DIR set, saves what a view looks like, to look at.
    static void shoot(QWidget &view, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.resize(1400, 320);
            view.grab().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

    std::optional<Claim> claimWith(const QString &object, double figure) const
    {
        for (const Claim &c : m_doc->project().all<Claim>()) {
            const auto v = c.quantity.representative();
            if (c.quantity.objectKind == object && v && qFuzzyCompare(*v, figure))
                return c;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const auto r = test::runCli({QStringLiteral("demo"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_doc = std::make_unique<edit::Document>(Project::open(file, QStringLiteral("analyst")));
    }

    void conflictsListTheContainerFiguresAndSelectBothClaims()
    {
        ui::ConflictsView view(&m_selection);
        view.reload(m_doc->project());
        const auto thousand = claimWith(QStringLiteral("container"), 1000);
        QVERIFY(thousand);
        int found = -1;
        for (int row = 0; row < view.rowCount(); ++row) {
            const QList<RecordRef> pair = view.claimsAt(row);
            QCOMPARE(pair.size(), 2);
            const auto other = m_doc->project().find<Claim>(pair[1].id);
            if (pair[0].id == thousand->meta.id && other && other->quantity.representative() == 20000.0) {
                found = row;
                break;
            }
        }
        QVERIFY2(found >= 0, "the 1,000 vs 20,000 containers pair is not listed");
        // As written: the bound and the approximation, in the sources' own unit.
        QCOMPARE(view.table()->item(found, ui::ConflictsView::FigureA)->text(), QStringLiteral("up to 1,000 containers"));
        QCOMPARE(view.table()->item(found, ui::ConflictsView::FigureB)->text(), QStringLiteral("about 20,000 containers"));
        QCOMPARE(view.table()->item(found, ui::ConflictsView::ObjectColumn)->text(), QStringLiteral("container"));
        QVERIFY(!view.table()->item(found, ui::ConflictsView::WhyColumn)->text().isEmpty());

        m_selection.clear();
        view.table()->selectRow(found);
        QCOMPARE(m_selection.selected(), view.claimsAt(found));
        shoot(view, QStringLiteral("conflicts"));
        QVERIFY(m_selection.selectedOfType(RecordType::Claim).contains(thousand->meta.id));
        // Another view selects something else; a click on the chosen row selects the pair again.
        m_selection.clear();
        const QRect cell = view.table()->visualItemRect(view.table()->item(found, ui::ConflictsView::FigureA));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_selection.selected(), view.claimsAt(found));
    }

    void downgradeRaisesFlagsAndMarkReviewedClearsThem()
    {
        ui::ReviewView view(&m_selection);
        view.setDocument(m_doc.get());
        QCOMPARE(view.rowCount(), int(m_doc->project().reviewFlags().size()));
        const int before = view.rowCount();

        const auto thousand = claimWith(QStringLiteral("container"), 1000);
        QVERIFY(thousand);
        m_doc->project().setSourceGrade(thousand->sourceId, Reliability::E, QStringLiteral("misquotes the NSC"));
        view.reload();
        QVERIFY(view.rowCount() > before);
        bool listsTheClaim = false;
        for (int row = 0; row < view.rowCount(); ++row)
            listsTheClaim = listsTheClaim || view.recordAt(row) == RecordRef{RecordType::Claim, thousand->meta.id};
        QVERIFY(listsTheClaim);
        QVERIFY(!view.markReviewedButton()->isEnabled());
        shoot(view, QStringLiteral("review"));

        // Choosing a row selects its record; the button clears it, one record at a time.
        const int flagged = view.rowCount();
        const int undoBefore = m_doc->undoStack().count();
        while (view.rowCount() > 0) {
            const int rows = view.rowCount();
            const RecordRef record = view.recordAt(0);
            view.table()->selectRow(0);
            QCOMPARE(m_selection.selected(), QList<RecordRef>{record});
            QVERIFY(view.markReviewedButton()->isEnabled());
            QTest::mouseClick(view.markReviewedButton(), Qt::LeftButton);
            QVERIFY(view.rowCount() < rows);
            for (int row = 0; row < view.rowCount(); ++row)
                QVERIFY(view.recordAt(row) != record);
        }
        QVERIFY(m_doc->project().reviewFlags().isEmpty());
        // Cleared, not deleted: the history keeps them.
        QVERIFY(!m_doc->project().reviewFlags(false).isEmpty());
        // Each Mark reviewed is one undoable step; undoing them all opens every flag again.
        const int steps = m_doc->undoStack().count() - undoBefore;
        QCOMPARE(steps, flagged);
        for (int i = 0; i < steps; ++i)
            m_doc->undoStack().undo();
        QCOMPARE(view.rowCount(), flagged);
        QCOMPARE(int(m_doc->project().reviewFlags().size()), flagged);
        m_doc->undoStack().redo();
        QCOMPARE(view.rowCount(), flagged - 1);
        for (int i = 1; i < steps; ++i)
            m_doc->undoStack().redo();
        QVERIFY(m_doc->project().reviewFlags().isEmpty());
    }

    void searchFindsAQuoteAndChoosingItSelectsTheClaim()
    {
        ui::SearchPanel panel(&m_selection);
        panel.setProject(&m_doc->project());
        const auto railcars = claimWith(QStringLiteral("railcar"), 73);
        QVERIFY(railcars);
        QVERIFY(railcars->quote.contains(QStringLiteral("Approximately")));
        panel.field()->setText(QStringLiteral("approximately railcars"));
        QTest::keyClick(panel.field(), Qt::Key_Return);
        int row = -1;
        for (int i = 0; i < panel.resultCount(); ++i)
            if (panel.resultAt(i) == RecordRef{RecordType::Claim, railcars->meta.id})
                row = i;
        QVERIFY2(row >= 0, "the quote's claim is not among the hits");
        QVERIFY(panel.results()->topLevelItem(row)->text(ui::SearchPanel::SnippetColumn).contains(u'['));

        shoot(panel, QStringLiteral("search"));
        m_selection.clear();
        panel.choose(row);
        QCOMPARE(m_selection.selected(), (QList<RecordRef>{{RecordType::Claim, railcars->meta.id}}));

        panel.search(QStringLiteral("zzqxnotaword"));
        QCOMPARE(panel.resultCount(), 0);

        // After an edit the same search finds the new text.
        Claim edited = *railcars;
        edited.notes = QStringLiteral("zzqxnotaword counted twice");
        m_doc->project().save(edited);
        panel.refresh();
        QCOMPARE(panel.resultCount(), 1);
        QCOMPARE(panel.resultAt(0), (RecordRef{RecordType::Claim, railcars->meta.id}));
    }
};

QTEST_MAIN(TestEvidenceViews)
#include "tst_evidenceviews.moc"
