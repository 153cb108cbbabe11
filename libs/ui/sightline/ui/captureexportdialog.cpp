#include "sightline/ui/captureexportdialog.h"

#include "sightline/store/captureexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>

namespace sightline::ui {

bool exportCaptureTo(Project &project, const QUuid &captureId, const QString &path, QString *summary, QString *why)
{
    try {
        const CaptureExportResult r = exportCaptureFile(project, captureId, path, true);
        if (summary)
            *summary = QCoreApplication::translate("CaptureExport", "Exported %1 (%2, SHA-256 %3)")
                           .arg(QDir::toNativeSeparators(r.path), QLocale().formattedDataSize(r.sizeBytes),
                                QString::fromLatin1(r.sha256));
        return true;
    } catch (const StoreError &e) {
        if (why)
            *why = e.message();
        return false;
    }
}

QString chooseAndExportCapture(QWidget *parent, Project &project, const QUuid &captureId)
{
    const auto capture = project.find<Capture>(captureId);
    if (!capture)
        return {};
    const QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("CaptureExport", "Export capture"), capture->fileName);
    if (path.isEmpty())
        return {};
    QString summary, why;
    if (!exportCaptureTo(project, captureId, path, &summary, &why)) {
        QMessageBox::warning(parent, QCoreApplication::translate("CaptureExport", "Cannot export capture"), why);
        return {};
    }
    return summary;
}

} // namespace sightline::ui
