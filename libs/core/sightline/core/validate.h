#pragma once

#include "sightline/core/annotation.h"
#include "sightline/core/bookmark.h"
#include "sightline/core/capture.h"
#include "sightline/core/claim.h"
#include "sightline/core/event.h"
#include "sightline/core/judgment.h"
#include "sightline/core/link.h"
#include "sightline/core/observation.h"
#include "sightline/core/scene.h"
#include "sightline/core/site.h"
#include "sightline/core/source.h"

#include <QStringList>

namespace sightline {

// What is wrong with a record before it is stored (empty when it is sound). Checks what the
// record can say about itself; whether referenced records exist is the store's question.
QStringList problemsOf(const Site &r);
QStringList problemsOf(const Source &r);
QStringList problemsOf(const Capture &r);
QStringList problemsOf(const Claim &r);
QStringList problemsOf(const ImageryScene &r);
QStringList problemsOf(const Annotation &r);
QStringList problemsOf(const Observation &r);
QStringList problemsOf(const Event &r);
QStringList problemsOf(const Link &r);
QStringList problemsOf(const Bookmark &r);
QStringList problemsOf(const Judgment &r);

} // namespace sightline
