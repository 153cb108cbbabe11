#pragma once

#include "sightline/store/project.h"

#include <QString>

#include <functional>

namespace sightline::interop {

// What taking a file in stored, and what the analyst should know about it.
struct CaptureIntakeResult
{
    Capture capture; // as stored: hash, size, media type, capture time filled in
    QString text;    // the searchable text found in it (empty for an image, say)
    QString warning; // "FILE: Qt PDF cannot open it (...); stored and hashed without its text"
};

// The one way a file becomes a capture, whichever path brings it: a case file, `sightline-cli
// capture`, Attach file in the window. In one transaction it streams the file into the project
// while hashing it (SHA-256; the store logs "imported" in the custody log), records the media
// type the content and name show (QMimeDatabase; a type the caller declared is replaced by it),
// extracts the text (PDF through Qt PDF, HTML without markup, text as it is) and adds it to the
// full-text search index, so that every capture is found by search whichever way it came in.
//
// description supplies the source, and optionally the id, file name (default: the file's own),
// original URL, capture time and who captured it. A file over maxBytes, one that cannot be read,
// and one the project refuses throw ImportError naming the file; nothing is stored then. Any
// thread that owns the project.
CaptureIntakeResult intakeCapture(Project &project, Capture description, const QString &filePath,
                                  qint64 maxBytes = Project::kDefaultCaptureLimitBytes);

// The intake as an undoable edit takes it (edit::CaptureIntake, for Attach file in the window):
// a refused file throws StoreError naming it, which an edit reports and keeps out of its history.
std::function<Capture(Project &, const Capture &, const QString &)>
intakeForEdits(qint64 maxBytes = Project::kDefaultCaptureLimitBytes);

} // namespace sightline::interop
