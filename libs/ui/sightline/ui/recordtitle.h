#pragma once

#include "sightline/core/link.h"
#include "sightline/core/source.h"

#include <QString>

namespace sightline {
class Project;
}

namespace sightline::ui {

// How every view names a source: its title, else its publisher, else "(untitled source)".
QString sourceTitle(const Source &source);
// What the evidence views call a record kind ("Claim", "Source"), translated.
QString recordKindLabel(RecordType type);
// A link's relation as a verb phrase ("contradicts", "depends on"), translated.
QString relationLabel(LinkRelation relation);
// A line that names a record: a site's name, a source's or event's title, a claim's quote, a
// capture's file name. Empty for a record that is gone.
QString recordTitle(const Project &project, const RecordRef &record);

} // namespace sightline::ui
