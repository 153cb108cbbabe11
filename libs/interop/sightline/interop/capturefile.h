#pragma once

#include "sightline/interop/pdftext.h"
#include "sightline/store/project.h"

#include <QStringList>

namespace sightline {

// What importing a capture stored, and what the analyst should know about it.
struct CaptureImportResult
{
    QList<Capture> captures; // one, or one per file of a saved web page
    QStringList warnings;    // "FILE: Qt PDF cannot open it (...); stored and hashed without its text"
};

// Archives a file as a capture of a source, inside the project, through the one capture intake
// (interop::intakeCapture: hashed on the way in, media type from the content and name, its text
// added to the search index). A folder is a saved web page
// with its files: each file becomes a capture with its path relative to the folder as its
// name; symbolic links are refused and nothing outside the folder is read. All in one
// transaction: on any error nothing is stored. Throws ImportError naming the file.
CaptureImportResult importCapture(Project &project, const QUuid &sourceId, const QString &path,
                                  const QString &originalUrl = {},
                                  qint64 maxBytes = Project::kDefaultCaptureLimitBytes);

// A file name from a captured page as a safe relative path ("page_files/style.css"): separators
// made '/', "." parts dropped. Empty, with the reason in *why, for an absolute path, a drive
// letter, a ".." part or a control character: such a name is never used as a path.
QString safeRelativeName(const QString &name, QString *why = nullptr);

// The searchable text of a file: PDF text via Qt PDF in a process of its own (interop/pdftext.h,
// within pdfLimits), HTML without tags, scripts and styles, text files as they are; empty for
// other kinds. A PDF Qt PDF cannot open, or does not finish in time, gives empty text and a
// warning in *warning.
QString extractCaptureText(const QString &path, const QString &mediaType, QString *warning = nullptr,
                           const interop::PdfTextLimits &pdfLimits = {});

} // namespace sightline
