// The evidence views' wiring: each view follows the document on its own; the window only
// hands it over, and joins the selection to the map (claims to their scenes, scenes to their
// claims) and capture export to the views that offer it.
#include "mainwindow.h"

#include "sightline/core/linkedrecords.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/selectionmodel.h"

#include "sightline/ui/captureview.h"
#include "sightline/ui/claimledger.h"
#include "sightline/ui/conflictsview.h"
#include "sightline/ui/reviewview.h"
#include "sightline/ui/searchpanel.h"
#include "sightline/ui/sourcepanel.h"

#include <QLabel>

using namespace sightline;

void MainWindow::connectEvidenceViews()
{
    // An export from either view shows in the status bar and in the open capture's custody line.
    connect(m_sourcePanel, &ui::SourcePanel::captureExported, this, [this](const QString &summary) {
        m_message->setText(summary);
        m_captureView->showCustody();
    });
    connect(m_captureView, &ui::CaptureView::captureExported, this, [this](const QString &summary) {
        m_message->setText(summary);
    });
}

void MainWindow::setEvidenceDocument(edit::Document *document)
{
    m_ledger->setDocument(document);
    m_conflicts->setDocument(document);
    m_review->setDocument(document);
    m_search->setDocument(document);
    m_sourcePanel->setDocument(document);
    m_captureView->setDocument(document);
}

QSet<QUuid> MainWindow::claimsOfSelectedScenes() const
{
    const QList<QUuid> scenes = m_selection->selectedOfType(RecordType::Scene);
    if (!m_doc || scenes.isEmpty())
        return {};
    return linkedRecords(m_doc->project().all<Link>(), QSet<QUuid>(scenes.begin(), scenes.end()), RecordType::Claim);
}

QList<Geometry> MainWindow::footprintsOfSelection() const
{
    const QList<QUuid> claims = m_selection->selectedOfType(RecordType::Claim);
    const QList<QUuid> selectedScenes = m_selection->selectedOfType(RecordType::Scene);
    if (!m_doc || (claims.isEmpty() && selectedScenes.isEmpty()))
        return {};
    QSet<QUuid> scenes(selectedScenes.begin(), selectedScenes.end());
    scenes.unite(linkedRecords(m_doc->project().all<Link>(), QSet<QUuid>(claims.begin(), claims.end()), RecordType::Scene));
    QList<Geometry> out;
    for (const QUuid &id : std::as_const(scenes))
        if (const auto scene = m_doc->project().find<ImageryScene>(id); scene && !scene->footprint.isEmpty())
            out << scene->footprint;
    return out;
}
