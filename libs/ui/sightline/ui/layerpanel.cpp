#include "sightline/ui/layerpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sightline::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;
} // namespace

LayerPanel::LayerPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this)), m_opacity(new QSlider(Qt::Horizontal, this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(100);
    m_opacity->setEnabled(false);
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    auto *up = new QToolButton(this);
    up->setText(tr("Up"));
    up->setToolTip(tr("Draw the selected layer higher"));
    auto *down = new QToolButton(this);
    down->setText(tr("Down"));
    down->setToolTip(tr("Draw the selected layer lower"));
    auto *remove = new QToolButton(this);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove the selected reference layer"));
    auto *zoom = new QToolButton(this);
    zoom->setText(tr("Zoom"));
    zoom->setToolTip(tr("Zoom to the selected layer"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(zoom);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), this));
    opacityRow->addWidget(m_opacity);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree);
    layout->addLayout(opacityRow);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemChanged, this, &LayerPanel::onItemChanged);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &LayerPanel::showContextMenu);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const Entry *e = entry(selectedId());
        m_updating = true;
        m_opacity->setEnabled(e);
        m_opacity->setValue(e ? qRound(e->opacity * 100) : 100);
        m_updating = false;
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        if (m_updating)
            return;
        for (Entry &e : m_entries)
            if (e.id == selectedId())
                e.opacity = v / 100.0;
        emit changed();
    });
    connect(up, &QToolButton::clicked, this, [this] { moveSelected(+1); });
    connect(down, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(remove, &QToolButton::clicked, this, [this] {
        if (const Entry *e = entry(selectedId()); e && e->removable)
            emit removeRequested(e->id);
    });
    connect(zoom, &QToolButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            emit zoomToLayerRequested(selectedId());
    });
}

void LayerPanel::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    rebuild();
}

QList<LayerPanel::Entry> LayerPanel::entries() const
{
    return m_entries;
}

const LayerPanel::Entry *LayerPanel::entry(const QString &id) const
{
    for (const Entry &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

QString LayerPanel::selectedId() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void LayerPanel::rebuild()
{
    const QString selected = selectedId();
    m_updating = true;
    m_tree->clear();
    // The top of the list is the top of the map.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_tree, {it->name});
        item->setData(0, kIdRole, it->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, it->visible ? Qt::Checked : Qt::Unchecked);
        for (int k = 0; k < it->kinds.size(); ++k) {
            auto *kind = new QTreeWidgetItem(item, {it->kindLabels.value(k, it->kinds[k])});
            kind->setData(0, kKindRole, it->kinds[k]);
            kind->setFlags(kind->flags() | Qt::ItemIsUserCheckable);
            kind->setCheckState(0, it->hiddenKinds.contains(it->kinds[k]) ? Qt::Unchecked : Qt::Checked);
        }
        if (!it->choices.isEmpty()) {
            // The source it shows, switched in place.
            auto *row = new QTreeWidgetItem(item);
            row->setFlags(Qt::ItemIsEnabled);
            auto *combo = new QComboBox(m_tree);
            combo->setObjectName(QStringLiteral("layerChoice_") + it->id);
            combo->setToolTip(tr("Which source this layer draws"));
            combo->addItems(it->choices);
            combo->setCurrentIndex(it->chosen);
            const QString id = it->id;
            connect(combo, &QComboBox::activated, this, [this, id](int index) { emit choiceRequested(id, index); });
            m_tree->setItemWidget(row, 0, combo);
            item->setExpanded(true);
        }
        for (const QString &text : it->items) {
            auto *listed = new QTreeWidgetItem(item, {text});
            listed->setFlags(Qt::ItemIsEnabled);
        }
        if (it->id == selected)
            m_tree->setCurrentItem(item);
    }
    m_updating = false;
}

void LayerPanel::onItemChanged(QTreeWidgetItem *item, int)
{
    if (m_updating)
        return;
    QTreeWidgetItem *top = item->parent() ? item->parent() : item;
    const QString id = top->data(0, kIdRole).toString();
    for (Entry &e : m_entries) {
        if (e.id != id)
            continue;
        if (item->parent()) {
            const QString kind = item->data(0, kKindRole).toString();
            e.hiddenKinds.removeAll(kind);
            if (item->checkState(0) != Qt::Checked)
                e.hiddenKinds << kind;
        } else {
            e.visible = item->checkState(0) == Qt::Checked;
        }
    }
    emit changed();
}

void LayerPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    while (item && item->parent())
        item = item->parent();
    const Entry *e = item ? entry(item->data(0, kIdRole).toString()) : nullptr;
    if (!e || e->choices.isEmpty())
        return;
    QMenu menu(this);
    for (int i = 0; i < e->choices.size(); ++i) {
        QAction *a = menu.addAction(e->choices[i]);
        a->setCheckable(true);
        a->setChecked(i == e->chosen);
        const QString id = e->id;
        connect(a, &QAction::triggered, this, [this, id, i] { emit choiceRequested(id, i); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void LayerPanel::moveSelected(int delta)
{
    const QString id = selectedId();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id != id)
            continue;
        const int j = i + delta;
        if (j < 0 || j >= m_entries.size())
            return;
        m_entries.swapItemsAt(i, j);
        rebuild();
        emit changed();
        return;
    }
}

} // namespace sightline::ui
