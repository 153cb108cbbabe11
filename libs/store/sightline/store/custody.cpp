// Chain of custody of captures and imagery, capture versions and export.
#include "sightline/store/project.h"
#include "sightline/store/history.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema_evidence.h"
#include "sightline/store/sqlite.h"

#include <QCryptographicHash>

namespace sightline {

using namespace store;

void Project::appendCustody(RecordType itemType, const QUuid &itemId, CustodyEntry::Action action,
                            const QByteArray &sha256, const QString &detail)
{
    requireWritable();
    auto s = m_db->prepare(QStringLiteral("INSERT INTO custody_log (at_utc, actor, action, item_type, item_uuid, "
                                          "sha256, detail, entry_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    RowWriter(s) << nowUtc() << m_author << toKey(action) << toKey(itemType) << itemId << QString::fromLatin1(sha256)
                 << detail << newEntryId();
    s.run();
}

void Project::logCustody(RecordType itemType, const QUuid &itemId, CustodyEntry::Action action, const QString &detail)
{
    QByteArray sha;
    if (itemType == RecordType::Capture) {
        const auto c = find<Capture>(itemId);
        if (!c)
            throw StoreError(StoreError::Kind::Invalid, path(),
                             QStringLiteral("no capture %1 in the project").arg(uuidText(itemId)));
        sha = c->sha256;
    } else if (itemType == RecordType::Scene) {
        const auto scene = find<ImageryScene>(itemId);
        if (!scene)
            throw StoreError(StoreError::Kind::Invalid, path(),
                             QStringLiteral("no imagery scene %1 in the project").arg(uuidText(itemId)));
        sha = scene->sha256;
    } else {
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("the custody log is for captures and imagery, not %1").arg(toKey(itemType)));
    }
    appendCustody(itemType, itemId, action, sha, detail);
}

QList<CustodyEntry> Project::custodyLog(const QUuid &itemId) const
{
    QList<CustodyEntry> out;
    if (!hasTable(QStringLiteral("custody_log")))
        return out;
    QString text = QStringLiteral("SELECT fid, at_utc, actor, action, item_type, item_uuid, sha256, detail FROM custody_log");
    if (!itemId.isNull())
        text += QStringLiteral(" WHERE item_uuid = ?");
    auto s = m_db->prepare(text + QStringLiteral(" ORDER BY fid"));
    if (!itemId.isNull())
        s.bind(1, uuidText(itemId));
    while (s.next()) {
        RowReader r(s);
        CustodyEntry e;
        e.sequence = r.int64();
        e.atUtc = r.dateTime();
        e.actor = r.text();
        e.action = custodyActionFromKey(r.text()).value_or(CustodyEntry::Action::Viewed);
        e.itemType = fromKey<RecordType>(r.text()).value_or(RecordType::Capture);
        e.itemId = r.uuid();
        e.sha256 = r.text().toLatin1();
        e.detail = r.text();
        out << e;
    }
    return out;
}

int Project::captureVersion(const QUuid &captureId) const
{
    if (!hasTable(QStringLiteral("capture_versions")))
        return exists(RecordType::Capture, captureId) ? 1 : 0;
    auto s = m_db->prepare(QStringLiteral("SELECT version FROM capture_versions WHERE capture_uuid = ?"));
    s.bind(1, uuidText(captureId));
    return s.next() ? static_cast<int>(s.int64(0)) : 0;
}

QList<Capture> Project::captureVersions(const QUuid &captureId) const
{
    QList<Capture> out;
    if (!hasTable(QStringLiteral("capture_versions")))
        return out;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT v.capture_uuid FROM capture_versions v JOIN capture_versions me ON me.capture_uuid = ?1 "
        "AND v.source_uuid = me.source_uuid AND v.original_url = me.original_url AND v.file_name = me.file_name "
        "ORDER BY v.version"));
    s.bind(1, uuidText(captureId));
    QList<QUuid> ids;
    while (s.next())
        ids << QUuid::fromString(s.text(0));
    for (const QUuid &id : ids)
        if (auto c = find<Capture>(id))
            out << *c;
    return out;
}

void Project::exportCapture(const QUuid &captureId, QIODevice &out, const QString &purpose,
                            const std::function<void()> &finish)
{
    requireWritable();
    const auto c = find<Capture>(captureId);
    if (!c)
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("no capture %1 in the project").arg(uuidText(captureId)));
    // Content and recorded hash replaced together agree with each other, not with the hash the
    // custody log took at import: nothing is handed out until they agree too.
    auto imported = m_db->prepare(QStringLiteral("SELECT sha256 FROM custody_log WHERE item_uuid = ? AND action = "
                                                 "'imported' ORDER BY fid LIMIT 1"));
    imported.bind(1, uuidText(captureId));
    if (imported.next() && imported.text(0).toLatin1() != c->sha256)
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("capture \"%1\" does not agree with its custody log: recorded SHA-256 %2, "
                                        "at import %3; not exported")
                             .arg(c->fileName, QString::fromLatin1(c->sha256.left(80)), imported.text(0).left(80)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 written = 0;
    auto s = m_db->prepare(QStringLiteral("SELECT data FROM capture_chunks WHERE capture_uuid = ? ORDER BY seq"));
    s.bind(1, uuidText(captureId));
    while (s.next()) {
        const QByteArray chunk = s.blob(0);
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size())
            throw StoreError(StoreError::Kind::Io, path(),
                             QStringLiteral("cannot write capture \"%1\": %2").arg(c->fileName, out.errorString()));
        written += chunk.size();
    }
    const QByteArray actual = hash.result().toHex();
    sql::Transaction tx(*m_db);
    if (actual != c->sha256) {
        appendCustody(RecordType::Capture, captureId, CustodyEntry::Action::Exported, actual,
                      QStringLiteral("MISMATCH on export (%1): content has SHA-256 %2, recorded %3")
                          .arg(purpose, QString::fromLatin1(actual), QString::fromLatin1(c->sha256)));
        tx.commit();
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("capture \"%1\" no longer matches its SHA-256 (recorded %2, content has %3)")
                             .arg(c->fileName, QString::fromLatin1(c->sha256), QString::fromLatin1(actual)));
    }
    appendCustody(RecordType::Capture, captureId, CustodyEntry::Action::Exported, actual,
                  purpose.isEmpty() ? QStringLiteral("%1 bytes").arg(written)
                                    : QStringLiteral("%1 bytes to %2").arg(written).arg(purpose));
    if (finish)
        finish(); // throwing rolls the entry back
    tx.commit();
}

void Project::indexCaptureText(const QUuid &captureId, const QString &text)
{
    requireWritable();
    if (!exists(RecordType::Capture, captureId))
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("no capture %1 in the project").arg(uuidText(captureId)));
    sql::Transaction tx(*m_db);
    indexCaptureContent(*m_db, captureId, text);
    tx.commit();
}

QStringList Project::verifyAndRecord()
{
    requireWritable();
    const QStringList problems = verify();
    sql::Transaction tx(*m_db);
    for (const Capture &c : all<Capture>()) {
        const QByteArray actual = hashCaptureContent(c.meta.id);
        appendCustody(RecordType::Capture, c.meta.id, CustodyEntry::Action::Rehashed, actual,
                      actual == c.sha256 ? QStringLiteral("matches")
                                         : QStringLiteral("MISMATCH: recorded %1").arg(QString::fromLatin1(c.sha256)));
    }
    tx.commit();
    return problems;
}

} // namespace sightline
