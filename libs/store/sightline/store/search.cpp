// Full-text search over the project (SQLite FTS5).
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema_evidence.h"
#include "sightline/store/sqlite.h"

namespace sightline {

using namespace store;

QList<SearchHit> Project::search(const QString &text, int limit) const
{
    QList<SearchHit> out;
    const QString query = ftsQuery(text);
    if (query.isEmpty() || limit <= 0 || !hasTable(QStringLiteral("search_index")))
        return out;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT r.record_type, r.record_uuid, r.part, snippet(search_index, 0, '[', ']', '...', 12), m.rank "
        "FROM (SELECT rowid, rank FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT ?2) m "
        "JOIN search_index ON search_index.rowid = m.rowid AND search_index MATCH ?1 "
        "JOIN search_rows r ON r.rowid = m.rowid ORDER BY m.rank"));
    s.bind(1, query).bind(2, limit);
    while (s.next()) {
        RowReader r(s);
        SearchHit h;
        h.record.type = fromKey<RecordType>(r.text()).value_or(RecordType::Claim);
        h.record.id = r.uuid();
        h.part = r.text();
        h.snippet = r.text();
        h.score = r.real();
        out << h;
    }
    return out;
}

} // namespace sightline
