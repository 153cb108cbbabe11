#pragma once

#include "sightline/core/kinds.h"

#include <QByteArray>
#include <QDateTime>
#include <QUuid>

#include <optional>

namespace sightline {

// One entry of the chain of custody of a capture or an imagery scene: who did what to the
// item, when, and the SHA-256 the content had at that moment. The custody log is append-only:
// the project file refuses to change or delete an entry, and no API offers to.
struct CustodyEntry
{
    enum class Action { Imported, Viewed, Exported, Rehashed, Removed };
    qint64 sequence = 0;
    QDateTime atUtc;
    QString actor;
    Action action = Action::Imported;
    RecordType itemType = RecordType::Capture;
    QUuid itemId;
    QByteArray sha256; // lowercase hex, as found at the time
    QString detail;    // "exported to /tmp/x.pdf", "matches", "MISMATCH: ..."
};

QString toKey(CustodyEntry::Action a); // "imported", "viewed", "exported", "re-hashed", "removed"
std::optional<CustodyEntry::Action> custodyActionFromKey(const QString &key);

} // namespace sightline
