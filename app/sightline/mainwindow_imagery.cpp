// The Imagery menu: import image files as scenes, change how a scene is drawn, find moved files.
// Every change is an undoable command.
#include "mainwindow.h"

#include "sightline/edit/recordcommands.h"
#include "sightline/edit/scenecommands.h"
#include "sightline/geo/georeferencer.h"
#include "sightline/store/scenefiles.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/scenedisplaydialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

using namespace sightline;

void MainWindow::addImageryMenu()
{
    auto *imagery = menuBar()->addMenu(tr("&Imagery"));
    imagery->addAction(tr("&Import images…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importImagery);
    imagery->addAction(tr("&Display of the selected scene…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                       &MainWindow::editSceneDisplay);
    imagery->addAction(tr("&Find moved image files…"), this, &MainWindow::findMovedImagery);
    imagery->addAction(tr("&Georeference image…"), this, [this] { georeferenceImage(); });
    addSceneActions(imagery);
    imagery->addSeparator();
    QAction *swipe = imagery->addAction(tr("&Swipe: the map without imagery left of a line"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this,
                                        [this](bool on) { m_canvas->setSwipe(on); });
    swipe->setCheckable(true);
    addCompareMenu(imagery);
}

void MainWindow::importImagery()
{
    if (!m_doc)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import images"), QString(),
        tr("Images (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;All files (*)"));
    if (files.isEmpty())
        return;
    QStringList ungeoreferenced;
    const QStringList refused = importImageryFiles(files, &ungeoreferenced);
    if (!refused.isEmpty())
        reportRefusedImages(refused, ungeoreferenced);
}

QStringList MainWindow::importImageryFiles(const QStringList &files, QStringList *ungeoreferenced)
{
    if (!m_doc)
        return {};
    const bool embed = m_embedOnImport && m_embedOnImport->isChecked();
    QStringList refused;
    QList<ImageryScene> imported;
    m_doc->undoStack().beginMacro(tr("Import %n image(s)", nullptr, static_cast<int>(files.size())));
    for (const QString &file : files) {
        try {
            const store::SceneImportReport r = store::readScene(m_doc->project(), file);
            const QString name = QFileInfo(file).fileName();
            runEdit(new edit::SaveRecordCommand<ImageryScene>(*m_doc, r.scene, tr("Import %1").arg(name)));
            // Embedding is a step of its own, so that undoing it alone returns the scene to a reference.
            if (embed)
                runEdit(new edit::EmbedSceneCommand(*m_doc, r.scene.meta.id, tr("Embed %1").arg(name)));
            if (const auto saved = m_doc->project().find<ImageryScene>(r.scene.meta.id))
                imported << *saved;
        } catch (const StoreError &e) {
            refused << e.message();
            if (ungeoreferenced && geo::lacksGeoreferencing(file))
                *ungeoreferenced << file;
        }
    }
    m_doc->undoStack().endMacro();
    offerOverviews(imported);
    return refused;
}

void MainWindow::editSceneDisplay()
{
    if (!m_doc)
        return;
    const QList<QUuid> ids = m_selection->selectedOfType(RecordType::Scene);
    const auto scene = ids.isEmpty() ? std::nullopt : m_doc->project().find<ImageryScene>(ids.first());
    if (!scene) {
        m_message->setText(tr("Select a scene first: click inside its footprint"));
        return;
    }
    ui::SceneDisplayDialog dialog(*scene, this);
    if (dialog.exec() != QDialog::Accepted || dialog.display() == scene->display)
        return;
    ImageryScene changed = *scene;
    changed.display = dialog.display();
    runEdit(new edit::SaveRecordCommand<ImageryScene>(*m_doc, changed,
                                                      tr("Display of %1").arg(QFileInfo(scene->filePath).fileName())));
}

void MainWindow::findMovedImagery()
{
    if (!m_doc)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with the moved image files"));
    if (folder.isEmpty())
        return;
    try {
        const QList<ImageryScene> found = store::findMovedScenes(m_doc->project(), folder);
        m_doc->undoStack().beginMacro(tr("Find moved image files"));
        for (const ImageryScene &s : found)
            runEdit(new edit::SaveRecordCommand<ImageryScene>(*m_doc, s, tr("Find %1").arg(s.filePath)));
        m_doc->undoStack().endMacro();
        m_message->setText(tr("Found %n moved image file(s)", nullptr, static_cast<int>(found.size())));
    } catch (const StoreError &e) {
        QMessageBox::warning(this, tr("Cannot search the folder"), e.message());
    }
}
