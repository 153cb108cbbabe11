#include "sightline/core/grading.h"

#include <array>

namespace sightline {
namespace {
constexpr std::array<const char *, 6> kReliability{
    "completely reliable", "usually reliable", "fairly reliable", "not usually reliable", "unreliable",
    "reliability cannot be judged"};
constexpr std::array<const char *, 6> kCredibility{
    "confirmed by other sources", "probably true", "possibly true", "doubtful", "improbable",
    "truth cannot be judged"};
} // namespace

std::optional<Credibility> Credibility::fromInt(int value)
{
    if (value < 1 || value > 6)
        return std::nullopt;
    return Credibility(value);
}

QString Credibility::description() const
{
    return QString::fromLatin1(kCredibility[static_cast<std::size_t>(m_value - 1)]);
}

QString toKey(Reliability r)
{
    return QString(QChar(u'A' + static_cast<int>(r)));
}

std::optional<Reliability> reliabilityFromKey(const QString &key)
{
    if (key.size() != 1)
        return std::nullopt;
    const int i = key.at(0).toUpper().unicode() - u'A';
    if (i < 0 || i > 5)
        return std::nullopt;
    return static_cast<Reliability>(i);
}

QString description(Reliability r)
{
    return QString::fromLatin1(kReliability[static_cast<std::size_t>(r)]);
}

QString combinedGrade(Reliability r, Credibility c)
{
    return toKey(r) + QString::number(c.value());
}

} // namespace sightline
