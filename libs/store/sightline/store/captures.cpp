// Capture content: streamed into the project in chunks, hashed on the way in and on request.
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/sqlite.h"

#include <QCryptographicHash>

namespace sightline {

using namespace store;

namespace {
constexpr qint64 kChunkBytes = 1024 * 1024;
}

Capture Project::addCapture(Capture description, QIODevice &content, qint64 maxBytes)
{
    requireWritable();
    const QString name = description.fileName.isEmpty() ? QStringLiteral("capture") : description.fileName;
    if (!content.isSequential() && content.size() > maxBytes)
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("refusing capture \"%1\": %2 bytes is over the limit of %3 bytes")
                             .arg(name)
                             .arg(content.size())
                             .arg(maxBytes));
    if (!exists(RecordType::Source, description.sourceId))
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("refusing capture \"%1\": its source is not in the project").arg(name));
    Batch batch(*this);
    if (description.meta.id.isNull())
        description.meta.id = QUuid::createUuid();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO capture_chunks (capture_uuid, seq, data) VALUES (?, ?, ?)"));
    for (qint64 seq = 0;; ++seq) {
        const QByteArray chunk = content.read(kChunkBytes);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > maxBytes)
            throw StoreError(StoreError::Kind::Invalid, path(),
                             QStringLiteral("refusing capture \"%1\": more than the limit of %2 bytes")
                                 .arg(name)
                                 .arg(maxBytes));
        hash.addData(chunk);
        insert.bind(1, uuidText(description.meta.id)).bind(2, seq).bind(3, chunk);
        insert.run();
    }
    description.sha256 = hash.result().toHex();
    description.sizeBytes = total;
    if (!description.capturedAtUtc.isValid())
        description.capturedAtUtc = nowUtc();
    if (description.capturedBy.isEmpty())
        description.capturedBy = m_author;
    save(description);
    appendCustody(RecordType::Capture, description.meta.id, CustodyEntry::Action::Imported, description.sha256,
                  QStringLiteral("%1, %2 bytes, version %3")
                      .arg(name)
                      .arg(total)
                      .arg(captureVersion(description.meta.id)));
    batch.commit();
    return description;
}

void Project::readCaptureContent(const QUuid &captureId, QIODevice &out) const
{
    if (!exists(RecordType::Capture, captureId))
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("no capture %1 in the project").arg(uuidText(captureId)));
    auto s = m_db->prepare(QStringLiteral("SELECT data FROM capture_chunks WHERE capture_uuid = ? ORDER BY seq"));
    s.bind(1, uuidText(captureId));
    while (s.next()) {
        const QByteArray chunk = s.blob(0);
        if (out.write(chunk) != chunk.size())
            throw StoreError(StoreError::Kind::Io, path(),
                             QStringLiteral("cannot write capture content: ") + out.errorString());
    }
}

QByteArray Project::hashCaptureContent(const QUuid &captureId) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto s = m_db->prepare(QStringLiteral("SELECT data FROM capture_chunks WHERE capture_uuid = ? ORDER BY seq"));
    s.bind(1, uuidText(captureId));
    while (s.next())
        hash.addData(s.blob(0));
    return hash.result().toHex();
}

} // namespace sightline
