#pragma once

#include "sightline/core/site.h"

#include <QList>
#include <QString>

#include <optional>

namespace sightline {

// Finding a site by what someone typed (the command line's --site, the window's site field): its
// name or any alias, in any case, with a typed hyphen matching an en dash ("Tumangang-Khasan"
// finds "Tumangang–Khasan") and surrounding spaces ignored. Any thread.
bool siteAnswersTo(const Site &site, const QString &typed);
// Every site answering to the typed name, in the list's order.
QList<Site> sitesNamed(const QList<Site> &sites, const QString &typed);
// The first site answering to the typed name; nothing when none does.
std::optional<Site> findSiteNamed(const QList<Site> &sites, const QString &typed);

} // namespace sightline
