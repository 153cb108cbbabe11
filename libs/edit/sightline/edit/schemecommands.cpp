#include "sightline/edit/schemecommands.h"

namespace sightline::edit {

SetGradingSchemeCommand::SetGradingSchemeCommand(Document &document, const GradingScheme &scheme, const QString &text)
    : RecordCommandBase(document, text), m_after(&scheme), m_before(&document.project().gradingScheme())
{
}

void SetGradingSchemeCommand::apply()
{
    m_document.project().setGradingScheme(*m_after);
}

void SetGradingSchemeCommand::revert()
{
    m_document.project().setGradingScheme(*m_before);
}

} // namespace sightline::edit
