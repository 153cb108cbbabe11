#include "sightline/edit/capturecommands.h"

#include <QFile>

namespace sightline::edit {

AttachCaptureCommand::AttachCaptureCommand(Document &document, Capture description, const QString &filePath,
                                           const QString &text)
    : RecordCommandBase(document, text), m_description(std::move(description)), m_filePath(filePath)
{
    if (m_description.meta.id.isNull())
        m_description.meta.id = QUuid::createUuid();
}

void AttachCaptureCommand::apply()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io, m_filePath, QStringLiteral("cannot read: ") + file.errorString());
    Project &project = m_document.project();
    Project::Batch batch(project);
    const Capture stored = project.addCapture(m_description, file);
    if (!m_capture.sha256.isEmpty() && stored.sha256 != m_capture.sha256)
        throw StoreError(StoreError::Kind::Invalid, m_filePath,
                         QStringLiteral("has changed since it was attached (SHA-256 %1, was %2)")
                             .arg(QString::fromLatin1(stored.sha256), QString::fromLatin1(m_capture.sha256)));
    batch.commit();
    m_capture = stored;
}

void AttachCaptureCommand::revert()
{
    m_document.project().remove<Capture>(m_capture.meta.id);
}

} // namespace sightline::edit
