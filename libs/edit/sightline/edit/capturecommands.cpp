#include "sightline/edit/capturecommands.h"

namespace sightline::edit {

AttachCaptureCommand::AttachCaptureCommand(Document &document, Capture description, const QString &filePath,
                                           CaptureIntake intake, const QString &text)
    : RecordCommandBase(document, text), m_description(std::move(description)), m_filePath(filePath),
      m_intake(std::move(intake))
{
    if (m_description.meta.id.isNull())
        m_description.meta.id = QUuid::createUuid();
}

void AttachCaptureCommand::apply()
{
    Project &project = m_document.project();
    Project::Batch batch(project);
    const Capture stored = m_intake(project, m_description, m_filePath);
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
