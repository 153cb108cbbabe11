#pragma once

#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// Marks a record reviewed: its open flags are cleared with the note (kept in the file, with who
// and when). Undo opens the same flags again.
class ClearReviewCommand : public RecordCommandBase
{
public:
    ClearReviewCommand(Document &document, RecordRef record, QString note, const QString &text);

protected:
    void apply() override;
    void revert() override;
    RecordType recordType() const override { return m_record.type; }

private:
    RecordRef m_record;
    QString m_note;
    QList<qint64> m_cleared; // the flags the last run cleared
};

} // namespace sightline::edit
