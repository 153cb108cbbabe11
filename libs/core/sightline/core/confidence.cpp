#include "sightline/core/confidence.h"

#include <array>

namespace sightline {
namespace {

constexpr std::array<std::pair<const char *, const char *>, 3> kConfidences{{
    {"low", "low confidence"},
    {"moderate", "moderate confidence"},
    {"high", "high confidence"},
}};

} // namespace

QString toLabel(Confidence v) { return QString::fromLatin1(kConfidences[static_cast<std::size_t>(v)].second); }
QString toKey(Confidence v) { return QString::fromLatin1(kConfidences[static_cast<std::size_t>(v)].first); }

template <> std::optional<Confidence> fromKey<Confidence>(const QString &k)
{
    for (std::size_t i = 0; i < kConfidences.size(); ++i)
        if (k == QLatin1String(kConfidences[i].first))
            return static_cast<Confidence>(i);
    return std::nullopt;
}

template <> QStringList allKeys<Confidence>()
{
    QStringList out;
    for (const auto &r : kConfidences)
        out << QString::fromLatin1(r.first);
    return out;
}

} // namespace sightline
