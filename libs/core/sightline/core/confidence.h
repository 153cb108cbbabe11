#pragma once

#include "sightline/core/kinds.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sightline {

// How well something is supported: a judgment by its sources and reasoning (ICD 203 keeps
// confidence apart from likelihood: "likely, with low confidence"), an annotation by what the
// image shows (a railcar under haze is a low-confidence railcar).
enum class Confidence { Low, Moderate, High };

QString toLabel(Confidence v); // "moderate confidence"
QString toKey(Confidence v);   // "moderate"
template <> std::optional<Confidence> fromKey<Confidence>(const QString &key);
template <> QStringList allKeys<Confidence>();

} // namespace sightline
