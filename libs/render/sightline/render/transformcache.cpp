#include "sightline/render/transformcache.h"

#include <map>
#include <utility>

namespace sightline::render {

const geo::CoordinateTransform *cachedTransform(const QString &from, const QString &to, QString *error)
{
    thread_local std::map<std::pair<QString, QString>, std::optional<geo::CoordinateTransform>> cache;
    thread_local std::map<std::pair<QString, QString>, QString> errors;
    const auto key = std::make_pair(from, to);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QString why;
        it = cache.emplace(key, geo::CoordinateTransform::create(from, to, &why)).first;
        errors[key] = why;
    }
    if (!it->second && error)
        *error = errors[key];
    return it->second ? &*it->second : nullptr;
}

} // namespace sightline::render
