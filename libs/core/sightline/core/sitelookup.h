#pragma once

#include "sightline/core/site.h"

#include <QList>
#include <QString>

#include <optional>

namespace sightline {

// Finding a site by what someone typed: its name or any alias, in any case, a typed hyphen
// matching an en or em dash ("tumangang-khasan" finds "Tumangang–Khasan"). The one lookup every
// --site option and search box uses. Any thread.
bool siteNameMatches(const Site &site, const QString &typed);
// The first site that matches; nothing when none does.
std::optional<Site> findSiteNamed(const QList<Site> &sites, const QString &typed);

} // namespace sightline
