// Scenes beyond their display: their details (provider, acquisition, licence ...), their files
// embedded in the project, and overviews built in the background for files that lack them.
#include "mainwindow.h"

#include "sightline/edit/recordcommands.h"
#include "sightline/edit/scenecommands.h"
#include "sightline/geo/overviewbuilder.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/sceneraster.h"
#include "sightline/store/scenefiles.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/render/mapmodel.h"
#include "sightline/ui/overviewbar.h"
#include "sightline/ui/scenedetailsdialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSettings>
#include <QStatusBar>

using namespace sightline;

namespace {
const QString kEmbedSetting = QStringLiteral("imagery/embedOnImport");

// A double click inside a scene's footprint opens its details instead of zooming in.
class SceneDoubleClick : public QObject
{
public:
    SceneDoubleClick(QObject *parent, std::function<bool(QPointF)> handle) : QObject(parent), m_handle(std::move(handle)) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonDblClick)
            return m_handle(static_cast<QMouseEvent *>(event)->position());
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool(QPointF)> m_handle;
};
} // namespace

void MainWindow::addSceneActions(QMenu *imagery)
{
    QAction *details = imagery->addAction(tr("Scene &details…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I), this,
                                          &MainWindow::editSceneDetails);
    details->setObjectName(QStringLiteral("sceneDetails"));
    imagery->addAction(tr("Build &overviews for the selected scene"), this, &MainWindow::buildSelectedOverviews)
        ->setObjectName(QStringLiteral("buildOverviews"));
    imagery->addAction(tr("&Embed the selected scene's file in the project"), this, &MainWindow::embedSelectedScene)
        ->setObjectName(QStringLiteral("embedScene"));
    m_embedOnImport = imagery->addAction(tr("Embed imported files in the project"));
    m_embedOnImport->setObjectName(QStringLiteral("embedOnImport"));
    m_embedOnImport->setCheckable(true);
    m_embedOnImport->setChecked(QSettings().value(kEmbedSetting, false).toBool());
    connect(m_embedOnImport, &QAction::toggled, this, [](bool on) { QSettings().setValue(kEmbedSetting, on); });

    m_overviews = new ui::OverviewBar(this);
    statusBar()->addWidget(m_overviews);
    connect(m_overviews, &ui::OverviewBar::built, this, [this](const QUuid &, const QString &file, int count) {
        reopenImagery();
        m_message->setText(tr("%1 has %n overview(s) now", nullptr, count).arg(QFileInfo(file).fileName()));
    });
    connect(m_overviews, &ui::OverviewBar::failed, this, [this](const QString &why) { m_message->setText(why); });
    connect(m_overviews, &ui::OverviewBar::cancelled, this,
            [this] { m_message->setText(tr("Building overviews cancelled; no overview file was left")); });

    m_canvas->installEventFilter(new SceneDoubleClick(this, [this](QPointF pixel) {
        if (!m_doc || m_canvas->tool() != ui::MapCanvas::Tool::Pan)
            return false;
        const double dpr = m_canvas->devicePixelRatioF();
        const QList<RecordRef> hits = m_layers->recordsAt(m_canvas->settings(), pixel * dpr, 6 * dpr);
        if (hits.isEmpty() || hits.first().type != RecordType::Scene)
            return false;
        m_selection->select({hits.first()});
        editSceneDetails();
        return true;
    }));
}

std::optional<ImageryScene> MainWindow::selectedScene()
{
    if (!m_doc)
        return std::nullopt;
    const QList<QUuid> ids = m_selection->selectedOfType(RecordType::Scene);
    const auto scene = ids.isEmpty() ? std::nullopt : m_doc->project().find<ImageryScene>(ids.first());
    if (!scene)
        m_message->setText(tr("Select a scene first: click inside its footprint"));
    return scene;
}

void MainWindow::editSceneDetails()
{
    const auto scene = selectedScene();
    if (!scene)
        return;
    ui::SceneDetailsDialog dialog(*scene, m_doc->project().custodyLog(scene->meta.id), this);
    if (dialog.exec() != QDialog::Accepted || dialog.scene() == *scene)
        return;
    runEdit(new edit::SaveRecordCommand<ImageryScene>(*m_doc, dialog.scene(),
                                                      tr("Details of %1").arg(QFileInfo(scene->filePath).fileName())));
}

void MainWindow::embedSelectedScene()
{
    const auto scene = selectedScene();
    if (!scene)
        return;
    const QString name = QFileInfo(scene->filePath).fileName();
    if (scene->embedded) {
        m_message->setText(tr("%1 is already embedded in the project").arg(name));
        return;
    }
    runEdit(new edit::EmbedSceneCommand(*m_doc, scene->meta.id, tr("Embed %1").arg(name)));
}

void MainWindow::buildSelectedOverviews()
{
    const auto scene = selectedScene();
    if (!scene)
        return;
    QString why;
    const QString file = store::sceneFilePath(m_doc->project(), *scene, &why);
    if (file.isEmpty()) {
        m_message->setText(why);
        return;
    }
    const QString name = QFileInfo(scene->filePath).fileName();
    if (const int n = geo::OverviewBuilder::overviewCount(file); n > 0) {
        m_message->setText(tr("%1 already has %n overview(s)", nullptr, n).arg(name));
        return;
    }
    m_overviews->start({{scene->meta.id, file, name}});
}

void MainWindow::offerOverviews(const QList<ImageryScene> &scenes)
{
    QList<ui::OverviewBar::Job> jobs;
    for (const ImageryScene &s : scenes) {
        const QString file = store::sceneFilePath(m_doc->project(), s);
        if (!file.isEmpty() && geo::OverviewBuilder::needsOverviews(file))
            jobs.append({s.meta.id, file, QFileInfo(s.filePath).fileName()});
    }
    m_overviews->offer(jobs);
}

void MainWindow::reopenImagery()
{
    // Workers drop their open datasets, and the layer reads the files' overviews afresh.
    render::SceneRaster::reopenFiles();
    if (m_doc)
        m_layers->setProject(m_doc->project(), render::BasemapLayer::defaultPath());
}
