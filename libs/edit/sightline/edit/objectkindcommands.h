#pragma once

#include "sightline/core/objectkinds.h"
#include "sightline/edit/recordcommands.h"

#include <optional>

namespace sightline::edit {

// Adds a kind to the project's own vocabulary, or renames and recolours one it has. Undo takes
// an added kind out again (refused while annotations made since mark it) or restores the name
// and colour it had. Announced as an annotation change: the vocabulary is what annotations mark.
class SaveObjectKindCommand : public RecordCommandBase
{
public:
    SaveObjectKindCommand(Document &document, ObjectKind kind, const QString &text);

protected:
    void apply() override;
    void revert() override;
    RecordType recordType() const override { return RecordType::Annotation; }

private:
    ObjectKind m_after;
    std::optional<ObjectKind> m_before;
};

} // namespace sightline::edit
