#pragma once

#include "sightline/core/grading.h"
#include "sightline/core/link.h"

#include <QDateTime>

namespace sightline {

// A record put on the "needs review" list because something it rests on changed: a source was
// downgraded or discredited. Flags are cleared, not deleted, so the list keeps its history.
struct ReviewFlag
{
    qint64 sequence = 0;
    RecordRef record;
    QUuid causeId;  // the source whose grade changed
    QString reason; // "source ... downgraded from B to D (...): quoted from source ..."
    QDateTime raisedUtc;
    QString raisedBy;
    QDateTime clearedUtc; // null while open
    QString clearedBy;
    QString clearNote;
    bool isOpen() const { return clearedUtc.isNull(); }
};

// One step in a source's grading history: the grade it was given, when, by whom and why.
struct SourceGradeChange
{
    QUuid sourceId;
    Reliability reliability = Reliability::F;
    QDateTime atUtc;
    QString author;
    QString reason;
};

// One hit of a full-text search: the record, which of its texts matched ("record" for its own
// fields, "content" for a capture's text) and a snippet with the matches in [brackets].
struct SearchHit
{
    RecordRef record;
    QString part;
    QString snippet;
    double score = 0.0; // bm25: lower is better
};

} // namespace sightline
