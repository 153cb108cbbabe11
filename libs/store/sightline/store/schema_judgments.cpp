// The judgments step of the project schema.
#include "sightline/store/schema_judgments.h"

#include "sightline/store/recordtable.h"
#include "sightline/store/schema.h"

namespace sightline::store {

void createJudgmentsTable(sql::Database &db)
{
    createRecordTable(db, RecordTable<Judgment>::spec());
}

} // namespace sightline::store
