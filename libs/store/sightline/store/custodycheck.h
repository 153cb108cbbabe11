#pragma once

#include "sightline/store/project.h"

namespace sightline::store {

// What a sender could forge in the chain of custody, one line each, for Project::verify():
// entries deleted from the log (gaps in its sequence, or a sequence that ran further than the
// entries left); a capture or scene whose "imported" entry is missing or names another SHA-256
// than the record; later entries that name another SHA-256; entries about an item that is gone
// without its removal logged; hashes that are not 64 lowercase hex digits. The content hashes
// themselves are recomputed by verify(). Whoever rewrites every one of these consistently is not
// caught: the file carries no signature. Reads only; the project's thread.
QStringList custodyProblems(const Project &project);

} // namespace sightline::store
