#pragma once

#include <QUuid>

class QWidget;

namespace sightline {
class Project;
}

namespace sightline::ui {

// "Export capture…" as the sources panel and the capture viewer offer it: asks where to write
// the capture (its own file name proposed; the file dialog asks before replacing a file), then
// writes the stored bytes unchanged, checked against the SHA-256 and logged "exported" in the
// custody log. A refusal is shown with its reason. Returns what happened, one line for the
// status bar; empty when cancelled or refused. GUI thread only.
QString chooseAndExportCapture(QWidget *parent, Project &project, const QUuid &captureId);
// The same without the file dialog (path already chosen; replaced if it exists). False, with
// the reason in *why, when refused.
bool exportCaptureTo(Project &project, const QUuid &captureId, const QString &path, QString *summary, QString *why);

} // namespace sightline::ui
