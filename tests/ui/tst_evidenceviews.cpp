// The conflicts, needs-review and search docks on a copy of the demo project: the demo's
// "up to 20" against "about 73" railcars is listed with units as written, a pair whose figures
// disagree but that a link says corroborate is listed greyed as dismissed with its note, a
// downgraded source puts what rests on it on the review list until marked reviewed, and a
// word from a quote finds its claim; choosing a row selects the records for every view. Each
// view follows the document by itself (an undone edit shows without any window) and follows
// a selection made elsewhere without setting it again.
#include "support/cliprocess.h"

#include "sightline/edit/document.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/ui/claimledger.h"
#include "sightline/ui/claimtablemodel.h"
#include "sightline/ui/conflictsview.h"
#include "sightline/ui/reviewview.h"
#include "sightline/ui/searchpanel.h"
#include "sightline/ui/selectionmodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
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

    // The ledger and `sightline-cli claims` write every claim alike (libs/present): grade, time,
    // figure and source, word for word.
    void ledgerAndCommandLineWriteClaimsAlike()
    {
        ui::ClaimTableModel model;
        model.reload(m_doc->project());
        QVERIFY(model.rowCount() > 20);
        const auto r = test::runCli({QStringLiteral("claims"), m_doc->project().path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("%1 claims, 7 groups about the same thing, 1 conflict").arg(model.rowCount())),
                 qPrintable(r.out));
        bool compactRange = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            auto cell = [&](int column) { return model.index(row, column).data().toString(); };
            const QString id = model.claimAt(row)->meta.id.toString(QUuid::WithoutBraces).left(8);
            const auto line = std::find_if(lines.begin(), lines.end(),
                                           [&](const QString &l) { return l.endsWith(id + u')'); });
            QVERIFY2(line != lines.end(), qPrintable(id));
            const QString figure = cell(ui::ClaimTableModel::QuantityColumn).section(u'\n', 0, 0);
            const QString written = QStringLiteral("%1  %2  %3").arg(cell(ui::ClaimTableModel::GradeColumn),
                                                                      cell(ui::ClaimTableModel::TimeColumn),
                                                                      figure.isEmpty() ? QStringLiteral("-") : figure);
            QVERIFY2(line->contains(written), qPrintable(*line + QStringLiteral(" / ") + written));
            const QString source = cell(ui::ClaimTableModel::SourceColumn).replace(u'\n', QStringLiteral(", "));
            QVERIFY2(line->contains(u'[' + source + u']'), qPrintable(*line + QStringLiteral(" / ") + source));
            compactRange = compactRange || cell(ui::ClaimTableModel::TimeColumn) == QStringLiteral("7 Sep – 1 Oct 2023");
        }
        QVERIFY(compactRange);
    }

    void conflictsListTheRailcarFiguresAndSelectBothClaims()
    {
        ui::ConflictsView view(&m_selection);
        view.setDocument(m_doc.get());
        const auto twenty = claimWith(QStringLiteral("railcar"), 20);
        QVERIFY(twenty);
        int found = -1;
        for (int row = 0; row < view.rowCount(); ++row) {
            const QList<RecordRef> pair = view.claimsAt(row);
            QCOMPARE(pair.size(), 2);
            const auto other = m_doc->project().find<Claim>(pair[1].id);
            if (pair[0].id == twenty->meta.id && other && other->quantity.representative() == 73.0) {
                found = row;
                break;
            }
        }
        QVERIFY2(found >= 0, "the 20 vs 73 railcars pair is not listed");
        // As written: the bound and the approximation, in the sources' own unit.
        QCOMPARE(view.table()->item(found, ui::ConflictsView::FigureA)->text(), QStringLiteral("up to 20 railcars"));
        QCOMPARE(view.table()->item(found, ui::ConflictsView::FigureB)->text(), QStringLiteral("about 73 railcars"));
        QCOMPARE(view.table()->item(found, ui::ConflictsView::ObjectColumn)->text(), QStringLiteral("railcar"));
        QVERIFY(!view.table()->item(found, ui::ConflictsView::WhyColumn)->text().isEmpty());

        m_selection.clear();
        view.table()->selectRow(found);
        QCOMPARE(m_selection.selected(), view.claimsAt(found));
        shoot(view, QStringLiteral("conflicts"));
        QVERIFY(m_selection.selectedOfType(RecordType::Claim).contains(twenty->meta.id));
        // Another view selects something else; a click on the chosen row selects the pair again.
        m_selection.clear();
        const QRect cell = view.table()->visualItemRect(view.table()->item(found, ui::ConflictsView::FigureA));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_selection.selected(), view.claimsAt(found));
    }

    // The two 20,000-container claims are linked as corroborating; with one of them edited to
    // 5,000 their figures disagree, and the pair is listed dismissed (greyed, the link's note
    // first), never hidden; undone, it goes.
    void aPairALinkSaysAgreeIsListedDismissed()
    {
        ui::ConflictsView view(&m_selection);
        view.setDocument(m_doc.get());
        const int before = view.rowCount();
        QList<Claim> twenties;
        for (const Claim &c : m_doc->project().all<Claim>())
            if (c.quantity.objectKind == QStringLiteral("container") && c.quantity.representative() == 20000.0)
                twenties << c;
        QCOMPARE(twenties.size(), 2);
        Claim edited = twenties[0];
        edited.quantity.value = 5000;
        QCOMPARE(m_doc->push(new edit::SaveRecordCommand<Claim>(*m_doc, edited, QStringLiteral("edit figure"))), QString());
        QCOMPARE(view.rowCount(), before + 1);
        int row = -1;
        for (int r = 0; r < view.rowCount(); ++r)
            if (view.claimsAt(r).contains(RecordRef{RecordType::Claim, edited.meta.id}))
                row = r;
        QVERIFY(row >= 0);
        const QString why = view.table()->item(row, ui::ConflictsView::WhyColumn)->text();
        QVERIFY2(why.startsWith(QStringLiteral("dismissed: Same figure in two articles")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("the figures alone could not both be true")), qPrintable(why));
        for (int r = 0; r < view.rowCount(); ++r) // greyed: only the dismissed row has a colour of its own
            QCOMPARE(view.table()->item(r, ui::ConflictsView::FigureA)->foreground().style() != Qt::NoBrush, r == row);
        m_doc->undoStack().undo();
        QCOMPARE(view.rowCount(), before);
        m_doc->undoStack().clear();
    }

    static QSet<int> selectedRows(QTableWidget *table)
    {
        QSet<int> rows;
        for (const QModelIndex &i : table->selectionModel()->selectedRows())
            rows.insert(i.row());
        return rows;
    }

    void conflictsFollowASelectionMadeElsewhere()
    {
        ui::ConflictsView view(&m_selection);
        view.setDocument(m_doc.get());
        const auto twenty = claimWith(QStringLiteral("railcar"), 20);
        QVERIFY(twenty);
        const RecordRef one{RecordType::Claim, twenty->meta.id};
        QSet<int> withIt;
        for (int row = 0; row < view.rowCount(); ++row)
            if (view.claimsAt(row).contains(one))
                withIt.insert(row);
        QVERIFY(withIt.size() >= 1); // against the Independent's subheading
        // One claim chosen in the ledger: every row that has it, and the selection stays as it was.
        m_selection.select({one});
        QCOMPARE(selectedRows(view.table()), withIt);
        QCOMPARE(m_selection.selected(), QList<RecordRef>{one});
        // Both claims of one row (chosen in this list or elsewhere): that row alone.
        const int row = *withIt.begin();
        m_selection.select(view.claimsAt(row));
        QCOMPARE(selectedRows(view.table()), QSet<int>{row});
        QCOMPARE(m_selection.selected(), view.claimsAt(row));
        // A claim in no conflict: no row.
        for (const Claim &c : m_doc->project().all<Claim>()) {
            bool inAny = false;
            for (int r = 0; r < view.rowCount(); ++r)
                inAny = inAny || view.claimsAt(r).contains(RecordRef{RecordType::Claim, c.meta.id});
            if (!inAny) {
                m_selection.select({{RecordType::Claim, c.meta.id}});
                QVERIFY(selectedRows(view.table()).isEmpty());
                QCOMPARE(m_selection.selected().size(), 1);
                break;
            }
        }
        m_selection.clear();
    }

    // The map's time window filters the ledger by the same rule as the map (an uncertain span
    // shows in any window it meets) and says so above the list.
    void ledgerListsTheClaimsTheTimeWindowShows()
    {
        ui::ClaimLedger ledger;
        ledger.setDocument(m_doc.get());
        const int all = ledger.table()->model()->rowCount();
        const TimeWindow october = *TimeWindow::parse(QStringLiteral("2023-10-01"), QStringLiteral("2023-10-31"), nullptr);
        int expected = 0;
        for (const Claim &c : m_doc->project().all<Claim>())
            expected += october.shows(c.time) ? 1 : 0;
        QVERIFY(expected > 0 && expected < all);
        ledger.setTimeWindow(october);
        QCOMPARE(ledger.table()->model()->rowCount(), expected);
        QVERIFY2(ledger.filterLine().contains(QStringLiteral("in the time window")) &&
                     ledger.filterLine().contains(QStringLiteral("Oct 2023")),
                 qPrintable(ledger.filterLine()));
        ledger.setTimeWindow({});
        QCOMPARE(ledger.table()->model()->rowCount(), all);
        QVERIFY2(ledger.filterLine().startsWith(QStringLiteral("All ")), qPrintable(ledger.filterLine()));
    }

    void panelsFollowAnUndoneEditWithoutAWindow()
    {
        ui::ClaimLedger ledger;
        ledger.setDocument(m_doc.get());
        ui::ConflictsView conflicts(&m_selection);
        conflicts.setDocument(m_doc.get());
        const int conflictsBefore = conflicts.rowCount();
        const auto twenty = claimWith(QStringLiteral("railcar"), 20);
        QVERIFY(twenty);
        const RecordRef ref{RecordType::Claim, twenty->meta.id};
        auto figureInLedger = [&] {
            const int row = ledger.model()->rowOf(twenty->meta.id);
            return ledger.model()->index(row, ui::ClaimTableModel::QuantityColumn).data().toString();
        };
        auto figuresInConflicts = [&] {
            QStringList out;
            for (int row = 0; row < conflicts.rowCount(); ++row) {
                const QList<RecordRef> pair = conflicts.claimsAt(row);
                if (pair.contains(ref))
                    out << conflicts.table()->item(row, pair[0] == ref ? ui::ConflictsView::FigureA
                                                                       : ui::ConflictsView::FigureB)->text();
            }
            return out;
        };
        QVERIFY2(figureInLedger().contains(QStringLiteral("up to 20")), qPrintable(figureInLedger()));
        QVERIFY(figuresInConflicts().contains(QStringLiteral("up to 20 railcars")));

        Claim edited = *twenty;
        edited.quantity.max = 800;
        QCOMPARE(m_doc->push(new edit::SaveRecordCommand<Claim>(*m_doc, edited, QStringLiteral("edit figure"))), QString());
        QVERIFY2(figureInLedger().contains(QStringLiteral("800")), qPrintable(figureInLedger()));
        QVERIFY(!figuresInConflicts().contains(QStringLiteral("up to 20 railcars")));
        QVERIFY(figuresInConflicts().contains(QStringLiteral("up to 800 railcars"))); // still linked as contradicting

        m_doc->undoStack().undo();
        QVERIFY2(figureInLedger().contains(QStringLiteral("up to 20")), qPrintable(figureInLedger()));
        QVERIFY(figuresInConflicts().contains(QStringLiteral("up to 20 railcars")));
        QCOMPARE(conflicts.rowCount(), conflictsBefore);
        m_doc->undoStack().clear(); // the undone edit leaves the history for the tests that count steps
    }

    void reviewFollowsASelectionMadeElsewhere()
    {
        m_selection.clear();
        ui::ReviewView view(&m_selection);
        view.setDocument(m_doc.get());
        QSet<QUuid> openBefore;
        const int flagsBefore = int(m_doc->project().reviewFlags().size());
        for (const ReviewFlag &f : m_doc->project().reviewFlags())
            openBefore.insert(f.record.id);
        const auto railcars = claimWith(QStringLiteral("railcar"), 73);
        QVERIFY(railcars);
        // Downgraded through the history, so the view follows it by itself.
        Source source = *m_doc->project().find<Source>(railcars->sourceId);
        const Reliability railcarsGrade = source.reliability;
        QVERIFY(railcarsGrade != Reliability::E);
        source.reliability = Reliability::E;
        QCOMPARE(m_doc->push(new edit::SaveRecordCommand<Source>(*m_doc, source, QStringLiteral("downgrade"))), QString());
        const RecordRef ref{RecordType::Claim, railcars->meta.id};
        QSet<int> rows;
        for (int row = 0; row < view.rowCount(); ++row)
            if (view.recordAt(row) == ref)
                rows.insert(row);
        QVERIFY(!rows.isEmpty());
        m_selection.select({ref});
        QCOMPARE(selectedRows(view.table()), rows);
        QCOMPARE(m_selection.selected(), QList<RecordRef>{ref});
        QVERIFY(view.markReviewedButton()->isEnabled());
        m_selection.clear();
        QVERIFY(selectedRows(view.table()).isEmpty());
        QVERIFY(!view.markReviewedButton()->isEnabled());
        // Undone and reviewed, so the later tests see the demo's grades and no open flags.
        m_doc->undoStack().undo();
        QCOMPARE(m_doc->project().find<Source>(source.meta.id)->reliability, railcarsGrade);
        for (const ReviewFlag &f : m_doc->project().reviewFlags())
            if (!openBefore.contains(f.record.id))
                m_doc->project().clearReview(f.record.id, QStringLiteral("test"));
        QCOMPARE(int(m_doc->project().reviewFlags().size()), flagsBefore);
        m_doc->undoStack().clear();
    }

    void downgradeRaisesFlagsAndMarkReviewedClearsThem()
    {
        m_selection.clear();
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
        panel.setDocument(m_doc.get());
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
