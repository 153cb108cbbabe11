#pragma once

#include "sightline/store/project.h"

namespace sightline {

// What an export wrote.
struct CaptureExportResult
{
    QString path;
    qint64 sizeBytes = 0;
    QByteArray sha256; // lowercase hex, checked against the recorded hash on the way out
};

// Writes a capture's stored bytes, unchanged, to path: through a temporary file renamed into
// place, so path ends up the whole capture or as it was. Project::exportCapture checks the
// content against its SHA-256 and logs "exported" (with the target) in the custody log. An
// existing file is refused unless overwrite is set. Throws StoreError naming the file (the
// target for a file that cannot be written, the project for an unknown capture or content that
// no longer matches its hash). Runs on the project's thread.
CaptureExportResult exportCaptureFile(Project &project, const QUuid &captureId, const QString &path,
                                      bool overwrite = false);

} // namespace sightline
