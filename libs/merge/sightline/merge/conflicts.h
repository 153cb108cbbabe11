#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace sightline {
class Project;
}

namespace sightline::merge {

// A conflict a merge could not decide, as the project keeps it (merge_conflicts) until it is
// resolved. Values are a field's JSON value or, for edit/delete and add/add, the whole content.
struct Conflict
{
    QUuid id;
    QString kind; // edit/edit, edit/delete, delete/edit, add/add, geometry, grade
    QString table;
    QUuid recordId;
    QString field; // empty for a conflict about the whole record
    QJsonValue ancestor, mine, theirs;
    QString mineAuthor, theirsAuthor;
    QDateTime mineUtc, theirsUtc;
    QString detail; // in the analyst's terms: "graded B by ana in mine, D by ben in theirs"
    QDateTime mergedUtc;
    QString mergedBy;
    QDateTime resolvedUtc;
    QString resolvedBy;
    QString resolution; // "mine", "theirs", "edited"
    bool isResolved() const { return resolvedUtc.isValid(); }
};

// Conflicts of a project, unresolved only or all, in the order the merges made them.
QList<Conflict> conflicts(Project &project, bool unresolvedOnly = true);
std::optional<Conflict> findConflict(Project &project, const QUuid &id);

enum class Resolution
{
    KeepMine,
    KeepTheirs,
    Edit
};

// Resolves a conflict: the record takes mine, theirs or the given value (for the conflict's field,
// or the whole content for a record conflict; null content deletes the record), is saved with a
// new version in its history, and the conflict is marked resolved. One transaction. Throws
// StoreError::Invalid for an unknown or already resolved conflict.
void resolveConflict(Project &project, const QUuid &conflictId, Resolution resolution,
                     const QJsonValue &edited = {});
// Undoes a resolution: the record's field (or content) back to before, the conflict unresolved.
void reopenConflict(Project &project, const QUuid &conflictId, const QJsonValue &valueBefore);

// The record's present value of the conflict's field (or content; null when the record is gone).
QJsonValue currentValue(Project &project, const Conflict &conflict);

} // namespace sightline::merge
