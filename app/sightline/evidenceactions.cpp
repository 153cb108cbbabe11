#include "evidenceactions.h"

#include "workspace.h"

#include "sightline/edit/document.h"
#include "sightline/edit/observationcommands.h"
#include "sightline/ui/claimledger.h"
#include "sightline/ui/linkdialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QInputDialog>
#include <QMenuBar>
#include <QTableView>

#include <algorithm>

using namespace sightline;

EvidenceActions::EvidenceActions(Workspace &workspace, QMenuBar *menuBar, ui::ClaimLedger *ledger)
    : QObject(menuBar), m_workspace(workspace)
{
    QMenu *evidence = menuBar->addMenu(tr("Evi&dence"));
    m_linkClaims = evidence->addAction(tr("&Link claims…"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                                       &EvidenceActions::linkSelectedClaims);
    m_linkClaims->setObjectName(QStringLiteral("linkClaimsAction"));
    m_linkClaims->setStatusTip(tr("Link the two selected claims, or the selected claim to another one"));
    // The ledger's context menu offers the same action.
    ledger->table()->addAction(m_linkClaims);
    m_recordObservation = evidence->addAction(tr("&Record as observation"), this,
                                              &EvidenceActions::recordSelectedClaimAsObservation);
    m_recordObservation->setObjectName(QStringLiteral("recordObservationAction"));
    ledger->table()->addAction(m_recordObservation);
    ledger->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(workspace.selection(), &ui::SelectionModel::changed, this, &EvidenceActions::updateEnabled);
    connect(&workspace, &Workspace::documentChanged, this, &EvidenceActions::updateEnabled);
    updateEnabled();
}

void EvidenceActions::updateEnabled()
{
    const auto claims = m_workspace.selection()->selectedOfType(RecordType::Claim).size();
    m_linkClaims->setEnabled(m_workspace.document() && (claims == 1 || claims == 2));
    // Enabled for one claim with a figure and a site; otherwise the tip says why not.
    QString problem = tr("Choose one claim");
    if (edit::Document *doc = m_workspace.document(); doc && claims == 1) {
        const auto claim = doc->project().find<Claim>(m_workspace.selection()->selectedOfType(RecordType::Claim).first());
        problem = !claim ? tr("Choose one claim")
                  : claim->siteIds.isEmpty()
                      ? tr("The claim names no site")
                      : edit::observationFromClaimProblem(*claim, claim->siteIds.first());
    }
    m_recordObservation->setEnabled(problem.isEmpty());
    m_recordObservation->setStatusTip(problem.isEmpty() ? tr("Put the claim's figure into its site's count series")
                                                        : problem);
}

void EvidenceActions::recordSelectedClaimAsObservation()
{
    edit::Document *doc = m_workspace.document();
    const QList<QUuid> claims = m_workspace.selection()->selectedOfType(RecordType::Claim);
    if (!doc || claims.size() != 1)
        return;
    const auto claim = doc->project().find<Claim>(claims.first());
    if (!claim || claim->siteIds.isEmpty())
        return;
    QUuid site = claim->siteIds.first();
    if (claim->siteIds.size() > 1) {
        const QList<QUuid> selectedSites = m_workspace.selection()->selectedOfType(RecordType::Site);
        const auto chosen = std::find_if(selectedSites.cbegin(), selectedSites.cend(),
                                         [&](const QUuid &s) { return claim->siteIds.contains(s); });
        if (chosen != selectedSites.cend()) {
            site = *chosen;
        } else {
            QStringList names;
            for (const QUuid &id : claim->siteIds)
                if (const auto s = doc->project().find<Site>(id))
                    names << s->name;
            bool ok = false;
            const QString name = QInputDialog::getItem(m_workspace.window(), tr("Record as observation"),
                                                       tr("The claim names several sites. Record its figure at:"),
                                                       names, 0, false, &ok);
            if (!ok)
                return;
            site = claim->siteIds.value(names.indexOf(name), site);
        }
    }
    if (auto *command = edit::recordClaimAsObservationCommand(*doc, *claim, site, tr("Record as observation")))
        m_workspace.runEdit(command);
    else
        m_workspace.showMessage(edit::observationFromClaimProblem(*claim, site));
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
