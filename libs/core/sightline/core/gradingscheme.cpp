#include "sightline/core/gradingscheme.h"

namespace sightline {

GradingScheme::GradingScheme(QString key, QString name, QStringList reliability, QStringList credibility,
                             QStringList handling, Reliability discredited, Reliability unjudged,
                             int credibilityUnjudged)
    : m_key(std::move(key)), m_name(std::move(name)), m_reliabilityLabels(std::move(reliability)),
      m_credibilityLabels(std::move(credibility)), m_handlingLabels(std::move(handling)),
      m_discredited(discredited), m_unjudged(unjudged), m_credibilityUnjudged(credibilityUnjudged)
{
}

const GradingScheme &GradingScheme::admiralty()
{
    static const GradingScheme s(
        QStringLiteral("admiralty"), QStringLiteral("NATO Admiralty (A-F, 1-6)"),
        {QStringLiteral("completely reliable"), QStringLiteral("usually reliable"), QStringLiteral("fairly reliable"),
         QStringLiteral("not usually reliable"), QStringLiteral("unreliable"),
         QStringLiteral("reliability cannot be judged")},
        {QStringLiteral("confirmed by other sources"), QStringLiteral("probably true"), QStringLiteral("possibly true"),
         QStringLiteral("doubtful"), QStringLiteral("improbable"), QStringLiteral("truth cannot be judged")},
        {}, Reliability::E, Reliability::F, 6);
    return s;
}

const GradingScheme &GradingScheme::uk5x5x5()
{
    static const GradingScheme s(
        QStringLiteral("uk-5x5x5"), QStringLiteral("UK 5x5x5 (A-E, 1-5, handling 1-5)"),
        {QStringLiteral("always reliable"), QStringLiteral("mostly reliable"), QStringLiteral("sometimes reliable"),
         QStringLiteral("unreliable"), QStringLiteral("untested source")},
        {QStringLiteral("known to be true without reservation"),
         QStringLiteral("known personally to the source but not to the officer"),
         QStringLiteral("not known personally to the source, but corroborated"),
         QStringLiteral("cannot be judged"), QStringLiteral("suspected to be false or malicious")},
        {QStringLiteral("may be disseminated to other law enforcement and prosecuting agencies"),
         QStringLiteral("may be disseminated to UK non-prosecuting parties"),
         QStringLiteral("may be disseminated to non-EEA law enforcement agencies"),
         QStringLiteral("may be disseminated within the originating agency only"),
         QStringLiteral("no further dissemination; refer to the originator")},
        Reliability::D, Reliability::E, 4);
    return s;
}

const GradingScheme *GradingScheme::byKey(const QString &key)
{
    for (const GradingScheme *s : all())
        if (s->key() == key)
            return s;
    return nullptr;
}

QList<const GradingScheme *> GradingScheme::all()
{
    return {&admiralty(), &uk5x5x5()};
}

QList<Reliability> GradingScheme::reliabilities() const
{
    QList<Reliability> out;
    for (int i = 0; i < m_reliabilityLabels.size(); ++i)
        out << static_cast<Reliability>(i);
    return out;
}

QList<int> GradingScheme::credibilities() const
{
    QList<int> out;
    for (int i = 1; i <= m_credibilityLabels.size(); ++i)
        out << i;
    return out;
}

QString GradingScheme::label(Reliability r) const
{
    return allows(r) ? m_reliabilityLabels.at(static_cast<int>(r)) : QString();
}

QString GradingScheme::label(Credibility c) const
{
    return allows(c) ? m_credibilityLabels.at(c.value() - 1) : QString();
}

QString GradingScheme::combined(Reliability r, Credibility c) const
{
    if (!allows(r) || !allows(c))
        return {};
    return combinedGrade(r, c);
}

Credibility GradingScheme::credibilityUnjudged() const
{
    return *Credibility::fromInt(m_credibilityUnjudged);
}

bool GradingScheme::isDowngrade(Reliability from, Reliability to) const
{
    if (from == to)
        return false;
    if (from == m_unjudged)
        return false; // a first judgement is news, not a loss of trust
    if (to == m_unjudged)
        return true;
    return static_cast<int>(to) > static_cast<int>(from);
}

QString GradingScheme::problemWith(Reliability r) const
{
    if (allows(r))
        return {};
    return QStringLiteral("reliability %1 is not a grade of the %2 scheme (%3 to %4)")
        .arg(toKey(r), m_name, toKey(Reliability::A), toKey(static_cast<Reliability>(m_reliabilityLabels.size() - 1)));
}

QString GradingScheme::problemWith(Credibility c) const
{
    if (allows(c))
        return {};
    return QStringLiteral("credibility %1 is not a grade of the %2 scheme (1 to %3)")
        .arg(c.value())
        .arg(m_name)
        .arg(m_credibilityLabels.size());
}

} // namespace sightline
