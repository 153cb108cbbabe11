#include "sightline/edit/document.h"

#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

Document::Document(std::unique_ptr<Project> project, QObject *parent) : QObject(parent), m_project(std::move(project)) {}

Document::~Document() = default;

QString Document::push(RecordCommandBase *command)
{
    std::unique_ptr<RecordCommandBase> owned(command);
    if (const QString why = command->firstRun(); !why.isEmpty())
        return why; // refused: the project is unchanged and the history too
    m_undo.push(owned.release());
    return {};
}

QString Document::takeError()
{
    return std::exchange(m_lastError, QString());
}

} // namespace sightline::edit
