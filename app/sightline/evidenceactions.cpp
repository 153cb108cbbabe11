#include "evidenceactions.h"

#include "workspace.h"

#include "sightline/edit/document.h"
#include "sightline/ui/claimledger.h"
#include "sightline/ui/linkdialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QMenuBar>
#include <QTableView>

using namespace sightline;

EvidenceActions::EvidenceActions(Workspace &workspace, QMenuBar *menuBar, ui::ClaimLedger *ledger)
    : QObject(menuBar), m_workspace(workspace)
{
    QMenu *evidence = menuBar->addMenu(tr("E&vidence"));
    m_linkClaims = evidence->addAction(tr("&Link claims…"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                                       &EvidenceActions::linkSelectedClaims);
    m_linkClaims->setObjectName(QStringLiteral("linkClaimsAction"));
    m_linkClaims->setStatusTip(tr("Link the two selected claims, or the selected claim to another one"));
    // The ledger's context menu offers the same action.
    ledger->table()->addAction(m_linkClaims);
    ledger->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(workspace.selection(), &ui::SelectionModel::changed, this, &EvidenceActions::updateEnabled);
    connect(&workspace, &Workspace::documentChanged, this, &EvidenceActions::updateEnabled);
    updateEnabled();
}

void EvidenceActions::updateEnabled()
{
    const auto claims = m_workspace.selection()->selectedOfType(RecordType::Claim).size();
    m_linkClaims->setEnabled(m_workspace.document() && (claims == 1 || claims == 2));
}

void EvidenceActions::linkSelectedClaims()
{
    edit::Document *doc = m_workspace.document();
    const QList<QUuid> claims = m_workspace.selection()->selectedOfType(RecordType::Claim);
    if (!doc || claims.isEmpty() || claims.size() > 2)
        return;
    ui::LinkDialog dialog(doc->project(), claims.first(), claims.value(1), m_workspace.window());
    dialog.exec();
    if (auto *command = dialog.command(*doc))
        m_workspace.runEdit(command);
}
