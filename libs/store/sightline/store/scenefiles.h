#pragma once

#include "sightline/store/project.h"

namespace sightline::store {

struct SceneImportOptions
{
    bool embed = false;   // keep the file's bytes inside the project
    QString assumedCrs;   // for a file georeferenced without a CRS ("EPSG:N")
    QString notes{};      // the record's notes (how a georeferenced copy was made)
};

// What an import read from the file, beyond the scene record itself, for people.
struct SceneImportReport
{
    ImageryScene scene;
    QString driver;   // "GTiff"
    QString dataType; // "UInt16"
    QString crsName;
    int overviewCount = 0;
};

// Reads an image file with GDAL and adds it to the project as a scene: footprint, size, bands,
// CRS, resolution, SHA-256 and the acquisition metadata the file carries. The path is stored
// relative to the project's folder when the file is under it (or its parent); with embed the
// bytes go into the project instead. One transaction: a file that cannot be read, is damaged or
// is not georeferenced throws StoreError (naming the file) and adds nothing.
SceneImportReport importScene(Project &project, const QString &file, const SceneImportOptions &options = {});

// The same scene record, read but not saved (a new identity, not embedded), for an undoable
// command to save. Throws StoreError like importScene.
SceneImportReport readScene(const Project &project, const QString &file, const SceneImportOptions &options = {});

// The file a scene's pixels are read from: its path made absolute against the project's
// folder, or for an embedded scene a copy extracted once into the temporary folder (named by
// its hash, so every reader shares it). Empty, with one line naming the file in *error, when
// the file is missing.
QString sceneFilePath(const Project &project, const ImageryScene &scene, QString *error = nullptr);

// Scenes moved on disk: searches folder (and its subfolders) for files whose SHA-256 matches a
// scene whose file is missing, and points those scenes at them (in one transaction). Returns the scenes found, as saved.
QList<ImageryScene> relocateScenes(Project &project, const QString &folder);

// What relocateScenes would save: the missing scenes found in folder, with their new paths.
QList<ImageryScene> findMovedScenes(const Project &project, const QString &folder);

// What is wrong with the scenes' files, one line each: a file missing, a file or embedded
// content that no longer matches its SHA-256. For Project::verify().
QStringList sceneFileProblems(const Project &project);

// Keeps a referenced scene's file inside the project from now on: its bytes in scene_chunks, the
// record marked embedded with the file's name as its path. One transaction; throws StoreError
// naming the file when it is missing or no longer matches the scene's SHA-256. Returns the
// scene as saved.
ImageryScene embedSceneFile(Project &project, const QUuid &sceneId);

// The reverse: the embedded bytes are deleted and the scene refers to filePath (as stored,
// relative to the project's folder where it was) again. One transaction.
ImageryScene referenceSceneFile(Project &project, const QUuid &sceneId, const QString &filePath);

// SHA-256 (lowercase hex) of a file, streamed; empty when it cannot be read.
QByteArray fileSha256(const QString &path);

} // namespace sightline::store
