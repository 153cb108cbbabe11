#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace sightline {

// Identity and history every record carries, so that copies of a project made by different
// analysts can be merged: the UUID names the record everywhere, the revision counts its edits.
struct RecordMeta
{
    QUuid id;
    QDateTime createdUtc;
    QDateTime modifiedUtc;
    QString author; // who made the latest revision; the change log keeps every author
    int revision = 0; // 0: never stored

    static RecordMeta fresh(const QString &author);
    // Marks one more edit by author, now.
    void touch(const QString &by);
    bool isNew() const { return revision == 0; }
    friend bool operator==(const RecordMeta &, const RecordMeta &) = default;
};

// The current time in UTC at millisecond precision, as it is stored.
QDateTime nowUtc();

} // namespace sightline
