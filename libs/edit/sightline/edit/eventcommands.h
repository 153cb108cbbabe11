#pragma once

#include "sightline/core/event.h"
#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// Events as the timeline and the event form edit them, each one undoable step through
// SaveRecordCommand<Event>.

// Creates the event (a null id gets a new one) or replaces the stored one with the same id:
// "Add event Summit" / "Edit event Summit".
RecordCommandBase *saveEventCommand(Document &document, const Event &event);
// Moves or stretches a stored event to a new time; consecutive moves of the same event (a drag on
// the timeline) merge into one step. Null when there is no such event.
RecordCommandBase *retimeEventCommand(Document &document, const QUuid &eventId, const TimeSpan &time);

} // namespace sightline::edit
