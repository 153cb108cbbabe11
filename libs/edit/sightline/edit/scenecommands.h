#pragma once

#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// Moves a scene's file into the project (its bytes stored with it, so the project travels
// alone); undo deletes the stored bytes and makes the scene refer to its file again. Refused,
// naming the file, when the file is missing or has changed since it was imported.
class EmbedSceneCommand : public RecordCommandBase
{
public:
    EmbedSceneCommand(Document &document, const QUuid &sceneId, const QString &text);

protected:
    void apply() override;
    void revert() override;
    RecordType recordType() const override { return RecordType::Scene; }

private:
    QUuid m_sceneId;
    QString m_referencePath; // the path the scene had before it was embedded
};

} // namespace sightline::edit

namespace sightline::edit {

// Removes a scene and every annotation drawn on it, in one step and one transaction, so that no
// annotation is left pointing at nothing; undo puts them all back with the same ids. The window
// asks first when there are annotations (annotationsOnScene).
CompoundRecordCommand *removeSceneCommand(Document &document, const QUuid &sceneId, const QString &text);

// Stores a scene's changed details; when its acquisition time changed, the annotations drawn on
// it take the new time in the same step (the store moves them with the scene).
CompoundRecordCommand *saveSceneCommand(Document &document, const ImageryScene &after, const QString &text);

} // namespace sightline::edit
