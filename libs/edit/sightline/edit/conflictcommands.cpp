#include "sightline/edit/conflictcommands.h"

#include "sightline/store/recordtable.h"

namespace sightline::edit {

ResolveConflictCommand::ResolveConflictCommand(Document &document, const QUuid &conflictId,
                                               merge::Resolution resolution, QJsonValue edited,
                                               const QString &text)
    : RecordCommandBase(document, text), m_conflict(conflictId), m_resolution(resolution),
      m_edited(std::move(edited))
{
    if (const auto c = merge::findConflict(document.project(), conflictId))
        for (const store::TableSpec *spec : store::allTableSpecs())
            if (spec->table == c->table) m_type = spec->type;
}

void ResolveConflictCommand::apply()
{
    Project &project = m_document.project();
    const auto c = merge::findConflict(project, m_conflict);
    if (!c) throw StoreError(StoreError::Kind::Invalid, project.path(), QStringLiteral("no such conflict"));
    m_before = merge::currentValue(project, *c);
    merge::resolveConflict(project, m_conflict, m_resolution, m_edited);
}

void ResolveConflictCommand::revert()
{
    merge::reopenConflict(m_document.project(), m_conflict, m_before);
}

} // namespace sightline::edit
