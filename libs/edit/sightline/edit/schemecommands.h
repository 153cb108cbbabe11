#pragma once

#include "sightline/core/gradingscheme.h"
#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// Switches the project's grading scheme (Admiralty, UK 5x5x5). The project refuses the switch,
// naming the records, while any source or claim has a grade the new scheme lacks.
class SetGradingSchemeCommand : public RecordCommandBase
{
public:
    SetGradingSchemeCommand(Document &document, const GradingScheme &scheme, const QString &text);

protected:
    void apply() override;
    void revert() override;
    RecordType recordType() const override { return RecordType::Source; } // grades show with sources

private:
    const GradingScheme *m_after;
    const GradingScheme *m_before;
};

} // namespace sightline::edit
