#pragma once

#include <QString>
#include <QStringList>

namespace sightline {

// How one map layer is shown: saved in the project so that the map reopens as it was left.
// Not a record: the whole set is replaced at once and has no identity of its own.
struct LayerState
{
    QString layerId;         // stable id of the layer ("sites", a reference file's path)
    int position = 0;        // drawing order: 0 is drawn first, at the bottom
    bool visible = true;
    double opacity = 1.0;    // 0..1
    QStringList hiddenKinds; // keys of the kinds not drawn ("rail_yard")
    friend bool operator==(const LayerState &, const LayerState &) = default;
};

} // namespace sightline
