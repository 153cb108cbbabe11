#include "sightline/edit/judgmentcommands.h"

namespace sightline::edit {
namespace {

// The record a basis link joins the judgment to; null when the link is no basis link.
RecordRef basisEnd(const Link &l, const QUuid &judgmentId)
{
    if (l.relation == LinkRelation::DependsOn && l.from.type == RecordType::Judgment && l.from.id == judgmentId)
        return l.to;
    if (l.relation == LinkRelation::Supports && l.to.type == RecordType::Judgment && l.to.id == judgmentId)
        return l.from;
    return {};
}

} // namespace

CompoundRecordCommand *saveJudgmentCommand(Document &document, Judgment judgment, const QList<RecordRef> &restsOn,
                                           const QString &text)
{
    if (judgment.meta.id.isNull())
        judgment.meta.id = QUuid::createUuid();
    const QUuid id = judgment.meta.id;
    auto *command = new CompoundRecordCommand(document, RecordType::Judgment, text);
    command->add(new SaveRecordCommand<Judgment>(document, judgment, text));
    setBasisLinks(*command, document, {RecordType::Judgment, id}, restsOn,
                  [&id](const Link &l) { return basisEnd(l, id); }, text);
    return command;
}

CompoundRecordCommand *deleteJudgmentCommand(Document &document, const QUuid &judgmentId, const QString &text)
{
    auto *command = new CompoundRecordCommand(document, RecordType::Judgment, text);
    for (const Link &l : document.project().all<Link>())
        if (l.from.id == judgmentId || l.to.id == judgmentId)
            command->add(new DeleteRecordCommand<Link>(document, l.meta.id, text));
    command->add(new DeleteRecordCommand<Judgment>(document, judgmentId, text));
    return command;
}

} // namespace sightline::edit
