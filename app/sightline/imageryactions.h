#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QStatusBar;
class SceneActions;
class Workspace;

// The Imagery menu's own entries: import image files as scenes, change how a scene is drawn,
// find moved image files, georeference an image without georeferencing (also offered when an
// import is refused for lack of it), and the swipe. Every change is an undoable command.
// GUI thread only.
class ImageryActions : public QObject
{
    Q_OBJECT
public:
    ImageryActions(Workspace &workspace, QMenu *imagery, QStatusBar *statusBar);
    // Imports image files as scenes (one undoable step), embedded when Imagery > Embed imported
    // files is checked, and offers overviews for those without. Returns the refused files'
    // messages; those refused for lack of georeferencing are added to *ungeoreferenced.
    QStringList importImageryFiles(const QStringList &files, QStringList *ungeoreferenced = nullptr);
    SceneActions *scenes() const { return m_scenes; }
    // Imagery → Import images… (for the toolbar).
    QAction *importAction() const { return m_import; }

private:
    void importImagery();
    void editSceneDisplay();
    void findMovedImagery();
    void georeferenceImage(const QString &file = QString());
    void reportRefusedImages(const QStringList &reasons, const QStringList &ungeoreferenced);

    Workspace &m_workspace;
    SceneActions *m_scenes;
    QAction *m_import = nullptr;
};
