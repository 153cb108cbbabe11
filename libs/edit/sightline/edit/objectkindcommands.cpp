#include "sightline/edit/objectkindcommands.h"

#include <algorithm>

namespace sightline::edit {

SaveObjectKindCommand::SaveObjectKindCommand(Document &document, ObjectKind kind, const QString &text)
    : RecordCommandBase(document, text), m_after(std::move(kind))
{
    const QList<ObjectKind> own = document.project().objectKinds();
    const auto it = std::find_if(own.begin(), own.end(), [this](const ObjectKind &k) { return k.key == m_after.key; });
    if (it != own.end())
        m_before = *it;
}

void SaveObjectKindCommand::apply()
{
    m_document.project().saveObjectKind(m_after);
}

void SaveObjectKindCommand::revert()
{
    if (m_before)
        m_document.project().saveObjectKind(*m_before);
    else
        m_document.project().removeObjectKind(m_after.key);
}

} // namespace sightline::edit
