// Full-text search over the project (SQLite FTS5).
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema_evidence.h"
#include "sightline/store/sqlite.h"

#include <algorithm>

namespace sightline {

using namespace store;

namespace {
constexpr int kRankedCandidates = 2000;
}

QList<SearchHit> Project::search(const QString &text, int limit) const
{
    QList<SearchHit> out;
    const QString query = ftsQuery(text);
    if (query.isEmpty() || limit <= 0)
        return out;
    ensureSearchIndex(*m_db);
    // bm25 over every match of a word that is in nearly every record costs ~100 ms at 100,000
    // claims; ranking only the kRankedCandidates newest matches keeps a search under 20 ms and
    // ranks a rarer word's matches in full.
    auto s = m_db->prepare(QStringLiteral(
        "SELECT record_type, record_uuid, part, snippet(search_index, 3, '[', ']', '...', 12), m.score "
        "FROM (SELECT rowid, score FROM (SELECT rowid, bm25(search_index) AS score FROM search_index "
        "WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT ?3) ORDER BY score LIMIT ?2) m "
        "JOIN search_index ON search_index.rowid = m.rowid AND search_index MATCH ?1 ORDER BY m.score"));
    s.bind(1, query).bind(2, limit).bind(3, std::max(limit, kRankedCandidates));
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
