#include "fileactions.h"

#include "workspace.h"

#include "sightline/edit/document.h"
#include "sightline/ui/briefdialog.h"
#include "sightline/store/storeerror.h"
#include "sightline/ui/newprojectdialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

using namespace sightline;

namespace {
const QString kRecentSetting = QStringLiteral("recentProjects");
}

FileActions::FileActions(Workspace &workspace, QMenuBar *menuBar) : QObject(menuBar), m_workspace(workspace)
{
    QWidget *window = workspace.window();
    auto *file = menuBar->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &FileActions::newProject);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this, window] {
        const QString path =
            QFileDialog::getOpenFileName(window, tr("Open project"), QString(), tr("Sightline projects (*.gpkg)"));
        if (!path.isEmpty())
            emit openRequested(path);
    });
    m_recent = file->addMenu(tr("Open &recent"));
    fillRecentMenu();
    file->addAction(tr("Save a &copy as…"), QKeySequence::SaveAs, this, &FileActions::saveCopy);
    file->addAction(tr("Write a &brief…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, [this] {
        if (edit::Document *doc = m_workspace.document()) {
            ui::BriefDialog dialog(doc->project(), m_workspace.window());
            dialog.exec();
        }
    });
    file->addAction(tr("Add &vector layer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, [this, window] {
        const QString path = QFileDialog::getOpenFileName(
            window, tr("Add vector layer"), QString(),
            tr("Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)"));
        if (!path.isEmpty())
            emit referenceLayerRequested(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
}

void FileActions::newProject()
{
    ui::NewProjectDialog dialog(qEnvironmentVariable("USER"), m_workspace.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const store::NewProject spec = dialog.project();
    try {
        store::createProjectFile(spec);
    } catch (const StoreError &e) {
        QMessageBox::warning(m_workspace.window(), tr("Cannot make the project"), e.message());
        return;
    }
    emit openRequested(spec.path);
}

void FileActions::saveCopy()
{
    edit::Document *doc = m_workspace.document();
    if (!doc)
        return;
    const QString target = QFileDialog::getSaveFileName(m_workspace.window(), tr("Save a copy of the project"), QString(),
                                                        tr("Sightline projects (*.gpkg)"));
    if (target.isEmpty())
        return;
    try {
        doc->project().saveCopyAs(target);
        m_workspace.showMessage(tr("Saved a copy as %1").arg(target));
    } catch (const StoreError &e) {
        QMessageBox::warning(m_workspace.window(), tr("Cannot save a copy"), e.message());
    }
}

void FileActions::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentSetting).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentSetting, recent.mid(0, 10));
    fillRecentMenu();
}

void FileActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(kRecentSetting).toStringList();
    for (const QString &path : recent)
        m_recent->addAction(path, this, [this, path] { emit openRequested(path); });
    m_recent->setEnabled(!recent.isEmpty());
}
