#pragma once

#include "sightline/core/site.h"

#include <QList>
#include <QString>

#include <optional>

namespace sightline {

// Finding a site by what a person types: its name or one of its aliases, in any case, a typed
// hyphen matching an en or em dash ("Tumangang-Khasan" finds "Tumangang–Khasan"), surrounding
// spaces ignored. Any thread.
bool siteNameMatches(const Site &site, const QString &typed);
// The first site that matches, or nothing.
std::optional<Site> findSite(const QList<Site> &sites, const QString &typed);

} // namespace sightline
