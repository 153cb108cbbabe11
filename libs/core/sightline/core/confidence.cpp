#include "sightline/core/confidence.h"

#include <QCoreApplication>

#include <array>

namespace sightline {
namespace {

constexpr std::array<std::pair<const char *, const char *>, 3> kConfidences{{
    {"low", QT_TRANSLATE_NOOP("sightline::Judgments", "low confidence")},
    {"moderate", QT_TRANSLATE_NOOP("sightline::Judgments", "moderate confidence")},
    {"high", QT_TRANSLATE_NOOP("sightline::Judgments", "high confidence")},
}};

} // namespace

QString toLabel(Confidence v)
{
    // In the window's language when it has it (the command line and files: English).
    return QCoreApplication::translate("sightline::Judgments", kConfidences[static_cast<std::size_t>(v)].second);
}
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
