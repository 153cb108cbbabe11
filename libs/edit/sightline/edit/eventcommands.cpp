#include "sightline/edit/eventcommands.h"

#include "sightline/edit/document.h"

#include "sightline/core/link.h"

#include <QCoreApplication>

namespace sightline::edit {
namespace {
// The merge id of a drag that moves one event: consecutive retimes of the same event merge.
constexpr int kRetimeEvent = 1501;
} // namespace

RecordCommandBase *saveEventCommand(Document &document, const Event &event)
{
    const bool exists = !event.meta.id.isNull() && document.project().find<Event>(event.meta.id).has_value();
    const QString text = exists ? QCoreApplication::translate("EventCommands", "Edit event %1").arg(event.title)
                                : QCoreApplication::translate("EventCommands", "Add event %1").arg(event.title);
    return new SaveRecordCommand<Event>(document, event, text);
}

QList<RecordRef> eventBasis(const Project &project, const QUuid &eventId)
{
    QList<RecordRef> out;
    for (const Link &l : project.all<Link>())
        if (l.from.type == RecordType::Event && l.from.id == eventId && l.relation == LinkRelation::DependsOn &&
            !out.contains(l.to))
            out << l.to;
    return out;
}

CompoundRecordCommand *saveEventCommand(Document &document, Event event, const QList<RecordRef> &basis)
{
    const bool exists = !event.meta.id.isNull() && document.project().find<Event>(event.meta.id).has_value();
    const QString text = exists ? QCoreApplication::translate("EventCommands", "Edit event %1").arg(event.title)
                                : QCoreApplication::translate("EventCommands", "Add event %1").arg(event.title);
    if (event.meta.id.isNull())
        event.meta.id = QUuid::createUuid();
    const QUuid id = event.meta.id;
    auto *command = new CompoundRecordCommand(document, RecordType::Event, text);
    command->add(new SaveRecordCommand<Event>(document, event, text));
    setBasisLinks(*command, document, {RecordType::Event, id}, basis, [&id](const Link &l) {
        return l.from.type == RecordType::Event && l.from.id == id && l.relation == LinkRelation::DependsOn ? l.to
                                                                                                          : RecordRef();
    }, text);
    return command;
}

RecordCommandBase *retimeEventCommand(Document &document, const QUuid &eventId, const TimeSpan &time)
{
    auto event = document.project().find<Event>(eventId);
    if (!event)
        return nullptr;
    event->time = time;
    return new SaveRecordCommand<Event>(document, *event,
                                        QCoreApplication::translate("EventCommands", "Move event %1").arg(event->title),
                                        kRetimeEvent);
}

} // namespace sightline::edit
