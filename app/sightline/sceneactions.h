#pragma once

#include "sightline/core/scene.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QStatusBar;
class Workspace;

namespace sightline::ui {
class OverviewBar;
}

// Scenes beyond their display: their details (provider, acquisition, licence ...; annotations
// on a scene keep its time), their removal with their annotations, their files embedded in the
// project, and overviews built in the background for files that lack them (the
// offer and progress in the status bar). Every change is an undoable command. GUI thread only.
class SceneActions : public QObject
{
    Q_OBJECT
public:
    SceneActions(Workspace &workspace, QMenu *imagery, QStatusBar *statusBar);
    // Opens the details of the selected scene.
    void editSceneDetails();
    // Offers overviews for those of the scenes whose files lack them.
    void offerOverviews(const QList<sightline::ImageryScene> &scenes);
    // Removes the selected scene and the annotations drawn on it, in one undoable step; asks
    // first when it has annotations (ask: whether to; the window's question box by default).
    bool removeSelectedScene();
    void setRemovalQuestion(std::function<bool(const QString &question)> ask) { m_ask = std::move(ask); }
    // Whether Imagery > Embed imported files is checked.
    bool embedOnImport() const;
    sightline::ui::OverviewBar *overviewBar() const { return m_overviews; }

private:
    std::optional<sightline::ImageryScene> selectedScene();
    void embedSelectedScene();
    void buildSelectedOverviews();
    void reopenImagery();

    Workspace &m_workspace;
    QAction *m_embedOnImport;
    sightline::ui::OverviewBar *m_overviews;
    std::function<bool(const QString &)> m_ask;
};
