#pragma once

#include <QObject>
#include <QStringList>

namespace sightline::ui {
struct Preferences;
}

class QAction;
class QMenu;
class QMenuBar;
class Workspace;

// The File menu: make a new project, open one (or a recent one), save a copy, merge another copy, write a brief
// (PDF), add a vector file as a reference layer, quit. Opening and adding are the window's; this
// asks for the file.
// GUI thread only.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(Workspace &workspace, QMenuBar *menuBar);
    // Puts the path first in Open recent (at most ten).
    void rememberRecent(const QString &path);
    QStringList recentProjects() const;
    QAction *openAction() const { return m_open; }
    // The analyst's preferences (the author and marking of a new project); the window's, kept by it.
    void setPreferences(const sightline::ui::Preferences *preferences) { m_prefs = preferences; }
    // The actions that need an open project (the window disables them without one).
    QList<QAction *> projectActions() const { return m_projectActions; }
    // Asks for a project file and asks the window to open it.
    void askToOpen();
    void newProject();

signals:
    void openRequested(const QString &path);
    void referenceLayerRequested(const QString &path);
    void recentChanged(const QStringList &paths);

private:
    void fillRecentMenu();
    void saveCopy();
    // Merges another copy with this project into a new file, opens it, and shows its conflicts.
    void mergeCopy();
    void showConflicts();
    // Export… (STIX, GeoJSON, KML/KMZ, CSV, GeoPackage, QGIS; asks first for restricted material)
    // and Import… (one undoable step).
    void exportProject();
    void importFile();

    Workspace &m_workspace;
    QMenu *m_recent;
    const sightline::ui::Preferences *m_prefs = nullptr;
    QList<QAction *> m_projectActions;
    QAction *m_open = nullptr;
};
