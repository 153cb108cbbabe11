#pragma once

#include "sightline/merge/conflicts.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace sightline::merge {

struct MergeOptions
{
    QString basePath;       // optional: the copy both started from, for records whose histories share nothing
    bool unrelated = false; // merge copies of different projects: a union by UUID, differences as conflicts
    bool overwrite = false; // replace an existing output file
    QString author;         // who merges: author of merged versions and of the merge's change log entries
};

// What the merge did with one record, or with one log.
struct MergeDecision
{
    QString table;
    QUuid recordId;
    QString decision; // "took theirs", "kept mine", "merged fields", "conflict", "log union" ...
    QString detail;
};

struct MergeReport
{
    QString mine, theirs, output;
    qint64 recordsCompared = 0;
    qint64 recordsUnchanged = 0;
    qint64 logEntriesAdded = 0;
    QList<MergeDecision> decisions;
    QList<Conflict> conflicts; // made by this merge (those the inputs held are in the output as well)
    double seconds = 0;
    QJsonObject toJson() const;
    QStringList lines() const;
};

// Merges two copies of one project into a new file. Each copy is checked as untrusted input
// (not a project, newer schema, damaged: StoreError naming the file) and neither is changed; a
// copy of an older schema is migrated in a temporary copy. For every record the last version both
// copies hold is found from their histories (record_history); a change made on one side only is
// taken, changes on both sides are merged field by field, and what cannot be decided becomes a
// conflict stored in the output's merge_conflicts (edit/edit of a field, edit/delete, delete/edit,
// add/add with different content, a geometry moved on both sides, a source graded differently).
// A conflicting field holds, until resolved, the value of the later edit (by time, then by
// hash), so that merging A with B and B with A gives the same records. The logs (change log,
// custody log, grading history, review flags) and the conflicts of both copies are unions by
// entry id. The output is written to a temporary file in its folder and renamed into place: a
// failed merge leaves nothing. Runs on the calling thread.
MergeReport mergeCopies(const QString &minePath, const QString &theirsPath, const QString &outputPath,
                        const MergeOptions &options);

// One difference between two copies, field by field.
struct Difference
{
    QString table;
    QUuid recordId;
    QString change; // "only in A", "only in B", "changed"
    QString field;  // for "changed"
    QJsonValue a, b;
};

// What differs between the records of two project files (content, not meta), ordered by table,
// record and field. Both files are opened read-only.
QList<Difference> diffProjects(const QString &pathA, const QString &pathB);

} // namespace sightline::merge
