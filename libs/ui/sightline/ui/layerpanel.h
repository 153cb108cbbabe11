#pragma once

#include "sightline/render/layerentry.h"

#include <QStringList>
#include <QWidget>

class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace sightline::ui {

// The layer list: what is drawn, in which order (top of the list on top of the map), how
// opaque, for layers with kinds (sites) which kinds are shown, and for a layer with choices
// (the basemap) a combo under its row to switch it (also in the row's context menu). It only holds that state;
// the map model (render::MapModel) turns it into layers. GUI thread only.
class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    // The map model's entries: the panel edits them, the model turns them into layers.
    using Entry = render::LayerEntry;

    explicit LayerPanel(QWidget *parent = nullptr);
    // Bottom layer first, as drawn.
    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const;
    const Entry *entry(const QString &id) const;

signals:
    void changed();
    void removeRequested(const QString &id);
    void zoomToLayerRequested(const QString &id);
    // The analyst picked choice `index` of a layer that offers choices (the basemap's source),
    // from the combo under its row or the row's context menu. The panel does not change the
    // entry itself: whoever owns the choice does, and sets the entries again.
    void choiceRequested(const QString &id, int index);

private:
    void rebuild();
    void moveSelected(int delta);
    QString selectedId() const;
    void onItemChanged(QTreeWidgetItem *item, int column);
    void showContextMenu(const QPoint &pos);

    QList<Entry> m_entries; // bottom first
    QTreeWidget *m_tree;
    QSlider *m_opacity;
    bool m_updating = false;
};

} // namespace sightline::ui
