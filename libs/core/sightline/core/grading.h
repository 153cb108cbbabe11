#pragma once

#include <QString>

#include <optional>

namespace sightline {

// Source reliability on the Admiralty (NATO) scale: A completely reliable ... E unreliable,
// F reliability cannot be judged.
enum class Reliability { A, B, C, D, E, F };

// Credibility of one piece of information: 1 confirmed by other sources ... 5 improbable,
// 6 truth cannot be judged. Kept as a checked integer so that it sorts and compares naturally.
class Credibility
{
public:
    static std::optional<Credibility> fromInt(int value);
    static Credibility cannotBeJudged() { return Credibility(6); }
    int value() const { return m_value; }
    QString description() const;
    friend bool operator==(const Credibility &, const Credibility &) = default;

private:
    explicit Credibility(int v) : m_value(v) {}
    int m_value = 6;
};

QString toKey(Reliability r);                           // "A" .. "F"
std::optional<Reliability> reliabilityFromKey(const QString &key);
QString description(Reliability r);                     // "usually reliable"

// The grade as analysts write it: "B2".
QString combinedGrade(Reliability r, Credibility c);

} // namespace sightline
