#include "sightline/ui/siteeditor.h"

#include "sightline/edit/document.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sitedialog.h"

#include <QLineF>
#include <QMessageBox>

namespace sightline::ui {

SiteEditor::SiteEditor(SelectionModel *selection, QWidget *dialogParent)
    : QObject(dialogParent), m_selection(selection), m_dialogParent(dialogParent)
{
}

void SiteEditor::setDocument(edit::Document *document)
{
    m_document = document;
}

bool SiteEditor::run(edit::RecordCommandBase *command)
{
    if (const QString why = m_document->push(command); !why.isEmpty()) {
        QMessageBox::warning(m_dialogParent, tr("Cannot make this change"), why);
        return false;
    }
    return true;
}

bool SiteEditor::addSiteAt(const GeoPoint &lonLat)
{
    if (!m_document)
        return false;
    Site site;
    site.location = lonLat;
    site.locationNote = tr("placed on the map by %1").arg(m_document->project().author());
    SiteDialog dialog(site, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Site added = dialog.site();
    return run(new edit::SaveRecordCommand<Site>(*m_document, added, tr("Add site %1").arg(added.name)));
}

bool SiteEditor::editSite(const QUuid &siteId)
{
    const auto site = m_document ? m_document->project().find<Site>(siteId) : std::nullopt;
    if (!site)
        return false;
    SiteDialog dialog(*site, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || dialog.site() == *site)
        return false;
    return run(new edit::SaveRecordCommand<Site>(*m_document, dialog.site(), tr("Edit site %1").arg(site->name)));
}

bool SiteEditor::moveSite(const QUuid &siteId, const GeoPoint &to)
{
    auto site = m_document ? m_document->project().find<Site>(siteId) : std::nullopt;
    if (!site)
        return false;
    site->location = to;
    return run(new edit::SaveRecordCommand<Site>(*m_document, *site, tr("Move site %1").arg(site->name), edit::MoveRecord));
}

bool SiteEditor::deleteSite(const QUuid &siteId)
{
    const auto site = m_document ? m_document->project().find<Site>(siteId) : std::nullopt;
    if (!site)
        return false;
    if (m_selection && m_selection->selected().contains(RecordRef{RecordType::Site, siteId}))
        m_selection->clear();
    return run(new edit::DeleteRecordCommand<Site>(*m_document, siteId, tr("Delete site %1").arg(site->name)));
}

bool SiteEditor::deleteSelectedSite()
{
    const QList<QUuid> sites = m_selection ? m_selection->selectedOfType(RecordType::Site) : QList<QUuid>{};
    return sites.size() == 1 && deleteSite(sites.first());
}

std::optional<Site> SiteEditor::siteNear(const MapCanvas &canvas, QPointF widgetPixel, double toleranceWidgetPixels) const
{
    if (!m_document)
        return std::nullopt;
    std::optional<Site> hit;
    double best = toleranceWidgetPixels;
    for (const Site &s : m_document->project().all<Site>()) {
        const double d = QLineF(canvas.widgetPixelOf(s.location), widgetPixel).length();
        if (d < best) {
            best = d;
            hit = s;
        }
    }
    return hit;
}

} // namespace sightline::ui
