#pragma once

#include "sightline/edit/recordcommands.h"

#include <QList>

namespace sightline::edit {

// Many new records of several types as one step, made by a function that stores them in one
// transaction of its own (an import of another tool's file) and says what it added. Undo removes
// them, newest first (links before the claims they join, claims before their sources); redo runs
// the function again, which must add the same records (imports derive their ids from the file).
// Every type it touched is announced through Document::recordsChanged. GUI thread only.
class AddedRecordsCommand : public RecordCommandBase
{
public:
    // add: stores the records and returns them; throws StoreError when the project refuses.
    using AddFunction = std::function<QList<RecordRef>(Project &)>;
    AddedRecordsCommand(Document &document, const QString &text, AddFunction add);
    const QList<RecordRef> &added() const { return m_added; }

protected:
    void apply() override;
    void revert() override;
    RecordType recordType() const override
    {
        return m_added.isEmpty() ? RecordType::Site : m_added.first().type;
    }

private:
    void announce();
    AddFunction m_add;
    QList<RecordRef> m_added;
};

} // namespace sightline::edit
