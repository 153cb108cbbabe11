#pragma once

#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// Saves a judgment and what it rests on as one undoable step: the judgment itself through
// SaveRecordCommand<Judgment>, a "depends on" link (judgment → record) through
// SaveRecordCommand<Link> for each record of restsOn it does not rest on yet, and
// DeleteRecordCommand<Link> for each basis link (depends on, or supports) to a record no longer
// in restsOn. A judgment with a null id is created.
CompoundRecordCommand *saveJudgmentCommand(Document &document, Judgment judgment, const QList<RecordRef> &restsOn,
                                           const QString &text);

// Deletes a judgment with every link that names it, as one step; undo brings back both.
CompoundRecordCommand *deleteJudgmentCommand(Document &document, const QUuid &judgmentId, const QString &text);

} // namespace sightline::edit
