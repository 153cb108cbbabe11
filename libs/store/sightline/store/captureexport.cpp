#include "sightline/store/captureexport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace sightline {

CaptureExportResult exportCaptureFile(Project &project, const QUuid &captureId, const QString &path, bool overwrite)
{
    const auto capture = project.find<Capture>(captureId);
    if (!capture)
        throw StoreError(StoreError::Kind::Invalid, project.path(),
                         QStringLiteral("no capture %1 in the project").arg(captureId.toString(QUuid::WithoutBraces)));
    const QFileInfo target(path);
    if (target.isDir())
        throw StoreError(StoreError::Kind::Io, path, QStringLiteral("is a folder; give a file name to export to"));
    if (target.exists() && !overwrite)
        throw StoreError(StoreError::Kind::Io, path, QStringLiteral("already exists (use --force to replace it)"));
    if (target.absoluteFilePath() == QFileInfo(project.path()).absoluteFilePath())
        throw StoreError(StoreError::Kind::Io, path, QStringLiteral("is the project itself"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(StoreError::Kind::Io, path, QStringLiteral("cannot be written: ") + file.errorString());
    // Checked and logged by the store; the file only appears once every byte is in it, and the
    // custody log only says "exported" once it has.
    project.exportCapture(captureId, file, target.absoluteFilePath(), [&] {
        if (!file.commit())
            throw StoreError(StoreError::Kind::Io, path, QStringLiteral("cannot be written: ") + file.errorString());
    });
    return {path, capture->sizeBytes, capture->sha256};
}

} // namespace sightline
