#pragma once

#include "sightline/core/site.h"

#include <QList>
#include <QString>

namespace sightline {

// Whether a site answers to a name someone typed: its name or one of its aliases, in any case,
// with a typed hyphen matching an en dash ("Tumangang-Khasan" finds "Tumangang–Khasan").
bool siteAnswersTo(const Site &site, const QString &typed);

// The sites that answer to a typed name, in the order given.
QList<Site> sitesNamed(const QList<Site> &sites, const QString &typed);

} // namespace sightline
