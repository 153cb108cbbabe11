#include "fileactions.h"

#include "basemapactions.h"
#include "workspace.h"

#include "sightline/edit/addedrecordscommand.h"
#include "sightline/edit/document.h"
#include "sightline/ui/briefdialog.h"
#include "sightline/interop/exchangeimport.h"
#include "sightline/interop/importerror.h"
#include "sightline/interop/qgisproject.h"
#include "sightline/interop/stixexport.h"
#include "sightline/interop/vectorexport.h"
#include "sightline/merge/merge.h"
#include "sightline/store/storeerror.h"
#include "sightline/ui/mergeconflictdialog.h"
#include "sightline/ui/newprojectdialog.h"
#include "sightline/ui/preferences.h"

#include <QApplication>
#include <QFileInfo>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

#include <memory>

using namespace sightline;

namespace {
const QString kRecentSetting = QStringLiteral("recentProjects");
}

FileActions::FileActions(Workspace &workspace, QMenuBar *menuBar) : QObject(menuBar), m_workspace(workspace)
{
    QWidget *window = workspace.window();
    auto *file = menuBar->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &FileActions::newProject);
    m_open = file->addAction(tr("&Open…"), QKeySequence::Open, this, &FileActions::askToOpen);
    m_recent = file->addMenu(tr("Open &recent"));
    fillRecentMenu();
    m_projectActions << file->addAction(tr("Save a &copy as…"), QKeySequence::SaveAs, this, &FileActions::saveCopy);
    m_projectActions << file->addAction(tr("&Merge another copy…"), this, &FileActions::mergeCopy);
    m_projectActions << file->addAction(tr("Merge co&nflicts…"), this, &FileActions::showConflicts);
    m_projectActions << file->addAction(tr("Write a &brief…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, [this] {
        if (edit::Document *doc = m_workspace.document()) {
            ui::BriefDialog dialog(doc->project(), m_workspace.window());
            dialog.setTileSettings(BasemapActions::tileSettings());
            dialog.exec();
        }
    });
    m_projectActions << file->addAction(tr("&Export…"), this, &FileActions::exportProject);
    m_projectActions << file->addAction(tr("&Import…"), this, &FileActions::importFile);
    m_projectActions << file->addAction(tr("Add &vector layer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, [this, window] {
        const QString path = QFileDialog::getOpenFileName(
            window, tr("Add vector layer"), QString(),
            tr("Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)"));
        if (!path.isEmpty())
            emit referenceLayerRequested(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
}

void FileActions::askToOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_workspace.window(), tr("Open project"), QString(),
                                                      tr("Sightline projects (*.gpkg)"));
    if (!path.isEmpty())
        emit openRequested(path);
}

void FileActions::newProject()
{
    const ui::Preferences defaults;
    const ui::Preferences &prefs = m_prefs ? *m_prefs : defaults;
    ui::NewProjectDialog dialog(prefs.author(), m_workspace.window());
    dialog.setMarking(prefs.defaultMarking);
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

void FileActions::mergeCopy()
{
    edit::Document *doc = m_workspace.document();
    if (!doc)
        return;
    QWidget *window = m_workspace.window();
    const QString theirs = QFileDialog::getOpenFileName(window, tr("Merge another copy of this project"), QString(),
                                                        tr("Sightline projects (*.gpkg)"));
    if (theirs.isEmpty())
        return;
    const QFileInfo mine(doc->project().path());
    const QString target = QFileDialog::getSaveFileName(
        window, tr("Save the merged project as"),
        mine.absolutePath() + u'/' + mine.completeBaseName() + QStringLiteral("-merged.gpkg"),
        tr("Sightline projects (*.gpkg)"));
    if (target.isEmpty())
        return;
    merge::MergeOptions options;
    options.author = doc->project().author();
    options.overwrite = QFileInfo::exists(target); // the save dialog asked already
    merge::MergeReport report;
    try {
        report = merge::mergeCopies(doc->project().path(), theirs, target, options);
    } catch (const StoreError &e) {
        QMessageBox::warning(window, tr("Cannot merge"), e.message());
        return;
    }
    emit openRequested(target);
    m_workspace.showMessage(tr("Merged into %1: %n conflict(s) to resolve", nullptr, int(report.conflicts.size()))
                                .arg(target));
    if (!report.conflicts.isEmpty())
        showConflicts();
}

void FileActions::showConflicts()
{
    if (edit::Document *doc = m_workspace.document()) {
        ui::MergeConflictDialog dialog(*doc, m_workspace.window());
        dialog.exec();
    }
}

void FileActions::exportProject()
{
    edit::Document *doc = m_workspace.document();
    if (!doc) return;
    QWidget *window = m_workspace.window();
    const QList<std::pair<QString, QString>> formats{
        {tr("STIX 2.1 bundle (*.json)"), QStringLiteral("stix")},
        {tr("GeoJSON (*.geojson)"), QStringLiteral("geojson")},
        {tr("KML (*.kml)"), QStringLiteral("kml")},
        {tr("KMZ (*.kmz)"), QStringLiteral("kmz")},
        {tr("CSV (*.csv)"), QStringLiteral("csv")},
        {tr("GeoPackage layers (*.gpkg)"), QStringLiteral("gpkg")},
        {tr("QGIS project and its GeoPackage (*.qgs)"), QStringLiteral("qgs")}};
    QStringList filters;
    for (const auto &f : formats)
        filters << f.first;
    QString chosen = filters.first();
    QString target = QFileDialog::getSaveFileName(window, tr("Export"), QString(),
                                                  filters.join(QStringLiteral(";;")), &chosen);
    if (target.isEmpty()) return;
    const QString key = formats.value(std::max<qsizetype>(0, filters.indexOf(chosen))).second;
    const QString suffix = key == QLatin1String("stix") ? QStringLiteral("json") : key;
    if (QFileInfo(target).suffix().isEmpty()) target += u'.' + suffix;
    Project &project = doc->project();
    const QString beside = QFileInfo(target).absoluteDir().filePath(QFileInfo(target).completeBaseName() +
                                                                    QStringLiteral(".gpkg"));
    for (const QString &out : {target, beside})
        if ((out == target || key == QLatin1String("qgs")) &&
            QFileInfo(out).absoluteFilePath() == QFileInfo(project.path()).absoluteFilePath()) {
            QMessageBox::warning(window, tr("Cannot export"), tr("%1 is the project itself.").arg(out));
            return;
        }
    if (const auto marking = project.marking(); isRestricted(marking)) {
        const auto answer =
            QMessageBox::question(window, tr("Export restricted material?"),
                                  tr("This project is marked %1: %2\n\nExport it to %3 anyway?")
                                      .arg(markingText(*marking), markingMeaning(*marking), target),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) return;
    }
    const ExportSet set = collectExport(project, {});
    QString why;
    bool ok = false;
    if (key == QLatin1String("stix"))
        ok = exportStix(set, target, nullptr, &why);
    else if (key == QLatin1String("qgs"))
        ok = exportQgisProject(set, target, QFileInfo(project.path()).absolutePath(), nullptr, &why);
    else
        ok = exportVector(set, target, *vectorFormatFromKey(key), nullptr, &why);
    if (ok)
        m_workspace.showMessage(tr("Exported to %1 (%2)").arg(target, set.handlingNote()));
    else
        QMessageBox::warning(window, tr("Cannot export"), why);
}

void FileActions::importFile()
{
    edit::Document *doc = m_workspace.document();
    if (!doc) return;
    const QString path = QFileDialog::getOpenFileName(
        m_workspace.window(), tr("Import"), QString(),
        tr("STIX 2.1, GeoJSON, KML, KMZ, CSV (*.json *.stix *.geojson *.kml *.kmz *.csv);;All files (*)"));
    if (path.isEmpty()) return;
    auto report = std::make_shared<ExchangeImportReport>();
    auto *command = new edit::AddedRecordsCommand(
        *doc, tr("Import %1").arg(QFileInfo(path).fileName()), [path, report](Project &project) {
            try {
                *report = importExchangeFile(project, path);
            } catch (const ImportError &e) {
                throw StoreError(StoreError::Kind::Invalid, e.file(), e.problem());
            }
            return report->added;
        });
    if (!m_workspace.runEdit(command)) return;
    QString said = tr("Imported %1 (%2): %n new record(s)", nullptr, static_cast<int>(report->added.size()))
                       .arg(path, report->format);
    if (report->alreadyPresent > 0)
        said += tr(", %n already in the project", nullptr, report->alreadyPresent);
    if (!report->notUnderstood.isEmpty())
        said += tr("; not understood: %1").arg(report->notUnderstood.join(QStringLiteral(", ")));
    m_workspace.showMessage(said);
}

void FileActions::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentSetting).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentSetting, recent.mid(0, 10));
    fillRecentMenu();
    emit recentChanged(recentProjects());
}

QStringList FileActions::recentProjects() const
{
    return QSettings().value(kRecentSetting).toStringList();
}

void FileActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(kRecentSetting).toStringList();
    for (const QString &path : recent)
        m_recent->addAction(path, this, [this, path] { emit openRequested(path); });
    m_recent->setEnabled(!recent.isEmpty());
}
