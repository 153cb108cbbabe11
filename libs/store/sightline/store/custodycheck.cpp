// The chain of custody checked against the records it vouches for.
#include "sightline/store/custodycheck.h"

#include "sightline/store/filerules.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

namespace sightline::store {
namespace {

// Entries are never deleted and AUTOINCREMENT never reuses a number (a rolled-back entry rolls
// its number back too), so the sequence numbers run 1, 2, 3... up to what sqlite_sequence says.
void checkSequence(sql::Database &db, QStringList &out)
{
    auto s = db.prepare(QStringLiteral("SELECT fid FROM custody_log ORDER BY fid"));
    qint64 expected = 1;
    qint64 last = 0;
    while (s.next()) {
        const qint64 fid = s.int64(0);
        if (fid != expected)
            out << QStringLiteral("custody log: entries %1 to %2 are missing (deleted from the file)")
                       .arg(expected)
                       .arg(fid - 1);
        expected = fid + 1;
        last = fid;
    }
    const qint64 issued =
        db.scalarInt(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'custody_log'"))
            .value_or(0);
    if (issued > last)
        out << QStringLiteral("custody log: entries %1 to %2 are missing (deleted from the file)")
                   .arg(last + 1)
                   .arg(issued);
}

struct Item
{
    QString kind; // "capture", "scene"
    QString name;
    QByteArray sha256;
    QDateTime createdUtc;
};

void checkItem(const QUuid &id, const Item &item, const QList<CustodyEntry> &entries,
               const QDateTime &logBegan, QStringList &out)
{
    const QString who = QStringLiteral("%1 %2 (\"%3\")").arg(item.kind, uuidText(id), item.name);
    if (!isSha256Hex(item.sha256))
        out << QStringLiteral("%1: its SHA-256 \"%2\" is not 64 lowercase hex digits")
                   .arg(who, QString::fromLatin1(item.sha256.left(80)));
    if (entries.isEmpty()) {
        // A capture from before the file had a custody log (schema 3 added it) has no entries.
        if (logBegan.isValid() && item.createdUtc >= logBegan)
            out << QStringLiteral("%1: no entry in the custody log, not even its import").arg(who);
        return;
    }
    const CustodyEntry &first = entries.first();
    if (first.action != CustodyEntry::Action::Imported)
        out << QStringLiteral("%1: its custody log begins with \"%2\" (entry %3), not with its import")
                   .arg(who, toKey(first.action))
                   .arg(first.sequence);
    for (const CustodyEntry &e : entries) {
        if (e.sha256.isEmpty()) continue;
        if (e.sha256 != item.sha256)
            out << QStringLiteral("%1: custody entry %2 (%3) names SHA-256 %4, the record %5")
                       .arg(who)
                       .arg(e.sequence)
                       .arg(toKey(e.action), QString::fromLatin1(e.sha256.left(80)),
                            QString::fromLatin1(item.sha256.left(80)));
    }
}

} // namespace

QStringList custodyProblems(const Project &project)
{
    QStringList out;
    sql::Database &db = project.database();
    if (!db.tableExists(QStringLiteral("custody_log"))) return out;
    checkSequence(db, out);

    QHash<QUuid, QList<CustodyEntry>> byItem;
    QDateTime logBegan;
    auto raw = db.prepare(
        QStringLiteral("SELECT fid, sha256 FROM custody_log WHERE sha256 IS NOT NULL AND sha256 <> ''"));
    QList<qint64> malformed;
    while (raw.next())
        if (!isSha256Hex(raw.blob(1))) malformed << raw.int64(0);
    for (qint64 fid : std::as_const(malformed))
        out << QStringLiteral("custody log: entry %1 has a SHA-256 that is not 64 lowercase hex digits")
                   .arg(fid);
    for (const CustodyEntry &e : project.custodyLog()) {
        if (!logBegan.isValid()) logBegan = e.atUtc;
        byItem[e.itemId].append(e);
    }

    QSet<QUuid> known;
    for (const Capture &c : project.all<Capture>()) {
        known.insert(c.meta.id);
        checkItem(c.meta.id, {QStringLiteral("capture"), c.fileName, c.sha256, c.meta.createdUtc},
                  byItem.value(c.meta.id), logBegan, out);
    }
    for (const ImageryScene &s : project.all<ImageryScene>()) {
        known.insert(s.meta.id);
        checkItem(s.meta.id, {QStringLiteral("scene"), s.filePath, s.sha256, s.meta.createdUtc},
                  byItem.value(s.meta.id), logBegan, out);
    }
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it) {
        // Only a capture's removal is logged (a scene's record goes, its files stay where they were).
        if (known.contains(it.key()) || it->first().itemType != RecordType::Capture) continue;
        const bool removed = std::any_of(it->cbegin(), it->cend(), [](const CustodyEntry &e) {
            return e.action == CustodyEntry::Action::Removed;
        });
        if (!removed)
            out << QStringLiteral(
                       "custody log: %1 %2 has entries but is not in the project, and its removal is not "
                       "logged")
                       .arg(toKey(it->first().itemType), uuidText(it.key()));
    }
    return out;
}

} // namespace sightline::store
