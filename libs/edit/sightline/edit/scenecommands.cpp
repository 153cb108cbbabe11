#include "sightline/edit/scenecommands.h"

#include "sightline/edit/annotationcommands.h"
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

namespace sightline::edit {

CompoundRecordCommand *removeSceneCommand(Document &document, const QUuid &sceneId, const QString &text)
{
    auto *command = new CompoundRecordCommand(document, RecordType::Scene, text);
    for (const Annotation &a : annotationsOnScene(document.project(), sceneId))
        command->add(new DeleteRecordCommand<Annotation>(document, a.meta.id, text));
    command->add(new DeleteRecordCommand<ImageryScene>(document, sceneId, text));
    return command;
}

CompoundRecordCommand *saveSceneCommand(Document &document, const ImageryScene &after, const QString &text)
{
    // The store moves the scene's annotations and their counts to its new time in the same save.
    auto *command = new CompoundRecordCommand(document, RecordType::Scene, text);
    command->add(new SaveRecordCommand<ImageryScene>(document, after, text));
    return command;
}

} // namespace sightline::edit
