#include "sightline/core/custody.h"

#include <array>

namespace sightline {
namespace {
constexpr std::array<const char *, 5> kActions{"imported", "viewed", "exported", "re-hashed", "removed"};
}

QString toKey(CustodyEntry::Action a)
{
    return QString::fromLatin1(kActions[static_cast<std::size_t>(a)]);
}

std::optional<CustodyEntry::Action> custodyActionFromKey(const QString &key)
{
    for (std::size_t i = 0; i < kActions.size(); ++i)
        if (key == QLatin1String(kActions[i]))
            return static_cast<CustodyEntry::Action>(i);
    return std::nullopt;
}

} // namespace sightline
