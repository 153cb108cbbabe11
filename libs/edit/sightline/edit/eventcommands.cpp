#include "sightline/edit/eventcommands.h"

#include "sightline/edit/document.h"

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
