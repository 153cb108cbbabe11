#include "sightline/edit/addedrecordscommand.h"

#include <QSet>

namespace sightline::edit {

AddedRecordsCommand::AddedRecordsCommand(Document &document, const QString &text, AddFunction add)
    : RecordCommandBase(document, text), m_add(std::move(add))
{
}

void AddedRecordsCommand::apply()
{
    m_added = m_add(m_document.project());
    setObsolete(m_added.isEmpty()); // a file imported before adds nothing, and no step
    announce();
}

void AddedRecordsCommand::revert()
{
    Project &p = m_document.project();
    Project::Batch batch(p);
    for (auto it = m_added.crbegin(); it != m_added.crend(); ++it) {
        switch (it->type) {
        case RecordType::Site:
            p.remove<Site>(it->id);
            break;
        case RecordType::Source:
            p.remove<Source>(it->id);
            break;
        case RecordType::Claim:
            p.remove<Claim>(it->id);
            break;
        case RecordType::Event:
            p.remove<Event>(it->id);
            break;
        case RecordType::Observation:
            p.remove<Observation>(it->id);
            break;
        case RecordType::Judgment:
            p.remove<Judgment>(it->id);
            break;
        case RecordType::Link:
            p.remove<Link>(it->id);
            break;
        case RecordType::Annotation:
            p.remove<Annotation>(it->id);
            break;
        case RecordType::Bookmark:
            p.remove<Bookmark>(it->id);
            break;
        case RecordType::Capture:
        case RecordType::Scene:
            throw StoreError(StoreError::Kind::Invalid, p.path(),
                             QStringLiteral("captures and scenes are not undone here"));
        }
    }
    batch.commit();
    announce();
}

void AddedRecordsCommand::announce()
{
    // The base announces the first type; the others here.
    QSet<RecordType> types;
    for (const RecordRef &r : std::as_const(m_added))
        types.insert(r.type);
    types.remove(recordType());
    for (RecordType t : std::as_const(types))
        emit m_document.recordsChanged(t);
}

} // namespace sightline::edit
