#pragma once

#include "sightline/core/scene.h"
#include "sightline/core/site.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sightline {
class Project;
}

namespace sightline::ui {

class SelectionModel;

// The scenes of a site: for the site selected last, every scene whose footprint covers it, oldest
// first, with date, provider, ground resolution and scene id. Choosing a row selects the scene;
// activating it (double-click, Enter) asks to compare it. Selecting a scene elsewhere keeps the
// list and marks its row. GUI thread only.
class SiteScenesPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { DateColumn, ProviderColumn, ResolutionColumn, SceneIdColumn, ColumnCount };

    explicit SiteScenesPanel(SelectionModel *selection, QWidget *parent = nullptr);
    void reload(const Project &project);
    QTreeWidget *list() const { return m_list; }
    // The scenes listed, oldest first.
    const QList<ImageryScene> &scenes() const { return m_shown; }
    const QUuid &siteId() const { return m_site.meta.id; }

signals:
    void sceneChosen(const QUuid &scene);
    void sceneActivated(const QUuid &scene);

private:
    void followSelection();
    void fill();

    SelectionModel *m_selection;
    QLabel *m_title;
    QTreeWidget *m_list;
    QList<Site> m_sites;
    QList<ImageryScene> m_scenes;
    Site m_site;
    QList<ImageryScene> m_shown;
    bool m_filling = false;
};

} // namespace sightline::ui
