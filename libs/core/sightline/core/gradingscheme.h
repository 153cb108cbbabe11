#pragma once

#include "sightline/core/grading.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sightline {

// A grading scheme a project uses for sources and information: which reliability letters and
// credibility numbers exist, what they mean, and how a combined grade is written. Records keep
// Reliability and Credibility values; the scheme says which of them are allowed and how they
// read. Immutable and shared: any thread may use the built-in schemes.
class GradingScheme
{
public:
    // NATO/Admiralty: reliability A-F, credibility 1-6. The default of every project.
    static const GradingScheme &admiralty();
    // UK 5x5x5 (College of Policing): source evaluation A-E, intelligence assessment 1-5,
    // handling code 1-5.
    static const GradingScheme &uk5x5x5();
    static const GradingScheme *byKey(const QString &key);
    static QList<const GradingScheme *> all();

    QString key() const { return m_key; } // stored in the project: "admiralty", "uk-5x5x5"
    QString name() const { return m_name; }

    QList<Reliability> reliabilities() const;
    QList<int> credibilities() const;
    bool allows(Reliability r) const { return static_cast<int>(r) < m_reliabilityLabels.size(); }
    bool allows(Credibility c) const { return c.value() <= m_credibilityLabels.size(); }
    QString label(Reliability r) const;  // "usually reliable", "mostly reliable"
    QString label(Credibility c) const;
    // Handling codes (UK 5x5x5 only; empty otherwise), 1-based.
    QStringList handlingCodes() const { return m_handlingLabels; }

    // The grade as analysts write it: "B2". Empty when the scheme does not allow either part.
    QString combined(Reliability r, Credibility c) const;
    // The lowest judged reliability: what a discredited source is set to (E in Admiralty, D in
    // UK 5x5x5).
    Reliability discredited() const { return m_discredited; }
    // The grade a new source gets before anyone judged it (F, or E "untested" in UK 5x5x5).
    Reliability unjudged() const { return m_unjudged; }
    // The credibility of information nobody judged yet (6, or 4 "cannot be judged").
    Credibility credibilityUnjudged() const;
    // True when `to` is a worse reliability than `from` under this scheme. Moving to or from the
    // "cannot be judged" grade counts as worse: evidence that rested on a judged source no
    // longer does.
    bool isDowngrade(Reliability from, Reliability to) const;
    // What is wrong with a reliability or credibility under this scheme, empty when allowed.
    QString problemWith(Reliability r) const;
    QString problemWith(Credibility c) const;

private:
    GradingScheme(QString key, QString name, QStringList reliability, QStringList credibility, QStringList handling,
                  Reliability discredited, Reliability unjudged, int credibilityUnjudged);
    QString m_key;
    QString m_name;
    QStringList m_reliabilityLabels;
    QStringList m_credibilityLabels;
    QStringList m_handlingLabels;
    Reliability m_discredited;
    Reliability m_unjudged;
    int m_credibilityUnjudged;
};

} // namespace sightline
