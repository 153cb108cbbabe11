#include "sightline/ui/sitepanel.h"

#include "sightline/core/sitelookup.h"

#include "sightline/edit/document.h"
#include "sightline/ui/documentfollower.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/siteeditor.h"
#include "sightline/ui/sitelistmodel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace sightline::ui {

SitePanel::SitePanel(SelectionModel *selection, SiteEditor *editor, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_editor(editor),
      m_follower(new DocumentFollower(this, [this] { reload(); }, {RecordType::Site})),
      m_model(new SiteListModel(this)), m_list(new QListView(this)), m_edit(new QPushButton(tr("Edit…"), this)),
      m_delete(new QPushButton(tr("Delete"), this)), m_zoom(new QPushButton(tr("Zoom to"), this))
{
    m_list->setModel(m_model);
    m_list->setTextElideMode(Qt::ElideMiddle); // a long name keeps its kind in view
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *add = new QPushButton(tr("Add…"), this);
    add->setToolTip(tr("Add a site in the middle of the map (or click on the map with the edit-sites tool)"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_delete, m_zoom})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        const auto place = m_newSitePlace ? m_newSitePlace() : std::nullopt;
        m_editor->addSiteAt(place.value_or(GeoPoint{}));
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const Site *s = currentSite())
            m_editor->editSite(s->meta.id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const Site *s = currentSite())
            m_editor->deleteSite(s->meta.id);
    });
    connect(m_zoom, &QPushButton::clicked, this, [this] {
        if (const Site *s = currentSite())
            emit zoomRequested(boundsOf(*s));
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const Site *s = m_model->siteAt(index.row()))
            emit zoomRequested(boundsOf(*s));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        updateButtons();
        if (const Site *site = m_model->siteAt(index.row()); site && !m_following)
            m_selection->select({{RecordType::Site, site->meta.id}});
    });
    connect(m_selection, &SelectionModel::changed, this, &SitePanel::followSelection);
    updateButtons();
}

void SitePanel::setDocument(edit::Document *document)
{
    m_follower->setDocument(document);
}

void SitePanel::reload()
{
    m_following = true;
    if (edit::Document *doc = m_follower->document())
        m_model->reload(doc->project());
    else
        m_model->clear();
    m_following = false;
    followSelection();
}

void SitePanel::setPlaceForNewSites(std::function<std::optional<GeoPoint>()> place)
{
    m_newSitePlace = std::move(place);
}

std::optional<Site> SitePanel::siteNamed(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Site *site = m_model->siteAt(row);
        if (siteAnswersTo(*site, name)) // any case, a typed hyphen for an en dash
            return *site;
    }
    return std::nullopt;
}

GeoBounds SitePanel::boundsOf(const Site &site)
{
    return siteBounds(site);
}

void SitePanel::followSelection()
{
    m_following = true;
    const QList<QUuid> sites = m_selection->selectedOfType(RecordType::Site);
    bool found = false;
    for (int row = 0; sites.size() == 1 && row < m_model->rowCount(); ++row)
        if (m_model->siteAt(row)->meta.id == sites.first()) {
            m_list->setCurrentIndex(m_model->index(row));
            found = true;
        }
    if (!found) {
        m_list->clearSelection();
        m_list->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    updateButtons();
    m_following = false;
}

const Site *SitePanel::currentSite() const
{
    return m_model->siteAt(m_list->currentIndex().row());
}

void SitePanel::updateButtons()
{
    const bool one = currentSite() != nullptr && m_list->selectionModel()->isSelected(m_list->currentIndex());
    for (QPushButton *b : {m_edit, m_delete, m_zoom})
        b->setEnabled(one);
}

int SitePanel::preferredWidth() const
{
    return m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width() +
           8;
}

} // namespace sightline::ui
