#include "sightline/ui/sitescenespanel.h"

#include "sightline/store/project.h"
#include "sightline/ui/scenechoice.h"
#include "sightline/ui/selectionmodel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sightline::ui {

SiteScenesPanel::SiteScenesPanel(SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_title(new QLabel(this)), m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    m_title->setWordWrap(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Date"), tr("Provider"), tr("Resolution"), tr("Scene")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Double-click a scene to compare it with the one before it"));
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_filling || !item)
            return;
        const QUuid id = QUuid::fromString(item->data(0, Qt::UserRole).toString());
        m_selection->select({{RecordType::Scene, id}});
        emit sceneChosen(id);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit sceneActivated(QUuid::fromString(item->data(0, Qt::UserRole).toString()));
    });
    connect(m_selection, &SelectionModel::changed, this, &SiteScenesPanel::followSelection);
    fill();
}

void SiteScenesPanel::reload(const Project &project)
{
    m_sites = project.all<Site>();
    m_scenes = project.all<ImageryScene>();
    if (const auto site = project.find<Site>(m_site.meta.id))
        m_site = *site;
    else
        m_site = {};
    fill();
    followSelection();
}

void SiteScenesPanel::followSelection()
{
    const QList<QUuid> sites = m_selection->selectedOfType(RecordType::Site);
    if (sites.size() == 1 && sites.first() != m_site.meta.id) {
        for (const Site &s : std::as_const(m_sites))
            if (s.meta.id == sites.first())
                m_site = s;
        fill();
    }
    // A scene selected elsewhere (on the map) marks its row.
    const QList<QUuid> scenes = m_selection->selectedOfType(RecordType::Scene);
    m_filling = true;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (scenes.contains(QUuid::fromString(item->data(0, Qt::UserRole).toString())))
            m_list->setCurrentItem(item);
    }
    m_filling = false;
}

void SiteScenesPanel::fill()
{
    m_filling = true;
    m_list->clear();
    m_shown = m_site.meta.id.isNull() ? QList<ImageryScene>{} : scenesCovering(m_scenes, m_site);
    if (m_site.meta.id.isNull())
        m_title->setText(tr("Select a site to list the scenes that cover it."));
    else if (m_shown.isEmpty())
        m_title->setText(tr("No scene covers %1.").arg(m_site.name));
    else
        m_title->setText(tr("%n scene(s) cover %1, oldest first:", nullptr, int(m_shown.size())).arg(m_site.name));
    for (const ImageryScene &s : std::as_const(m_shown)) {
        const QDateTime t = s.acquired.reading();
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, t.isNull()                 ? tr("undated")
                                  : s.acquired.zoneUnknown() ? tr("%1 local time, zone unknown")
                                                                   .arg(t.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                                             : t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(ProviderColumn, s.provider);
        item->setText(ResolutionColumn, s.resolutionMeters > 0 ? tr("%1 m").arg(s.resolutionMeters, 0, 'g', 3) : QString());
        item->setTextAlignment(ResolutionColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(SceneIdColumn, s.providerSceneId.isEmpty() ? QFileInfo(s.filePath).fileName() : s.providerSceneId);
        item->setToolTip(SceneIdColumn, s.filePath);
        item->setData(0, Qt::UserRole, s.meta.id.toString());
    }
    for (int c = 0; c < SceneIdColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_filling = false;
}

} // namespace sightline::ui
