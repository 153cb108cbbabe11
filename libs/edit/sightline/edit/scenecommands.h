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
