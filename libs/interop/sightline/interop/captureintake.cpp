#include "sightline/interop/captureintake.h"

#include "sightline/interop/capturefile.h"
#include "sightline/interop/importerror.h"
#include "sightline/store/storeerror.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace sightline::interop {

CaptureIntakeResult intakeCapture(Project &project, Capture description, const QString &filePath, qint64 maxBytes)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(filePath, QStringLiteral("cannot be read: ") + file.errorString());
    if (file.size() > maxBytes)
        throw ImportError(filePath, QStringLiteral("is %1 bytes, over the capture limit of %2 bytes; not stored")
                                        .arg(file.size())
                                        .arg(maxBytes));
    if (description.fileName.isEmpty())
        description.fileName = QFileInfo(filePath).fileName();
    // What the bytes are, whatever a case file or a dialog said they were: the text extracted and
    // the viewer chosen follow the type.
    description.mediaType = QMimeDatabase().mimeTypeForFile(filePath).name();

    CaptureIntakeResult result;
    Project::Batch batch(project);
    try {
        result.capture = project.addCapture(description, file, maxBytes);
    } catch (const StoreError &e) {
        throw ImportError(filePath, e.problem());
    }
    result.text = extractCaptureText(filePath, result.capture.mediaType, &result.warning);
    if (!result.text.isEmpty())
        project.indexCaptureText(result.capture.meta.id, result.text);
    batch.commit();
    return result;
}

std::function<Capture(Project &, const Capture &, const QString &)> intakeForEdits(qint64 maxBytes)
{
    return [maxBytes](Project &project, const Capture &description, const QString &filePath) {
        try {
            return intakeCapture(project, description, filePath, maxBytes).capture;
        } catch (const ImportError &e) {
            throw StoreError(StoreError::Kind::Invalid, e.file(), e.problem());
        }
    };
}

} // namespace sightline::interop
