#include "imageryactions.h"

#include "sceneactions.h"
#include "workspace.h"

#include "sightline/edit/document.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/edit/scenecommands.h"
#include "sightline/geo/georeferencer.h"
#include "sightline/store/scenefiles.h"
#include "sightline/store/storeerror.h"
#include "sightline/ui/georeferencedialog.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/scenedisplaydialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

using namespace sightline;

ImageryActions::ImageryActions(Workspace &workspace, QMenu *imagery, QStatusBar *statusBar)
    : QObject(imagery), m_workspace(workspace)
{
    m_import = imagery->addAction(tr("&Import images…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &ImageryActions::importImagery);
    imagery->addAction(tr("&Display of the selected scene…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                       &ImageryActions::editSceneDisplay);
    imagery->addAction(tr("&Find moved image files…"), this, &ImageryActions::findMovedImagery);
    imagery->addAction(tr("&Georeference image…"), this, [this] { georeferenceImage(); });
    m_scenes = new SceneActions(workspace, imagery, statusBar);
    imagery->addSeparator();
    QAction *swipe = imagery->addAction(tr("&Swipe: the map without imagery left of a line"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this,
                                        [this](bool on) { m_workspace.canvas()->setSwipe(on); });
    swipe->setCheckable(true);
}

void ImageryActions::importImagery()
{
    if (!m_workspace.document())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        m_workspace.window(), tr("Import images"), QString(),
        tr("Images (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;All files (*)"));
    if (files.isEmpty())
        return;
    QStringList ungeoreferenced;
    const QStringList refused = importImageryFiles(files, &ungeoreferenced);
    if (!refused.isEmpty())
        reportRefusedImages(refused, ungeoreferenced);
}

QStringList ImageryActions::importImageryFiles(const QStringList &files, QStringList *ungeoreferenced)
{
    edit::Document *doc = m_workspace.document();
    if (!doc)
        return {};
    const bool embed = m_scenes->embedOnImport();
    QStringList refused;
    QList<ImageryScene> imported;
    doc->undoStack().beginMacro(tr("Import %n image(s)", nullptr, static_cast<int>(files.size())));
    for (const QString &file : files) {
        try {
            const store::SceneImportReport r = store::readScene(doc->project(), file);
            const QString name = QFileInfo(file).fileName();
            m_workspace.runEdit(new edit::SaveRecordCommand<ImageryScene>(*doc, r.scene, tr("Import %1").arg(name)));
            // Embedding is a step of its own, so that undoing it alone returns the scene to a reference.
            if (embed)
                m_workspace.runEdit(new edit::EmbedSceneCommand(*doc, r.scene.meta.id, tr("Embed %1").arg(name)));
            if (const auto saved = doc->project().find<ImageryScene>(r.scene.meta.id))
                imported << *saved;
        } catch (const StoreError &e) {
            refused << e.message();
            if (ungeoreferenced && geo::lacksGeoreferencing(file))
                *ungeoreferenced << file;
        }
    }
    doc->undoStack().endMacro();
    m_scenes->offerOverviews(imported);
    return refused;
}

void ImageryActions::editSceneDisplay()
{
    edit::Document *doc = m_workspace.document();
    if (!doc)
        return;
    const QList<QUuid> ids = m_workspace.selection()->selectedOfType(RecordType::Scene);
    const auto scene = ids.isEmpty() ? std::nullopt : doc->project().find<ImageryScene>(ids.first());
    if (!scene) {
        m_workspace.showMessage(tr("Select a scene first: click inside its footprint"));
        return;
    }
    ui::SceneDisplayDialog dialog(*scene, m_workspace.window());
    if (dialog.exec() != QDialog::Accepted || dialog.display() == scene->display)
        return;
    ImageryScene changed = *scene;
    changed.display = dialog.display();
    m_workspace.runEdit(new edit::SaveRecordCommand<ImageryScene>(
        *doc, changed, tr("Display of %1").arg(QFileInfo(scene->filePath).fileName())));
}

void ImageryActions::findMovedImagery()
{
    edit::Document *doc = m_workspace.document();
    if (!doc)
        return;
    const QString folder = QFileDialog::getExistingDirectory(m_workspace.window(), tr("Folder with the moved image files"));
    if (folder.isEmpty())
        return;
    try {
        const QList<ImageryScene> found = store::findMovedScenes(doc->project(), folder);
        doc->undoStack().beginMacro(tr("Find moved image files"));
        for (const ImageryScene &s : found)
            m_workspace.runEdit(new edit::SaveRecordCommand<ImageryScene>(*doc, s, tr("Find %1").arg(s.filePath)));
        doc->undoStack().endMacro();
        m_workspace.showMessage(tr("Found %n moved image file(s)", nullptr, static_cast<int>(found.size())));
    } catch (const StoreError &e) {
        QMessageBox::warning(m_workspace.window(), tr("Cannot search the folder"), e.message());
    }
}

void ImageryActions::georeferenceImage(const QString &file)
{
    edit::Document *doc = m_workspace.document();
    if (!doc)
        return;
    const QString path = !file.isEmpty() ? file
                                         : QFileDialog::getOpenFileName(
                                               m_workspace.window(), tr("Georeference image"), QString(),
                                               tr("Images (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    auto georeferencer = geo::Georeferencer::open(path, &error);
    if (!georeferencer) {
        QMessageBox::warning(m_workspace.window(), tr("Cannot georeference the image"), error);
        return;
    }
    const ui::MapCanvas *canvas = m_workspace.canvas();
    ui::GeoreferenceDialog dialog(*doc, std::move(*georeferencer), canvas->layers(), canvas->settings(), m_workspace.window());
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.showMessage(tr("Added the georeferenced %1 as a scene").arg(QFileInfo(path).fileName()));
}

void ImageryActions::reportRefusedImages(const QStringList &reasons, const QStringList &ungeoreferenced)
{
    QMessageBox box(QMessageBox::Warning, tr("Some images were not imported"), reasons.join(u'\n'), QMessageBox::Ok,
                    m_workspace.window());
    QPushButton *georeference = nullptr;
    if (!ungeoreferenced.isEmpty())
        georeference = box.addButton(tr("Georeference %1…").arg(QFileInfo(ungeoreferenced.first()).fileName()),
                                     QMessageBox::ActionRole);
    box.exec();
    if (georeference && box.clickedButton() == georeference)
        georeferenceImage(ungeoreferenced.first());
}
