#pragma once

#include <QObject>

class QAction;
class QMenuBar;
class Workspace;

namespace sightline::ui {
class ClaimLedger;
}

// The Evidence menu: Link claims… (also in the ledger's context menu) opens the link form on
// the one or two selected claims; what it returns is one undoable edit. The conflicts list and
// the ledger follow the document by themselves. GUI thread only.
class EvidenceActions : public QObject
{
    Q_OBJECT
public:
    EvidenceActions(Workspace &workspace, QMenuBar *menuBar, sightline::ui::ClaimLedger *ledger);
    void linkSelectedClaims();

private:
    void updateEnabled();

    Workspace &m_workspace;
    QAction *m_linkClaims;
};
