#pragma once

#include "sightline/core/kinds.h"

#include <QDateTime>
#include <QUuid>

namespace sightline {

// One line of a project's append-only history: who did what to which record, when. Merging and
// chain of custody read it; nothing ever rewrites it.
struct ChangeLogEntry
{
    enum class Action { Insert, Update, Delete };
    qint64 sequence = 0;
    QDateTime atUtc;
    QString author;
    Action action = Action::Insert;
    RecordType recordType = RecordType::Site;
    // As stored: toKey(recordType), or "map_layers" for a change of the map's layer state,
    // which is not a record (recordType then means nothing).
    QString recordTypeKey;
    QUuid recordId;
    int revision = 0;
    QString summary;
};

QString toKey(ChangeLogEntry::Action a);

} // namespace sightline
