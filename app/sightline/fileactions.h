#pragma once

#include <QObject>

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

signals:
    void openRequested(const QString &path);
    void referenceLayerRequested(const QString &path);

private:
    void fillRecentMenu();
    void newProject();
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
};
