#pragma once

#include "sightline/core/site.h"
#include "sightline/edit/document.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace sightline::edit {
class RecordCommandBase;
}

namespace sightline::ui {

class MapCanvas;
class SelectionModel;

// The one place where sites are added, edited, moved and deleted in the window: each change is
// one undoable command of the document, and a change the project refuses is explained in a
// message box (nothing enters the history). The edit-sites tool and the site panel both use
// it. GUI thread only.
class SiteEditor : public QObject
{
    Q_OBJECT
public:
    // Forms and messages open over dialogParent.
    SiteEditor(SelectionModel *selection, QWidget *dialogParent);
    void setDocument(edit::Document *document);
    edit::Document *document() const { return m_document; }

    // Opens the site form on a new site at this place; saves it when accepted.
    bool addSiteAt(const GeoPoint &lonLat);
    // Opens the site form on this site; saves the changes when accepted.
    bool editSite(const QUuid &siteId);
    bool moveSite(const QUuid &siteId, const GeoPoint &to);
    bool deleteSite(const QUuid &siteId);
    // Deletes the one selected site (and clears the selection); nothing when not exactly one is.
    bool deleteSelectedSite();

    // The site whose symbol is nearest a widget pixel of the canvas, within toleranceWidgetPixels.
    std::optional<Site> siteNear(const MapCanvas &canvas, QPointF widgetPixel, double toleranceWidgetPixels = 10) const;

private:
    bool run(edit::RecordCommandBase *command);

    QPointer<SelectionModel> m_selection;
    QWidget *m_dialogParent;
    QPointer<edit::Document> m_document;
};

} // namespace sightline::ui
