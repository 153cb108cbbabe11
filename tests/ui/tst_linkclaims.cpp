// Linking claims in the window, on a copy of the demo project: two claims Ctrl+clicked in the
// ledger enable Evidence > Link claims…; the form saves one link as one undoable step, and the
// conflicts dock shows a 'contradicts' pair at once with its note; opened again on the same two
// claims it edits that link and can remove it, undoably; a claim cannot be linked to itself.
#include "mainwindow.h"
#include "support/cliprocess.h"

#include "sightline/core/claimgroups.h"
#include "sightline/ui/claimledger.h"
#include "sightline/ui/claimtablemodel.h"
#include "sightline/ui/conflictsview.h"
#include "sightline/ui/linkdialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sightline;

class TestLinkClaims : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QAction *m_action = nullptr;
    Claim m_a, m_b; // two claims the demo neither links nor finds in conflict
    const QString m_note = QStringLiteral("The port count is of containers shipped, the other of containers seen");

    Project &project() { return m_window->document()->project(); }
    QUndoStack &history() { return m_window->document()->undoStack(); }
    ui::ConflictsView *conflicts() { return m_window->conflictsView(); }

    QList<Link> linksBetween(const QUuid &x, const QUuid &y)
    {
        QList<Link> out;
        for (const Link &l : project().all<Link>())
            if ((l.from.id == x && l.to.id == y) || (l.from.id == y && l.to.id == x))
                out << l;
        return out;
    }
    // The conflicts dock's row for the two claims; -1 when it lists none.
    int conflictRow(const QUuid &x, const QUuid &y)
    {
        for (int row = 0; row < conflicts()->rowCount(); ++row) {
            const QList<RecordRef> pair = conflicts()->claimsAt(row);
            if (pair.size() == 2 && ((pair[0].id == x && pair[1].id == y) || (pair[0].id == y && pair[1].id == x)))
                return row;
        }
        return -1;
    }
    QString why(int row) { return conflicts()->table()->item(row, ui::ConflictsView::WhyColumn)->text(); }
    // The ledger's tooltip on a claim's quote, and how many links name the claim.
    QString quoteTip(const QUuid &claim)
    {
        const auto *model = m_window->claimLedger()->model();
        const QModelIndex quote = model->index(model->rowOf(claim), ui::ClaimTableModel::QuoteColumn);
        return quote.data(Qt::ToolTipRole).toString();
    }
    int linksOf(const QUuid &claim)
    {
        const QList<Link> all = project().all<Link>();
        return int(std::count_if(all.begin(), all.end(),
                                 [&](const Link &l) { return l.from.id == claim || l.to.id == claim; }));
    }

    // Where a claim's row is in the ledger as shown (sorted), scrolled into view.
    QPoint ledgerPoint(const QUuid &claim)
    {
        QTableView *table = m_window->claimLedger()->table();
        const auto *proxy = static_cast<QSortFilterProxyModel *>(table->model());
        const QModelIndex index = proxy->mapFromSource(
            m_window->claimLedger()->model()->index(m_window->claimLedger()->model()->rowOf(claim),
                                                    ui::ClaimTableModel::QuoteColumn));
        table->scrollTo(index);
        const QRect rect = table->visualRect(index);
        // Near the top: a tall row may reach past the view.
        return {rect.center().x(), rect.top() + std::min(rect.height() / 2, 8)};
    }
    void clickClaim(const QUuid &claim, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mouseClick(m_window->claimLedger()->table()->viewport(), Qt::LeftButton, modifiers, ledgerPoint(claim));
    }
    // Opens the link form (Link claims… by default) and runs `use` on it (which must close it).
    void withDialog(const std::function<void(ui::LinkDialog *)> &use, std::function<void()> open = {})
    {
        bool seen = false;
        QTimer later; // gone with this call, so it never runs after a failed check
        later.setSingleShot(true);
        connect(&later, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ui::LinkDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                if (QWidget *other = QApplication::activeModalWidget())
                    other->close();
                return;
            }
            seen = true;
            use(dialog);
            if (dialog->isVisible()) // a failed check inside use() returned early
                dialog->reject();
        });
        later.start(0);
        QVERIFY(m_action->isEnabled());
        if (open)
            open();
        else
            m_action->trigger();
        QVERIFY2(seen, "Link claims… opened no link form");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString file = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const auto r = test::runCli({QStringLiteral("demo"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(file));
        m_action = m_window->findChild<QAction *>(QStringLiteral("linkClaimsAction"));
        QVERIFY(m_action);
        QCOMPARE(m_action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

        // Two claims the demo does not link and does not find in conflict.
        const QList<Claim> claims = project().all<Claim>();
        const QList<ClaimConflict> found = findContradictions(claims, project().all<Link>());
        const auto inConflict = [&](const Claim &x, const Claim &y) {
            return std::any_of(found.begin(), found.end(), [&](const ClaimConflict &c) {
                return (c.first.meta.id == x.meta.id && c.second.meta.id == y.meta.id) ||
                       (c.first.meta.id == y.meta.id && c.second.meta.id == x.meta.id);
            });
        };
        for (int i = 0; i < claims.size() && m_a.meta.id.isNull(); ++i)
            for (int j = i + 1; j < claims.size(); ++j)
                if (linksBetween(claims[i].meta.id, claims[j].meta.id).isEmpty() && !inConflict(claims[i], claims[j])) {
                    m_a = claims[i];
                    m_b = claims[j];
                    break;
                }
        QVERIFY(!m_a.meta.id.isNull());
    }

    void ctrlClickingTwoClaimsEnablesLinking()
    {
        m_window->selection()->clear();
        QVERIFY(!m_action->isEnabled());
        QCOMPARE(m_window->claimLedger()->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(m_window->claimLedger()->table()->actions().contains(m_action));

        clickClaim(m_a.meta.id);
        QCOMPARE(m_window->selection()->selectedOfType(RecordType::Claim), QList<QUuid>{m_a.meta.id});
        QVERIFY(m_action->isEnabled()); // one claim: the form asks for the other
        clickClaim(m_b.meta.id, Qt::ControlModifier);
        const QList<QUuid> selected = m_window->selection()->selectedOfType(RecordType::Claim);
        QCOMPARE(QSet<QUuid>(selected.begin(), selected.end()), (QSet<QUuid>{m_a.meta.id, m_b.meta.id}));
        QVERIFY(m_action->isEnabled());

        // A third claim: which two to link is no longer clear.
        const QUuid third = [&] {
            for (const Claim &c : project().all<Claim>())
                if (c.meta.id != m_a.meta.id && c.meta.id != m_b.meta.id)
                    return c.meta.id;
            return QUuid();
        }();
        clickClaim(third, Qt::ControlModifier);
        QCOMPARE(m_window->selection()->selectedOfType(RecordType::Claim).size(), 3);
        QVERIFY(!m_action->isEnabled());
        clickClaim(third, Qt::ControlModifier);
        QCOMPARE(m_window->selection()->selectedOfType(RecordType::Claim).size(), 2);
        QVERIFY(m_action->isEnabled());
    }

    void ctrlLAndTheLedgersMenuOpenTheForm()
    {
        QTableView *table = m_window->claimLedger()->table();
        // A right click on one of the two selected claims offers Link claims… and keeps both.
        QStringList offered;
        QTimer later;
        later.setSingleShot(true);
        connect(&later, &QTimer::timeout, this, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (const QAction *a : menu->actions())
                    offered << a->text();
                menu->close();
            }
        });
        later.start(0);
        const QPoint at = ledgerPoint(m_b.meta.id);
        QTest::mouseClick(table->viewport(), Qt::RightButton, Qt::NoModifier, at);
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &menuEvent);
        QCOMPARE(offered, (QStringList{m_action->text(), tr("&Record as observation")}));
        QCOMPARE(m_window->selection()->selectedOfType(RecordType::Claim).size(), 2);

        // Ctrl+L in the ledger opens the form on both claims; Cancel leaves the project as it was.
        const int steps = m_window->document()->undoStack().count();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
        withDialog([&](ui::LinkDialog *dialog) {
            QVERIFY(!dialog->otherClaimBox()->isVisible());
            QVERIFY(dialog->link().from.id == m_a.meta.id || dialog->link().to.id == m_a.meta.id);
            QVERIFY(dialog->link().from.id == m_b.meta.id || dialog->link().to.id == m_b.meta.id);
            dialog->reject();
        }, [&] { QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier); });
        QCOMPARE(m_window->document()->undoStack().count(), steps);
    }

    void linkingAsContradictingIsOneUndoableStep()
    {
        const QList<QUuid> selected = m_window->selection()->selectedOfType(RecordType::Claim);
        QCOMPARE(selected.size(), 2);
        const int links = int(project().all<Link>().size());
        const int steps = history().count();
        const int rows = conflicts()->rowCount();
        QCOMPARE(conflictRow(m_a.meta.id, m_b.meta.id), -1);

        withDialog([&](ui::LinkDialog *dialog) {
            QVERIFY(!dialog->existing());
            QVERIFY(!dialog->removeButton()->isVisible());
            QVERIFY(!dialog->otherClaimBox()->isVisible()); // both claims given
            // Only the relations two claims can have, in their usual words.
            QStringList offered;
            for (int i = 0; i < dialog->relationBox()->count(); ++i)
                offered << dialog->relationBox()->itemText(i);
            QCOMPARE(offered, (QStringList{QStringLiteral("corroborates"), QStringLiteral("contradicts"),
                                           QStringLiteral("supports"), QStringLiteral("depends on")}));
            QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->relationBox()->setCurrentIndex(dialog->relationBox()->findText(QStringLiteral("contradicts")));
            QTest::keyClicks(dialog->noteEdit(), m_note);
            if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/linkdialog.png"));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });

        QCOMPARE(int(project().all<Link>().size()), links + 1);
        QCOMPARE(history().count(), steps + 1);
        const QList<Link> made = linksBetween(m_a.meta.id, m_b.meta.id);
        QCOMPARE(made.size(), 1);
        const Link link = made.first();
        // Claim 1 is the first selected one; it contradicts claim 2.
        QCOMPARE(link.from, (RecordRef{RecordType::Claim, selected[0]}));
        QCOMPARE(link.to, (RecordRef{RecordType::Claim, selected[1]}));
        QCOMPARE(link.relation, LinkRelation::Contradicts);
        QCOMPARE(link.note, m_note);

        // The conflicts dock lists the pair at once, with the note.
        QCOMPARE(conflicts()->rowCount(), rows + 1);
        const int row = conflictRow(m_a.meta.id, m_b.meta.id);
        QVERIFY(row >= 0);
        QVERIFY2(why(row).contains(QStringLiteral("linked as contradicting")), qPrintable(why(row)));
        QVERIFY2(why(row).contains(m_note), qPrintable(why(row)));
        // The ledger counts the claim's links in its tooltip.
        const int count = linksOf(m_a.meta.id);
        const QString tip = quoteTip(m_a.meta.id);
        QVERIFY2(tip.contains(QStringLiteral("Links: %1 (").arg(count)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("contradicts ")), qPrintable(tip));

        history().undo();
        QVERIFY(linksBetween(m_a.meta.id, m_b.meta.id).isEmpty());
        QCOMPARE(int(project().all<Link>().size()), links);
        QCOMPARE(conflicts()->rowCount(), rows);
        QCOMPARE(conflictRow(m_a.meta.id, m_b.meta.id), -1);
        QCOMPARE(linksOf(m_a.meta.id), count - 1);
        QCOMPARE(quoteTip(m_a.meta.id).contains(QStringLiteral("Links: %1 (").arg(count - 1)), count > 1);

        history().redo();
        QCOMPARE(linksBetween(m_a.meta.id, m_b.meta.id), QList<Link>{project().find<Link>(link.meta.id).value()});
        QCOMPARE(project().find<Link>(link.meta.id)->note, m_note);
        QCOMPARE(conflicts()->rowCount(), rows + 1);
        QVERIFY(conflictRow(m_a.meta.id, m_b.meta.id) >= 0);
    }

    void openingAgainEditsThatLink()
    {
        const Link before = linksBetween(m_a.meta.id, m_b.meta.id).value(0);
        QVERIFY(!before.meta.id.isNull());
        const int links = int(project().all<Link>().size());
        const int steps = history().count();

        // Selected the other way round, the form still finds the link.
        clickClaim(before.to.id);
        clickClaim(before.from.id, Qt::ControlModifier);
        const QString edited = QStringLiteral("Both counts are of containers; Rajin's is the later");
        withDialog([&](ui::LinkDialog *dialog) {
            QVERIFY(dialog->existing());
            QCOMPARE(dialog->existing()->meta.id, before.meta.id);
            QVERIFY(dialog->removeButton()->isVisible());
            QCOMPARE(dialog->relationBox()->currentText(), QStringLiteral("contradicts"));
            QCOMPARE(dialog->noteEdit()->toPlainText(), m_note);
            QCOMPARE(dialog->link().from, before.from); // shown as stored
            dialog->relationBox()->setCurrentIndex(dialog->relationBox()->findText(QStringLiteral("supports")));
            QTest::mouseClick(dialog->swapButton(), Qt::LeftButton);
            dialog->noteEdit()->setPlainText(edited);
            if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/linkdialog-edit.png"));
            dialog->accept();
        });

        QCOMPARE(int(project().all<Link>().size()), links); // no second link
        QCOMPARE(history().count(), steps + 1);
        const auto after = project().find<Link>(before.meta.id);
        QVERIFY(after);
        QCOMPARE(after->relation, LinkRelation::Supports);
        QCOMPARE(after->from, before.to); // swapped
        QCOMPARE(after->to, before.from);
        QCOMPARE(after->note, edited);
        // Supporting is no conflict.
        QCOMPARE(conflictRow(m_a.meta.id, m_b.meta.id), -1);

        history().undo();
        const auto undone = project().find<Link>(before.meta.id);
        QCOMPARE(undone->relation, LinkRelation::Contradicts);
        QCOMPARE(undone->from, before.from);
        QCOMPARE(undone->note, m_note);
        QVERIFY(conflictRow(m_a.meta.id, m_b.meta.id) >= 0);

        // Cancel changes nothing, and OK with nothing changed adds no step.
        withDialog([](ui::LinkDialog *dialog) {
            dialog->relationBox()->setCurrentIndex(0);
            dialog->reject();
        });
        withDialog([](ui::LinkDialog *dialog) { dialog->accept(); });
        QCOMPARE(history().count(), steps + 1);
        QCOMPARE(history().index(), steps);
        QCOMPARE(project().find<Link>(before.meta.id)->relation, LinkRelation::Contradicts);
    }

    void removeDeletesTheLinkUndoably()
    {
        const Link link = linksBetween(m_a.meta.id, m_b.meta.id).value(0);
        QVERIFY(!link.meta.id.isNull());
        const int links = int(project().all<Link>().size());
        const int rows = conflicts()->rowCount();
        withDialog([](ui::LinkDialog *dialog) { QTest::mouseClick(dialog->removeButton(), Qt::LeftButton); });
        QVERIFY(linksBetween(m_a.meta.id, m_b.meta.id).isEmpty());
        QCOMPARE(int(project().all<Link>().size()), links - 1);
        QCOMPARE(conflicts()->rowCount(), rows - 1);
        QCOMPARE(conflictRow(m_a.meta.id, m_b.meta.id), -1);

        history().undo();
        QCOMPARE(project().find<Link>(link.meta.id)->note, m_note); // same identity, same note
        QCOMPARE(conflicts()->rowCount(), rows);
        history().redo();
        QVERIFY(!project().find<Link>(link.meta.id));
        QCOMPARE(conflicts()->rowCount(), rows - 1);
    }

    // Evidence → Record as observation: a claim's figure at its one site joins the site's series
    // as a reported observation, one undoable step; a claim without a figure cannot be recorded.
    void aClaimsFigureIsRecordedAsAnObservation()
    {
        auto *record = m_window->findChild<QAction *>(QStringLiteral("recordObservationAction"));
        QVERIFY(record);
        std::optional<Claim> withFigure, withoutFigure;
        for (const Claim &c : project().all<Claim>()) {
            if (c.siteIds.size() == 1 && c.quantity.representative() && !withFigure)
                withFigure = c;
            if (!c.siteIds.isEmpty() && c.quantity.isEmpty() && !withoutFigure)
                withoutFigure = c;
        }
        QVERIFY(withFigure && withoutFigure);
        m_window->selection()->select({RecordRef{RecordType::Claim, withoutFigure->meta.id}});
        QVERIFY(!record->isEnabled());
        QVERIFY(!record->statusTip().isEmpty());

        m_window->selection()->select({RecordRef{RecordType::Claim, withFigure->meta.id}});
        QVERIFY(record->isEnabled());
        const auto recorded = [&] {
            QList<Observation> out;
            for (const Observation &o : project().all<Observation>())
                if (o.claimId == withFigure->meta.id)
                    out << o;
            return out;
        };
        const int before = int(recorded().size());
        const int steps = history().count();
        record->trigger();
        QCOMPARE(history().count(), steps + 1);
        const QList<Observation> now = recorded();
        QCOMPARE(int(now.size()), before == 0 ? 1 : before);
        const Observation o = now.first();
        QCOMPARE(o.siteId, withFigure->siteIds.first());
        QCOMPARE(o.count.representative(), withFigure->quantity.representative());
        QVERIFY(o.sceneId.isNull());
        record->trigger(); // again: the same observation, not a second one
        QCOMPARE(int(recorded().size()), int(now.size()));
        history().undo();
        history().undo();
        QCOMPARE(int(recorded().size()), before);
    }

    void oneClaimChoosesTheOtherButNeverItself()
    {
        // The same claim at both ends: OK stays greyed out.
        ui::LinkDialog same(project(), m_a.meta.id, m_a.meta.id);
        QVERIFY(!same.buttons()->button(QDialogButtonBox::Ok)->isEnabled());

        // One claim selected: the form offers every claim for the other end.
        clickClaim(m_a.meta.id);
        withDialog([&](ui::LinkDialog *dialog) {
            QComboBox *other = dialog->otherClaimBox();
            QVERIFY(other->isVisible());
            QCOMPARE(other->count(), int(project().all<Claim>().size()) + 1); // and "(choose a claim)"
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // none chosen yet
            other->setCurrentIndex(other->findData(m_a.meta.id));
            QVERIFY(!ok->isEnabled());
            other->setCurrentIndex(other->findData(m_b.meta.id));
            QVERIFY(ok->isEnabled());
            QVERIFY(!dialog->existing()); // removed above
            if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/linkdialog-choose.png"));
            dialog->relationBox()->setCurrentIndex(dialog->relationBox()->findText(QStringLiteral("depends on")));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        const QList<Link> made = linksBetween(m_a.meta.id, m_b.meta.id);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().relation, LinkRelation::DependsOn);
        QCOMPARE(made.first().from.id, m_a.meta.id);
        QCOMPARE(made.first().to.id, m_b.meta.id);
        history().undo();
        QVERIFY(linksBetween(m_a.meta.id, m_b.meta.id).isEmpty());
    }
};

QTEST_MAIN(TestLinkClaims)
#include "tst_linkclaims.moc"
