#include "sightline/edit/scenecommands.h"

#include "sightline/store/scenefiles.h"

namespace sightline::edit {

EmbedSceneCommand::EmbedSceneCommand(Document &document, const QUuid &sceneId, const QString &text)
    : RecordCommandBase(document, text), m_sceneId(sceneId)
{
    if (const auto scene = document.project().find<ImageryScene>(sceneId))
        m_referencePath = scene->filePath;
}

void EmbedSceneCommand::apply()
{
    store::embedSceneFile(m_document.project(), m_sceneId);
}

void EmbedSceneCommand::revert()
{
    store::referenceSceneFile(m_document.project(), m_sceneId, m_referencePath);
}

} // namespace sightline::edit
