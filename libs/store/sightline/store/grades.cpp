// Grading: the project's scheme, each source's grading history, and the review flags a
// downgrade raises on what rests on the source.
#include "sightline/core/review.h"
#include "sightline/store/gradehistories.h"
#include "sightline/store/history.h"
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

namespace sightline {

using namespace store;

const GradingScheme &Project::gradingScheme() const
{
    return *m_scheme;
}

void Project::setGradingScheme(const GradingScheme &scheme)
{
    requireWritable();
    QStringList outside;
    for (const Source &s : all<Source>())
        if (!scheme.allows(s.reliability))
            outside << QStringLiteral("source \"%1\" (%2)").arg(s.publisher, toKey(s.reliability));
    for (const Claim &c : all<Claim>())
        if (!scheme.allows(c.credibility))
            outside << QStringLiteral("claim \"%1\" (%2)").arg(c.quote.left(40)).arg(c.credibility.value());
    if (!outside.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("cannot switch to the %1 scheme: %2 record(s) have grades it lacks: %3")
                             .arg(scheme.name())
                             .arg(outside.size())
                             .arg(outside.mid(0, 5).join(QStringLiteral(", "))));
    sql::Transaction tx(*m_db);
    setMetaValue(*m_db, QStringLiteral("grading_scheme"), scheme.key());
    tx.commit();
    m_scheme = &scheme;
}

namespace {
SourceGradeChange readGradeChange(sql::Statement &s)
{
    RowReader r(s);
    SourceGradeChange g;
    g.sourceId = r.uuid();
    g.reliability = reliabilityFromKey(r.text()).value_or(Reliability::F);
    g.atUtc = r.dateTime();
    g.author = r.text();
    g.reason = r.text();
    return g;
}
} // namespace

QList<SourceGradeChange> Project::gradeHistory(const QUuid &sourceId) const
{
    QList<SourceGradeChange> out;
    if (!hasTable(QStringLiteral("source_grades")))
        return out;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT source_uuid, reliability, at_utc, author, reason FROM source_grades WHERE source_uuid = ? ORDER BY fid"));
    s.bind(1, uuidText(sourceId));
    while (s.next())
        out << readGradeChange(s);
    return out;
}

QHash<QUuid, QList<SourceGradeChange>> gradeHistories(const Project &project)
{
    QHash<QUuid, QList<SourceGradeChange>> out;
    if (tableAddedIn(QStringLiteral("source_grades")) > project.schemaVersion())
        return out; // an older file opened read-only: no history yet
    auto s = project.database().prepare(
        QStringLiteral("SELECT source_uuid, reliability, at_utc, author, reason FROM source_grades ORDER BY fid"));
    while (s.next()) {
        SourceGradeChange g = readGradeChange(s);
        out[g.sourceId] << g;
    }
    return out;
}

void Project::setSourceGrade(const QUuid &sourceId, Reliability reliability, const QString &reason)
{
    requireWritable();
    auto source = find<Source>(sourceId);
    if (!source)
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("no source %1 in the project").arg(uuidText(sourceId)));
    if (source->reliability == reliability)
        return;
    source->reliability = reliability;
    m_pendingGradeReason = reason;
    try {
        save(*source);
    } catch (...) {
        m_pendingGradeReason.clear();
        throw;
    }
    m_pendingGradeReason.clear();
}

void Project::discreditSource(const QUuid &sourceId, const QString &reason)
{
    setSourceGrade(sourceId, m_scheme->discredited(),
                   reason.isEmpty() ? QStringLiteral("discredited") : QStringLiteral("discredited: ") + reason);
}

// Runs inside the save's transaction, so the history entry and the flags are stored with the
// new grade or not at all.
void Project::afterSourceSaved(const Source &source)
{
    auto last = m_db->prepare(QStringLiteral(
        "SELECT reliability FROM source_grades WHERE source_uuid = ? ORDER BY fid DESC LIMIT 1"));
    last.bind(1, uuidText(source.meta.id));
    const bool graded = last.next();
    const Reliability before = graded ? reliabilityFromKey(last.text(0)).value_or(Reliability::F) : Reliability::F;
    if (graded && before == source.reliability)
        return;
    auto ins = m_db->prepare(QStringLiteral(
        "INSERT INTO source_grades (source_uuid, reliability, at_utc, author, reason, entry_uuid) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    RowWriter(ins) << source.meta.id << toKey(source.reliability) << source.meta.modifiedUtc << m_author
                   << (m_pendingGradeReason.isEmpty() && !graded ? QStringLiteral("first grade") : m_pendingGradeReason)
                   << newEntryId();
    ins.run();
    if (graded && m_scheme->isDowngrade(before, source.reliability))
        raiseReviewFlags(source, before, m_pendingGradeReason);
}

void Project::raiseReviewFlags(const Source &source, Reliability from, const QString &reason)
{
    EvidenceRecords records{all<Claim>(), all<Event>(), all<Observation>(), all<Link>()};
    const QString change = QStringLiteral("source \"%1\" downgraded from %2 to %3%4")
                               .arg(source.publisher.isEmpty() ? source.title : source.publisher, toKey(from),
                                    toKey(source.reliability),
                                    reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + u')');
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO review_flags (record_type, record_uuid, cause_uuid, reason, "
                                            "raised_utc, raised_by, entry_uuid) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const RestingRecord &r : recordsRestingOn(source.meta.id, records)) {
        RowWriter(ins) << toKey(r.record.type) << r.record.id << source.meta.id << change + QStringLiteral(": ") + r.reason
                       << source.meta.modifiedUtc << m_author << newEntryId();
        ins.run();
    }
}

QList<ReviewFlag> Project::reviewFlags(bool openOnly) const
{
    QList<ReviewFlag> out;
    if (!hasTable(QStringLiteral("review_flags")))
        return out;
    auto s = m_db->prepare(QStringLiteral("SELECT fid, record_type, record_uuid, cause_uuid, reason, raised_utc, "
                                          "raised_by, cleared_utc, cleared_by, clear_note FROM review_flags") +
                           (openOnly ? QStringLiteral(" WHERE cleared_utc IS NULL") : QString()) +
                           QStringLiteral(" ORDER BY fid"));
    while (s.next()) {
        RowReader r(s);
        ReviewFlag f;
        f.sequence = r.int64();
        f.record.type = fromKey<RecordType>(r.text()).value_or(RecordType::Claim);
        f.record.id = r.uuid();
        f.causeId = r.uuid();
        f.reason = r.text();
        f.raisedUtc = r.dateTime();
        f.raisedBy = r.text();
        f.clearedUtc = r.dateTime();
        f.clearedBy = r.text();
        f.clearNote = r.text();
        out << f;
    }
    return out;
}

void Project::clearReview(const QUuid &recordId, const QString &note)
{
    requireWritable();
    sql::Transaction tx(*m_db);
    auto s = m_db->prepare(QStringLiteral("UPDATE review_flags SET cleared_utc = ?, cleared_by = ?, clear_note = ? "
                                          "WHERE record_uuid = ? AND cleared_utc IS NULL"));
    RowWriter(s) << nowUtc() << m_author << note << recordId;
    s.run();
    if (m_db->changes() == 0)
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("record %1 is not on the needs-review list").arg(uuidText(recordId)));
    tx.commit();
}

void Project::reopenReview(const QList<qint64> &flagSequences)
{
    requireWritable();
    sql::Transaction tx(*m_db);
    auto s = m_db->prepare(QStringLiteral("UPDATE review_flags SET cleared_utc = NULL, cleared_by = NULL, clear_note = NULL "
                                          "WHERE fid = ? AND cleared_utc IS NOT NULL"));
    for (const qint64 sequence : flagSequences) {
        s.bind(1, sequence);
        s.run();
        if (m_db->changes() == 0)
            throw StoreError(StoreError::Kind::Invalid, path(),
                             QStringLiteral("review flag %1 is not a cleared flag").arg(sequence));
    }
    tx.commit();
}

} // namespace sightline
