#include "sightline/core/annotation.h"

#include <array>

namespace sightline {
namespace {
constexpr std::array<const char *, 5> kShapes{"point", "box", "polygon", "line", "callout"};
} // namespace

QString toKey(AnnotationShape v) { return QString::fromLatin1(kShapes[static_cast<std::size_t>(v)]); }

template <> std::optional<AnnotationShape> fromKey<AnnotationShape>(const QString &key)
{
    for (std::size_t i = 0; i < kShapes.size(); ++i)
        if (key == QLatin1String(kShapes[i]))
            return static_cast<AnnotationShape>(i);
    return std::nullopt;
}

template <> QStringList allKeys<AnnotationShape>()
{
    QStringList out;
    for (const char *k : kShapes)
        out << QString::fromLatin1(k);
    return out;
}

} // namespace sightline
