#pragma once

#include "sightline/edit/recordcommands.h"
#include "sightline/merge/conflicts.h"

#include <QJsonValue>

namespace sightline::edit {

// Resolves one merge conflict: keep mine, keep theirs, or an edited value. The record is written
// with a new version in its history and the conflict marked resolved; undo puts the value the
// record held before back (as a new version) and lists the conflict as unresolved again.
class ResolveConflictCommand : public RecordCommandBase
{
  public:
    ResolveConflictCommand(Document &document, const QUuid &conflictId, merge::Resolution resolution,
                           QJsonValue edited, const QString &text);

  protected:
    void apply() override;
    void revert() override;
    RecordType recordType() const override { return m_type; }

  private:
    QUuid m_conflict;
    merge::Resolution m_resolution;
    QJsonValue m_edited;
    QJsonValue m_before;
    RecordType m_type = RecordType::Site;
};

} // namespace sightline::edit
