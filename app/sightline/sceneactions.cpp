#include "sceneactions.h"

#include "workspace.h"

#include "sightline/edit/annotationcommands.h"
#include "sightline/edit/document.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/edit/scenecommands.h"
#include "sightline/geo/overviewbuilder.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/sceneraster.h"
#include "sightline/store/scenefiles.h"
#include "sightline/render/mapmodel.h"
#include "sightline/ui/overviewbar.h"
#include "sightline/ui/scenedetailsdialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

using namespace sightline;

namespace {
const QString kEmbedSetting = QStringLiteral("imagery/embedOnImport");
}

SceneActions::SceneActions(Workspace &workspace, QMenu *imagery, QStatusBar *statusBar)
    : QObject(imagery), m_workspace(workspace)
{
    QAction *details = imagery->addAction(tr("Scene &details…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I), this,
                                          &SceneActions::editSceneDetails);
    details->setObjectName(QStringLiteral("sceneDetails"));
    imagery->addAction(tr("&Remove the selected scene…"), this, &SceneActions::removeSelectedScene)
        ->setObjectName(QStringLiteral("removeScene"));
    m_ask = [this](const QString &question) {
        return QMessageBox::question(m_workspace.window(), tr("Remove scene"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes;
    };
    imagery->addAction(tr("Build &overviews for the selected scene"), this, &SceneActions::buildSelectedOverviews)
        ->setObjectName(QStringLiteral("buildOverviews"));
    imagery->addAction(tr("&Embed the selected scene's file in the project"), this, &SceneActions::embedSelectedScene)
        ->setObjectName(QStringLiteral("embedScene"));
    m_embedOnImport = imagery->addAction(tr("Embed imported files in the project"));
    m_embedOnImport->setObjectName(QStringLiteral("embedOnImport"));
    m_embedOnImport->setCheckable(true);
    m_embedOnImport->setChecked(QSettings().value(kEmbedSetting, false).toBool());
    connect(m_embedOnImport, &QAction::toggled, this, [](bool on) { QSettings().setValue(kEmbedSetting, on); });

    m_overviews = new ui::OverviewBar(statusBar);
    statusBar->addWidget(m_overviews);
    connect(m_overviews, &ui::OverviewBar::built, this, [this](const QUuid &, const QString &file, int count) {
        reopenImagery();
        m_workspace.showMessage(tr("%1 has %n overview(s) now", nullptr, count).arg(QFileInfo(file).fileName()));
    });
    connect(m_overviews, &ui::OverviewBar::failed, this, [this](const QString &why) { m_workspace.showMessage(why); });
    connect(m_overviews, &ui::OverviewBar::cancelled, this,
            [this] { m_workspace.showMessage(tr("Building overviews cancelled; no overview file was left")); });
    // What the last project's imagery tools held does not carry over.
    connect(&workspace, &Workspace::documentChanged, m_overviews, &ui::OverviewBar::withdrawOffer);
    // An import undone takes its scenes off the offer.
    connect(&workspace, &Workspace::documentChanged, this, [this](edit::Document *doc) {
        if (!doc)
            return;
        connect(doc, &edit::Document::recordsChanged, m_overviews, [this, doc](RecordType type) {
            if (type != RecordType::Scene)
                return;
            QSet<QUuid> ids;
            for (const ImageryScene &s : doc->project().all<ImageryScene>())
                ids.insert(s.meta.id);
            m_overviews->keepOnly(ids);
        });
    });
}

bool SceneActions::embedOnImport() const
{
    return m_embedOnImport->isChecked();
}

std::optional<ImageryScene> SceneActions::selectedScene()
{
    const edit::Document *doc = m_workspace.document();
    if (!doc)
        return std::nullopt;
    const QList<QUuid> ids = m_workspace.selection()->selectedOfType(RecordType::Scene);
    const auto scene = ids.isEmpty() ? std::nullopt : doc->project().find<ImageryScene>(ids.first());
    if (!scene)
        m_workspace.showMessage(tr("Select a scene first: click inside its footprint"));
    return scene;
}

void SceneActions::editSceneDetails()
{
    const auto scene = selectedScene();
    if (!scene)
        return;
    edit::Document &doc = *m_workspace.document();
    ui::SceneDetailsDialog dialog(*scene, doc.project().custodyLog(scene->meta.id), m_workspace.window());
    if (dialog.exec() != QDialog::Accepted || dialog.scene() == *scene)
        return;
    m_workspace.runEdit(edit::saveSceneCommand(doc, dialog.scene(), tr("Details of %1").arg(QFileInfo(scene->filePath).fileName())));
}

bool SceneActions::removeSelectedScene()
{
    const auto scene = selectedScene();
    if (!scene)
        return false;
    edit::Document &doc = *m_workspace.document();
    const QString name = QFileInfo(scene->filePath).fileName();
    const auto annotations = edit::annotationsOnScene(doc.project(), scene->meta.id);
    QStringList question;
    if (!annotations.isEmpty())
        question << tr("%1 has %n annotation(s). Remove the scene and its annotations? Undo brings them back.", nullptr,
                       int(annotations.size()))
                        .arg(name);
    if (scene->embedded) // the store deletes the stored bytes with the record
        question << tr("The file embedded in the project is deleted with the scene, and undo does not bring it back.");
    if (!question.isEmpty() && !m_ask(question.join(QLatin1Char(' '))))
        return false;
    if (!m_workspace.runEdit(edit::removeSceneCommand(doc, scene->meta.id, tr("Remove %1").arg(name))))
        return false;
    m_workspace.selection()->clear();
    return true;
}

void SceneActions::embedSelectedScene()
{
    const auto scene = selectedScene();
    if (!scene)
        return;
    const QString name = QFileInfo(scene->filePath).fileName();
    if (scene->embedded) {
        m_workspace.showMessage(tr("%1 is already embedded in the project").arg(name));
        return;
    }
    m_workspace.runEdit(new edit::EmbedSceneCommand(*m_workspace.document(), scene->meta.id, tr("Embed %1").arg(name)));
}

void SceneActions::buildSelectedOverviews()
{
    const auto scene = selectedScene();
    if (!scene)
        return;
    QString why;
    const QString file = store::sceneFilePath(m_workspace.document()->project(), *scene, &why);
    if (file.isEmpty()) {
        m_workspace.showMessage(why);
        return;
    }
    const QString name = QFileInfo(scene->filePath).fileName();
    if (const int n = geo::OverviewBuilder::overviewCount(file); n > 0) {
        m_workspace.showMessage(tr("%1 already has %n overview(s)", nullptr, n).arg(name));
        return;
    }
    m_overviews->start({{scene->meta.id, file, name}});
}

void SceneActions::offerOverviews(const QList<ImageryScene> &scenes)
{
    QList<ui::OverviewBar::Job> jobs;
    for (const ImageryScene &s : scenes) {
        const QString file = store::sceneFilePath(m_workspace.document()->project(), s);
        if (!file.isEmpty() && geo::OverviewBuilder::needsOverviews(file))
            jobs.append({s.meta.id, file, QFileInfo(s.filePath).fileName()});
    }
    m_overviews->offer(jobs);
}

void SceneActions::reopenImagery()
{
    // Workers drop their open datasets, and the layer reads the files' overviews afresh.
    render::SceneRaster::reopenFiles();
    if (const edit::Document *doc = m_workspace.document())
        m_workspace.layers()->setProject(doc->project(), render::BasemapLayer::defaultPath());
}
