#include "sightline/edit/reviewcommands.h"

namespace sightline::edit {

ClearReviewCommand::ClearReviewCommand(Document &document, RecordRef record, QString note, const QString &text)
    : RecordCommandBase(document, text), m_record(record), m_note(std::move(note))
{
}

void ClearReviewCommand::apply()
{
    Project &project = m_document.project();
    QList<qint64> open;
    for (const ReviewFlag &flag : project.reviewFlags())
        if (flag.record.id == m_record.id)
            open << flag.sequence;
    project.clearReview(m_record.id, m_note); // refuses a record with no open flag
    m_cleared = open;
}

void ClearReviewCommand::revert()
{
    m_document.project().reopenReview(m_cleared);
}

} // namespace sightline::edit
