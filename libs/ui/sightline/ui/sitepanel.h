#pragma once

#include "sightline/core/site.h"

#include <QWidget>

#include <functional>
#include <optional>

class QListView;
class QPushButton;

namespace sightline::edit {
class Document;
}

namespace sightline::ui {

class DocumentFollower;
class SelectionModel;
class SiteEditor;
class SiteListModel;

// The sites of a project by name, with buttons to add, edit and delete one (through the site
// editor, so every change is an undoable command) and to zoom to it. It follows the shared
// selection (one selected site is the current row; none clears it) and writes to it when the
// analyst chooses a row; it follows every edit, undo or redo of sites. GUI thread only.
class SitePanel : public QWidget
{
    Q_OBJECT
public:
    SitePanel(SelectionModel *selection, SiteEditor *editor, QWidget *parent = nullptr);
    // The project shown, followed as it changes; null shows nothing.
    void setDocument(edit::Document *document);
    void reload();
    // Where Add… places a new site before the form opens (the middle of the map).
    void setPlaceForNewSites(std::function<std::optional<GeoPoint>()> place);
    // The site with this name or alias, in any case.
    std::optional<Site> siteNamed(const QString &name) const;
    // The area to show for a site: its position and its area of interest.
    static GeoBounds boundsOf(const Site &site);
    QListView *list() const { return m_list; }
    // The width (widget pixels) at which every site's name shows whole.
    int preferredWidth() const;
    SiteListModel *model() const { return m_model; }

signals:
    // The analyst asked to see this area (a double click or Enter on a site, or Zoom to).
    void zoomRequested(const sightline::GeoBounds &bounds);

private:
    void followSelection();
    const Site *currentSite() const;
    void updateButtons();

    SelectionModel *m_selection;
    SiteEditor *m_editor;
    DocumentFollower *m_follower;
    SiteListModel *m_model;
    QListView *m_list;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_zoom;
    std::function<std::optional<GeoPoint>()> m_newSitePlace;
    bool m_following = false;
};

} // namespace sightline::ui
