// Linking claims: Evidence > Link claims… (and the ledger's context menu) opens the link form on
// the one or two claims selected; what it returns is one undoable edit. The conflicts list and
// the ledger follow the document by themselves.
#include "mainwindow.h"

#include "sightline/ui/claimledger.h"
#include "sightline/ui/linkdialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QMenuBar>
#include <QTableView>

using namespace sightline;

void MainWindow::addLinkActions()
{
    auto *evidence = findChild<QMenu *>(QStringLiteral("evidenceMenu"));
    if (!evidence) {
        evidence = menuBar()->addMenu(tr("E&vidence"));
        evidence->setObjectName(QStringLiteral("evidenceMenu"));
    }
    m_linkClaims = evidence->addAction(tr("&Link claims…"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                                       &MainWindow::linkSelectedClaims);
    m_linkClaims->setObjectName(QStringLiteral("linkClaimsAction"));
    m_linkClaims->setStatusTip(tr("Link the two selected claims, or the selected claim to another one"));
    // The ledger's context menu offers the same action.
    m_ledger->table()->addAction(m_linkClaims);
    m_ledger->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto enable = [this] {
        const auto claims = m_selection->selectedOfType(RecordType::Claim).size();
        m_linkClaims->setEnabled(m_doc && (claims == 1 || claims == 2));
    };
    connect(m_selection, &ui::SelectionModel::changed, this, enable);
    enable();
}

void MainWindow::linkSelectedClaims()
{
    const QList<QUuid> claims = m_selection->selectedOfType(RecordType::Claim);
    if (!m_doc || claims.isEmpty() || claims.size() > 2)
        return;
    ui::LinkDialog dialog(m_doc->project(), claims.first(), claims.value(1), this);
    dialog.exec();
    if (auto *command = dialog.command(*m_doc))
        runEdit(command);
}
