#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

RecordCommandBase::RecordCommandBase(Document &document, const QString &text) : QUndoCommand(text), m_document(document) {}

QString RecordCommandBase::firstRun()
{
    try {
        apply();
    } catch (const StoreError &e) {
        return e.message();
    }
    m_firstRunDone = true;
    announce();
    return {};
}

void RecordCommandBase::redo()
{
    if (m_firstRunDone) { // QUndoStack::push calls redo() right after the first run
        m_firstRunDone = false;
        return;
    }
    runLater([this] { apply(); });
}

void RecordCommandBase::undo()
{
    runLater([this] { revert(); });
}

void RecordCommandBase::runLater(const std::function<void()> &step)
{
    // An undo or redo the project refuses (the disk, say) retires the command and is reported.
    try {
        step();
    } catch (const StoreError &e) {
        setObsolete(true);
        m_document.m_lastError = e.message();
    }
    announce();
}

void RecordCommandBase::announce()
{
    emit m_document.recordsChanged(recordType());
    for (RecordType type : alsoChanged())
        if (type != recordType())
            emit m_document.recordsChanged(type);
}

CompoundRecordCommand::CompoundRecordCommand(Document &document, RecordType type, const QString &text)
    : RecordCommandBase(document, text), m_type(type)
{
}

CompoundRecordCommand::~CompoundRecordCommand() = default;

void CompoundRecordCommand::add(RecordCommandBase *step)
{
    m_steps.emplace_back(step);
}

QList<RecordType> CompoundRecordCommand::alsoChanged() const
{
    QList<RecordType> out;
    for (const auto &step : m_steps)
        for (RecordType type : QList<RecordType>{step->recordType()} + step->alsoChanged())
            if (type != m_type && !out.contains(type))
                out << type;
    return out;
}

void CompoundRecordCommand::apply()
{
    Project::Batch batch(m_document.project());
    for (const auto &step : m_steps)
        step->apply();
    batch.commit();
}

void CompoundRecordCommand::revert()
{
    Project::Batch batch(m_document.project());
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        (*it)->revert();
    batch.commit();
}

void setBasisLinks(CompoundRecordCommand &command, Document &document, const RecordRef &from,
                   const QList<RecordRef> &basis, const std::function<RecordRef(const Link &)> &basisEnd,
                   const QString &text)
{
    QList<RecordRef> kept;
    QList<QUuid> dropped;
    for (const Link &l : document.project().all<Link>()) {
        const RecordRef end = basisEnd(l);
        if (end.id.isNull())
            continue;
        if (basis.contains(end) && !kept.contains(end))
            kept << end;
        else
            dropped << l.meta.id;
    }
    for (const QUuid &linkId : dropped)
        command.add(new DeleteRecordCommand<Link>(document, linkId, text));
    for (const RecordRef &ref : basis) {
        if (kept.contains(ref))
            continue;
        kept << ref;
        Link l;
        l.from = from;
        l.to = ref;
        l.relation = LinkRelation::DependsOn;
        command.add(new SaveRecordCommand<Link>(document, l, text));
    }
}

} // namespace sightline::edit
