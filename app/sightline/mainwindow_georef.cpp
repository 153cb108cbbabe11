// Imagery > Georeference image: places an image without georeferencing (a screenshot, a scanned
// map) from ground control points and adds the result as a scene, one undoable command. Also
// offered when an import is refused for lack of georeferencing.
#include "mainwindow.h"

#include "sightline/geo/georeferencer.h"
#include "sightline/ui/georeferencedialog.h"
#include "sightline/ui/mapcanvas.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace sightline;

void MainWindow::georeferenceImage(const QString &file)
{
    if (!m_doc)
        return;
    const QString path = !file.isEmpty() ? file
                                         : QFileDialog::getOpenFileName(
                                               this, tr("Georeference image"), QString(),
                                               tr("Images (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    auto georeferencer = geo::Georeferencer::open(path, &error);
    if (!georeferencer) {
        QMessageBox::warning(this, tr("Cannot georeference the image"), error);
        return;
    }
    ui::GeoreferenceDialog dialog(*m_doc, std::move(*georeferencer), m_canvas->layers(), m_canvas->settings(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(tr("Added the georeferenced %1 as a scene").arg(QFileInfo(path).fileName()));
}

void MainWindow::reportRefusedImages(const QStringList &reasons, const QStringList &ungeoreferenced)
{
    QMessageBox box(QMessageBox::Warning, tr("Some images were not imported"), reasons.join(u'\n'), QMessageBox::Ok,
                    this);
    QPushButton *georeference = nullptr;
    if (!ungeoreferenced.isEmpty())
        georeference = box.addButton(tr("Georeference %1…").arg(QFileInfo(ungeoreferenced.first()).fileName()),
                                     QMessageBox::ActionRole);
    box.exec();
    if (georeference && box.clickedButton() == georeference)
        georeferenceImage(ungeoreferenced.first());
}
