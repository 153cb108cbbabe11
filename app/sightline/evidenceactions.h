#pragma once

#include <QObject>

class QAction;
class QMenuBar;
class Workspace;

namespace sightline::ui {
class ClaimLedger;
}

// The Evidence menu: Link claims… (also in the ledger's context menu) opens the link form on
// the one or two selected claims; what it returns is one undoable edit. Record as observation
// (also in the ledger's menu) puts a claim's figure into its site's count series. The conflicts list and
// the ledger follow the document by themselves. GUI thread only.
class EvidenceActions : public QObject
{
    Q_OBJECT
public:
    EvidenceActions(Workspace &workspace, QMenuBar *menuBar, sightline::ui::ClaimLedger *ledger);
    void linkSelectedClaims();
    // The selected claim's figure becomes a reported observation at its site (the selected site
    // when the claim names several, else asked), one undoable edit.
    void recordSelectedClaimAsObservation();

private:
    void updateEnabled();

    Workspace &m_workspace;
    QAction *m_linkClaims;
    QAction *m_recordObservation;
};
