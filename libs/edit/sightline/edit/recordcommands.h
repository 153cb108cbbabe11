#pragma once

#include "sightline/edit/document.h"
#include "sightline/store/recordtable.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace sightline::edit {

// Ids for commands that merge with the one before them (consecutive moves of one site).
enum CommandId { MoveRecord = 1 };

// Base of every edit. The first run happens in Document::push, so that a refused edit never
// enters the history; undo and redo after that write through the store like any edit.
// The command owns copies of the records it needs (before and after), never pointers into views.
class RecordCommandBase : public QUndoCommand
{
public:
    RecordCommandBase(Document &document, const QString &text);
    // Performs the edit for the first time; empty, or why the project refused it.
    QString firstRun();
    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;  // throws StoreError
    virtual void revert() = 0; // throws StoreError
    virtual RecordType recordType() const = 0;
    // Other types the edit changes as well (a scene removed with its annotations); each is
    // announced with recordType() after every run.
    virtual QList<RecordType> alsoChanged() const { return {}; }
    // Tells the document's followers what changed, after every run: recordsChanged for
    // recordType() and alsoChanged(). A command that changes no record says so otherwise.
    virtual void announce();
    Document &m_document;

private:
    friend class CompoundRecordCommand;
    void runLater(const std::function<void()> &step);
    bool m_firstRunDone = false;
};

// Several record edits as one step, in one transaction (a judgment with the links that say what
// it rests on): applied in the order added, reverted in reverse order. When the project refuses
// any of them, none is stored. Owns its steps.
class CompoundRecordCommand : public RecordCommandBase
{
public:
    CompoundRecordCommand(Document &document, RecordType type, const QString &text);
    ~CompoundRecordCommand() override;
    void add(RecordCommandBase *step);
    int stepCount() const { return static_cast<int>(m_steps.size()); }

protected:
    void apply() override;
    void revert() override;
    RecordType recordType() const override { return m_type; }
    QList<RecordType> alsoChanged() const override;

private:
    RecordType m_type;
    std::vector<std::unique_ptr<RecordCommandBase>> m_steps;
};

// Saves a record: creates it when its id is not in the project, else replaces the stored one.
// Undo restores what was stored before (or removes what was created).
template <typename T> class SaveRecordCommand : public RecordCommandBase
{
public:
    SaveRecordCommand(Document &document, T after, const QString &text, int mergeId = -1)
        : RecordCommandBase(document, text), m_after(std::move(after)), m_mergeId(mergeId)
    {
        if (m_after.meta.id.isNull())
            m_after.meta.id = QUuid::createUuid();
        m_before = document.project().template find<T>(m_after.meta.id);
    }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const SaveRecordCommand<T> *>(other);
        if (!o || o->m_after.meta.id != m_after.meta.id)
            return false;
        m_after = o->m_after; // keep our "before": one undo step for the whole drag
        return true;
    }
    const T &after() const { return m_after; }

protected:
    void apply() override { write(m_after); }
    void revert() override
    {
        if (m_before)
            write(*m_before);
        else
            m_document.project().template remove<T>(m_after.meta.id);
    }
    RecordType recordType() const override { return store::RecordTable<T>::spec().type; }
    // The store keeps a scene's annotations (and their counted observations) at its time, and an
    // annotation's count in its observation: what it changed with the record is announced too.
    QList<RecordType> alsoChanged() const override
    {
        if constexpr (std::is_same_v<T, ImageryScene>)
            return {RecordType::Annotation, RecordType::Observation};
        else if constexpr (std::is_same_v<T, Annotation>)
            return {RecordType::Observation};
        else
            return {};
    }

private:
    void write(T value)
    {
        // Written over whatever revision is stored now: the edit is a new revision, not a rewind.
        const auto stored = m_document.project().template find<T>(value.meta.id);
        const QUuid id = value.meta.id;
        value.meta = stored ? stored->meta : RecordMeta{};
        value.meta.id = id;
        m_document.project().save(value);
    }

    std::optional<T> m_before;
    T m_after;
    int m_mergeId;
};

// Removes a record; undo puts it back with the same identity.
template <typename T> class DeleteRecordCommand : public RecordCommandBase
{
public:
    DeleteRecordCommand(Document &document, const QUuid &id, const QString &text)
        : RecordCommandBase(document, text), m_id(id), m_before(document.project().template find<T>(id))
    {
    }

protected:
    void apply() override { m_document.project().template remove<T>(m_id); }
    void revert() override
    {
        if (!m_before)
            return;
        T value = *m_before;
        value.meta.revision = 0; // stored anew, same id
        m_document.project().save(value);
    }
    RecordType recordType() const override { return store::RecordTable<T>::spec().type; }

private:
    QUuid m_id;
    std::optional<T> m_before;
};

// Adds to `command` the link edits that make `from` rest on exactly `basis` (a judgment on its
// claims, an event on the claims and observations behind it): existing basis links to records no
// longer in it are removed, and a "depends on" link is added for each new one. basisEnd: the
// record an existing link joins `from` to as its basis; null for a link that is no basis link.
void setBasisLinks(CompoundRecordCommand &command, Document &document, const RecordRef &from,
                   const QList<RecordRef> &basis, const std::function<RecordRef(const Link &)> &basisEnd,
                   const QString &text);

} // namespace sightline::edit
