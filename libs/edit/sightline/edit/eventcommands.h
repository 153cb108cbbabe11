#pragma once

#include "sightline/core/event.h"
#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// Events as the timeline and the event form edit them, each one undoable step through
// SaveRecordCommand<Event>.

// Creates the event (a null id gets a new one) or replaces the stored one with the same id:
// "Add event Summit" / "Edit event Summit".
RecordCommandBase *saveEventCommand(Document &document, const Event &event);
// Saves the event and what it rests on as one step: a "depends on" link (event → record) for each
// claim or observation of basis it does not rest on yet, and the removal of each such link to a
// record no longer in basis. Undo restores the event and its links together.
CompoundRecordCommand *saveEventCommand(Document &document, Event event, const QList<RecordRef> &basis);
// The claims and observations an event rests on (its "depends on" links), in the order made.
QList<RecordRef> eventBasis(const Project &project, const QUuid &eventId);
// Moves or stretches a stored event to a new time; consecutive moves of the same event (a drag on
// the timeline) merge into one step. Null when there is no such event.
RecordCommandBase *retimeEventCommand(Document &document, const QUuid &eventId, const TimeSpan &time);

} // namespace sightline::edit
