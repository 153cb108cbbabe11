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
    QList<RecordRef> kept;
    QList<QUuid> dropped;
    for (const Link &l : document.project().all<Link>()) {
        const RecordRef end = basisEnd(l, id);
        if (end.id.isNull())
            continue;
        if (restsOn.contains(end) && !kept.contains(end))
            kept << end;
        else
            dropped << l.meta.id;
    }
    for (const QUuid &linkId : dropped)
        command->add(new DeleteRecordCommand<Link>(document, linkId, text));
    for (const RecordRef &ref : restsOn) {
        if (kept.contains(ref))
            continue;
        kept << ref;
        Link l;
        l.from = {RecordType::Judgment, id};
        l.to = ref;
        l.relation = LinkRelation::DependsOn;
        command->add(new SaveRecordCommand<Link>(document, l, text));
    }
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
