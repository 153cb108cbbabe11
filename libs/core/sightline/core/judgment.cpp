#include "sightline/core/judgment.h"

#include <QCoreApplication>

#include <array>

namespace sightline {
namespace {

struct LikelihoodRow
{
    const char *key;
    const char *label;
    const char *synonym;
    int minPercent;
    int maxPercent;
};

// ICD 203, section D.6.e.(2)(a): the words, their synonyms and the bands.
constexpr std::array<LikelihoodRow, 7> kLikelihoods{{
    {"almost_no_chance", QT_TRANSLATE_NOOP("sightline::Judgments", "almost no chance"), QT_TRANSLATE_NOOP("sightline::Judgments", "remote"), 1, 5},
    {"very_unlikely", QT_TRANSLATE_NOOP("sightline::Judgments", "very unlikely"), QT_TRANSLATE_NOOP("sightline::Judgments", "highly improbable"), 5, 20},
    {"unlikely", QT_TRANSLATE_NOOP("sightline::Judgments", "unlikely"), QT_TRANSLATE_NOOP("sightline::Judgments", "improbable"), 20, 45},
    {"roughly_even_chance", QT_TRANSLATE_NOOP("sightline::Judgments", "roughly even chance"), QT_TRANSLATE_NOOP("sightline::Judgments", "roughly even odds"), 45, 55},
    {"likely", QT_TRANSLATE_NOOP("sightline::Judgments", "likely"), QT_TRANSLATE_NOOP("sightline::Judgments", "probable"), 55, 80},
    {"very_likely", QT_TRANSLATE_NOOP("sightline::Judgments", "very likely"), QT_TRANSLATE_NOOP("sightline::Judgments", "highly probable"), 80, 95},
    {"almost_certain", QT_TRANSLATE_NOOP("sightline::Judgments", "almost certain"), QT_TRANSLATE_NOOP("sightline::Judgments", "nearly certain"), 95, 99},
}};

constexpr std::array<std::pair<const char *, const char *>, 3> kStatuses{{
    {"draft", QT_TRANSLATE_NOOP("sightline::Judgments", "Draft")},
    {"issued", QT_TRANSLATE_NOOP("sightline::Judgments", "Issued")},
    {"withdrawn", QT_TRANSLATE_NOOP("sightline::Judgments", "Withdrawn")},
}};

template <typename Enum, typename Rows> std::optional<Enum> findKey(const Rows &rows, const QString &key)
{
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const char *k = nullptr;
        if constexpr (std::is_same_v<typename Rows::value_type, LikelihoodRow>)
            k = rows[i].key;
        else
            k = rows[i].first;
        if (key == QLatin1String(k))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

const LikelihoodRow &row(Likelihood v) { return kLikelihoods[static_cast<std::size_t>(v)]; }

} // namespace

PercentBand percentBand(Likelihood v) { return {row(v).minPercent, row(v).maxPercent}; }

QString percentText(Likelihood v)
{
    return QStringLiteral("%1–%2 %").arg(row(v).minPercent).arg(row(v).maxPercent);
}

// In the window's language when it has them (the command line and files: English).
QString toLabel(Likelihood v) { return QCoreApplication::translate("sightline::Judgments", row(v).label); }
QString synonym(Likelihood v) { return QCoreApplication::translate("sightline::Judgments", row(v).synonym); }

std::optional<Likelihood> likelihoodForPercent(int percent)
{
    if (percent < 0 || percent > 100)
        return std::nullopt;
    // The bands share their edges; an edge belongs to the band nearer 50 %.
    if (percent < 5)
        return Likelihood::AlmostNoChance;
    if (percent < 20)
        return Likelihood::VeryUnlikely;
    if (percent < 45)
        return Likelihood::Unlikely;
    if (percent <= 55)
        return Likelihood::RoughlyEven;
    if (percent <= 80)
        return Likelihood::Likely;
    if (percent <= 95)
        return Likelihood::VeryLikely;
    return Likelihood::AlmostCertain;
}

QString toLabel(JudgmentStatus v)
{
    return QCoreApplication::translate("sightline::Judgments", kStatuses[static_cast<std::size_t>(v)].second);
}
QString toKey(Likelihood v) { return QString::fromLatin1(row(v).key); }
QString toKey(JudgmentStatus v) { return QString::fromLatin1(kStatuses[static_cast<std::size_t>(v)].first); }

template <> std::optional<Likelihood> fromKey<Likelihood>(const QString &k)
{
    return findKey<Likelihood>(kLikelihoods, k);
}
template <> std::optional<JudgmentStatus> fromKey<JudgmentStatus>(const QString &k)
{
    return findKey<JudgmentStatus>(kStatuses, k);
}

template <> QStringList allKeys<Likelihood>()
{
    QStringList out;
    for (const auto &r : kLikelihoods)
        out << QString::fromLatin1(r.key);
    return out;
}
template <> QStringList allKeys<JudgmentStatus>()
{
    QStringList out;
    for (const auto &r : kStatuses)
        out << QString::fromLatin1(r.first);
    return out;
}

QList<RecordRef> judgmentBasis(const QUuid &judgmentId, const QList<Link> &links)
{
    QList<RecordRef> out;
    for (const Link &l : links) {
        RecordRef ref;
        if (l.relation == LinkRelation::DependsOn && l.from.type == RecordType::Judgment && l.from.id == judgmentId)
            ref = l.to;
        else if (l.relation == LinkRelation::Supports && l.to.type == RecordType::Judgment && l.to.id == judgmentId)
            ref = l.from;
        else
            continue;
        if (!out.contains(ref))
            out << ref;
    }
    return out;
}

} // namespace sightline
