#pragma once

#include "sightline/core/record.h"

#include <QByteArray>

namespace sightline {

// An archived copy of a source (PDF, HTML, image, any file), stored inside the project. The
// content itself lives in the store; this is its description and fingerprint.
struct Capture
{
    RecordMeta meta;
    QUuid sourceId;
    QString fileName;  // original file name, for export; never used as a path on import
    QString mediaType; // "application/pdf", "text/plain"
    QByteArray sha256; // lowercase hex
    qint64 sizeBytes = 0;
    QDateTime capturedAtUtc;
    QString capturedBy;
    QString originalUrl;
    friend bool operator==(const Capture &, const Capture &) = default;
};

} // namespace sightline
