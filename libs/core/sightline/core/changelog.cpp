#include "sightline/core/changelog.h"

namespace sightline {

QString toKey(ChangeLogEntry::Action a)
{
    switch (a) {
    case ChangeLogEntry::Action::Insert: return QStringLiteral("insert");
    case ChangeLogEntry::Action::Update: return QStringLiteral("update");
    case ChangeLogEntry::Action::Delete: return QStringLiteral("delete");
    }
    return {};
}

} // namespace sightline
