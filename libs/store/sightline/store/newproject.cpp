#include "sightline/store/newproject.h"

#include "sightline/store/project.h"
#include "sightline/store/storeerror.h"

#include <QFile>
#include <QFileInfo>

namespace sightline::store {

namespace {

void removeWithSidecars(const QString &path)
{
    for (const char *side : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(side));
}

} // namespace

void createProjectFile(const NewProject &spec)
{
    const QFileInfo info(spec.path);
    if (info.exists())
        throw StoreError(StoreError::Kind::Io, spec.path,
                         QStringLiteral("already exists; a new project is never written over a file"));
    const QString title = spec.title.trimmed().isEmpty() ? info.completeBaseName() : spec.title.trimmed();
    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    removeWithSidecars(partial);
    try {
        auto project = Project::create(partial, title, spec.author);
        project->setGradingScheme(spec.scheme ? *spec.scheme : GradingScheme::admiralty());
        project->setMarking(spec.marking);
    } catch (const StoreError &e) {
        removeWithSidecars(partial);
        throw StoreError(e.kind(), spec.path, e.problem()); // named as the user named it
    }
    // Closed above, so the write-ahead log is folded in and only the one file moves.
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        removeWithSidecars(partial);
        throw StoreError(StoreError::Kind::Io, spec.path, QStringLiteral("cannot be written"));
    }
}

} // namespace sightline::store
