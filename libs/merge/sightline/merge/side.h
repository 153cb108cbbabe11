#pragma once

#include "sightline/store/history.h"
#include "sightline/store/project.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace sightline::merge {

// One copy taking part in a merge, read whole: every record's content as it stands and its
// history, with the edits another program made (a row differing from its last history entry)
// added at the end as "outside" versions. A copy of an older schema is migrated in a temporary
// copy; the file itself is opened read-only and never changed.
struct Side
{
    QString path;
    std::unique_ptr<Project> project;
    QHash<QString, QHash<QUuid, store::RecordState>> current; // by table, then record: meta and hash
    QHash<QUuid, QList<store::HistoryEntry>> history;         // by record, oldest first
    QSet<QUuid> entryIds;
    QList<store::HistoryEntry> virtualEntries; // the outside edits found now
    // Every row of the append-only logs and of merge_conflicts by table, in file order: its fid,
    // its entry (or conflict) id, and whether it is still open (a review flag not cleared, a
    // conflict not resolved). Read with the rest so that the log unions need no pass of their own.
    struct LogRow
    {
        qint64 fid = 0;
        QByteArray id;
        bool open = false;
    };
    QHash<QString, QList<LogRow>> logs;
    static const QList<std::pair<QString, QString>> &logTables(); // (table, id column)

  private:
    mutable std::map<QUuid, store::RecordContent> m_read; // node-based: pointers stay valid
  public:
    static Side load(const QString &path, QTemporaryDir &work, const QString &name, const QString &author);
    // load in two steps: the project opened (and migrated) first, then read whole.
    static Side open(const QString &path, QTemporaryDir &work, const QString &name, const QString &author);
    void read();
    // A record's whole content, read from the file the first time it is asked for; nullptr when
    // the copy does not hold the record.
    const store::RecordContent *content(const QString &table, const QUuid &id) const;
    bool has(const QString &table, const QUuid &id) const { return current.value(table).contains(id); }
    // A version's content (JSON), read from the file when the history was read without it.
    QByteArray versionContent(const store::HistoryEntry &entry) const;
};

} // namespace sightline::merge
