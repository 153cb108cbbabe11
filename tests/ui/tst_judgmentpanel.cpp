// The Judgments dock on a copy of the demo project: the demo's judgments with their likelihood
// and what they rest on; a judgment added through the form is one undoable step; choosing one
// selects the claims it rests on; a downgraded source flags the judgment resting on its claim,
// in the dock and on the needs-review list.
#include "support/cliprocess.h"

#include "sightline/edit/document.h"
#include "sightline/ui/judgmentdialog.h"
#include "sightline/ui/judgmentpanel.h"
#include "sightline/ui/judgmenttablemodel.h"
#include "sightline/ui/reviewview.h"
#include "sightline/ui/selectionmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestJudgmentPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<edit::Document> m_doc;
    ui::SelectionModel m_selection;
    std::unique_ptr<ui::JudgmentPanel> m_panel;

    int rowWith(const QString &words) const
    {
        for (int r = 0; r < m_panel->model()->rowCount(); ++r)
            if (m_panel->model()->judgmentAt(r).statement.contains(words))
                return r;
        return -1;
    }
    QString cell(int row, int column) const
    {
        return m_panel->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const auto r = test::runCli({QStringLiteral("demo"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_doc = std::make_unique<edit::Document>(Project::open(file, QStringLiteral("analyst")));
        m_panel = std::make_unique<ui::JudgmentPanel>(&m_selection);
        m_panel->setDocument(m_doc.get());
        m_panel->resize(1400, 300);
    }

    void listsTheDemoJudgments()
    {
        QCOMPARE(m_panel->model()->rowCount(), 2);
        const int rail = rowWith(QStringLiteral("Tumangang–Khasan"));
        QVERIFY(rail >= 0);
        QCOMPARE(cell(rail, ui::JudgmentTableModel::LikelihoodColumn), QStringLiteral("likely (55–80 %)"));
        QCOMPARE(cell(rail, ui::JudgmentTableModel::ConfidenceColumn), QStringLiteral("moderate confidence"));
        QVERIFY2(cell(rail, ui::JudgmentTableModel::BasisColumn).startsWith(QStringLiteral("4 claims · ")),
                 qPrintable(cell(rail, ui::JudgmentTableModel::BasisColumn)));
        QVERIFY(cell(rail, ui::JudgmentTableModel::ReviewColumn).isEmpty());
    }

    void choosingAJudgmentSelectsItsClaims()
    {
        const int rail = rowWith(QStringLiteral("Tumangang–Khasan"));
        m_panel->table()->selectRow(rail); // as a click does
        const QList<QUuid> claims = m_selection.selectedOfType(RecordType::Claim);
        QCOMPARE(claims.size(), 4);
        QCOMPARE(m_selection.selectedOfType(RecordType::Judgment),
                 QList<QUuid>{m_panel->model()->judgmentAt(rail).meta.id});
        bool count73 = false;
        for (const QUuid &id : claims)
            count73 = count73 || m_doc->project().find<Claim>(id)->quote.contains(QStringLiteral("73 railcars"));
        QVERIFY(count73);
    }

    void addedThroughTheFormAndUndone()
    {
        m_selection.clear();
        const qint64 links = m_doc->project().count(RecordType::Link);
        ui::JudgmentDialog *form = m_panel->openEditor();
        QVERIFY(form);
        QPushButton *ok = form->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no statement yet
        form->statementEdit()->setPlainText(QStringLiteral("Shipments continue through Vostochny in 2025"));
        form->likelihoodBox()->setCurrentIndex(static_cast<int>(Likelihood::Unlikely));
        form->confidenceBox()->setCurrentIndex(static_cast<int>(Confidence::Low));
        form->timeEdit()->setText(QStringLiteral("2025-13"));
        QVERIFY(!ok->isEnabled()); // not a time
        form->timeEdit()->setText(QStringLiteral("2025-01/2025-12"));
        QVERIFY(ok->isEnabled());
        int ticked = 0;
        for (int i = 0; i < form->claimList()->count(); ++i)
            if (form->claimList()->item(i)->toolTip().contains(QStringLiteral("20,000 containers"))) {
                form->claimList()->item(i)->setCheckState(Qt::Checked);
                ++ticked;
            }
        QCOMPARE(ticked, 2); // the Kyiv Independent's and Mint's
        const int steps = m_doc->undoStack().count();
        ok->click();
        QCOMPARE(m_panel->model()->rowCount(), 3);
        QCOMPARE(m_doc->undoStack().count(), steps + 1);
        const int added = rowWith(QStringLiteral("Vostochny in 2025"));
        QVERIFY(added >= 0);
        QCOMPARE(cell(added, ui::JudgmentTableModel::LikelihoodColumn), QStringLiteral("unlikely (20–45 %)"));
        QCOMPARE(m_panel->model()->basisAt(added).size(), 2);
        QCOMPARE(m_doc->project().count(RecordType::Link), links + 2);
        // The new judgment is chosen, so its claims are selected.
        QCOMPARE(m_selection.selectedOfType(RecordType::Claim).size(), 2);
        if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            m_panel->grab().save(dir + QStringLiteral("/judgments.png"));

        m_doc->undoStack().undo(); // one step removes the judgment and its links
        QCOMPARE(m_panel->model()->rowCount(), 2);
        QCOMPARE(rowWith(QStringLiteral("Vostochny in 2025")), -1);
        QCOMPARE(m_doc->project().count(RecordType::Link), links);
        m_doc->undoStack().redo();
        QCOMPARE(m_panel->model()->rowCount(), 3);
        m_doc->undoStack().undo();
        QCOMPARE(m_panel->model()->rowCount(), 2);
    }

    void downgradeFlagsTheJudgmentInTheDockAndTheReviewList()
    {
        // Mint carries the WSJ's "tripled" railcar traffic that the rail judgment rests on.
        QUuid mint;
        for (const Source &s : m_doc->project().all<Source>())
            if (s.publisher.contains(QStringLiteral("Mint")))
                mint = s.meta.id;
        QVERIFY(!mint.isNull());
        m_doc->project().setSourceGrade(mint, Reliability::E, QStringLiteral("test"));
        m_panel->reload();
        const int rail = rowWith(QStringLiteral("Tumangang–Khasan"));
        const int sea = rowWith(QStringLiteral("Rajin to Dunai"));
        QVERIFY(!cell(rail, ui::JudgmentTableModel::ReviewColumn).isEmpty());
        QVERIFY(cell(sea, ui::JudgmentTableModel::ReviewColumn).isEmpty());
        QVERIFY(m_panel->model()->index(rail, ui::JudgmentTableModel::ReviewColumn)
                    .data(Qt::ToolTipRole).toString().contains(QStringLiteral("depends on claim")));
        ui::ReviewView review(&m_selection);
        review.setDocument(m_doc.get());
        int judgmentRows = 0;
        for (int r = 0; r < review.rowCount(); ++r)
            if (review.recordAt(r).type == RecordType::Judgment) {
                QCOMPARE(review.recordAt(r).id, m_panel->model()->judgmentAt(rail).meta.id);
                ++judgmentRows;
            }
        QCOMPARE(judgmentRows, 1);
    }
};

QTEST_MAIN(TestJudgmentPanel)
#include "tst_judgmentpanel.moc"
