#include "sightline/interop/georeferencescene.h"

#include "sightline/interop/importerror.h"
#include "sightline/store/scenefiles.h"
#include "sightline/store/storeerror.h"

#include <QFile>
#include <QFileInfo>

namespace sightline::interop {
namespace {

// Whether path is the file of a scene in the project (writing over it would change that scene's
// pixels under its record, hash and custody).
bool isSceneFile(const Project &project, const QString &path)
{
    const QFileInfo target(path);
    for (const ImageryScene &s : project.all<ImageryScene>())
        if (!s.embedded && QFileInfo(store::sceneFilePath(project, s)) == target)
            return true;
    return false;
}

// The georeferencer says "FILE: problem" in one line; the same line as an ImportError.
ImportError importError(const QString &line, const QStringList &files)
{
    for (const QString &f : files)
        if (line.startsWith(f + QStringLiteral(": ")))
            return ImportError(f, line.mid(f.size() + 2));
    return ImportError(files.first(), line);
}

} // namespace

GeoreferencedScene georeferenceToScene(const Project &project, const geo::Georeferencer &georeferencer,
                                       const QString &outPath, ExistingOutput existing, const SaveScene &save)
{
    const QString target = QFileInfo(outPath).absoluteFilePath();
    if (isSceneFile(project, target))
        throw ImportError(outPath,
                          QStringLiteral("already exists: it is the file of a scene in the project; choose another name"));
    const bool existed = QFileInfo::exists(target);
    if (existed && existing == ExistingOutput::Refuse)
        throw ImportError(outPath, QStringLiteral("already exists; choose another name (it is not written over)"));

    QString error;
    const auto fit = georeferencer.fit(&error);
    if (!fit)
        throw importError(error, {georeferencer.imagePath()});
    const QByteArray originalSha = store::fileSha256(georeferencer.imagePath());
    if (!georeferencer.write(target, &error,
                             existing == ExistingOutput::Replace ? geo::Georeferencer::ExistingFile::Replace
                                                                 : geo::Georeferencer::ExistingFile::Refuse))
        throw importError(error, {target, outPath, georeferencer.imagePath()});

    // From here on the file is ours: a scene that cannot be read or saved takes it away again.
    try {
        store::SceneImportOptions options;
        options.notes = georeferencer.provenance(originalSha, *fit);
        const ImageryScene scene = store::readScene(project, target, options).scene;
        return {save(scene), *fit};
    } catch (...) {
        QFile::remove(target);
        throw;
    }
}

} // namespace sightline::interop
