#pragma once

#include <QString>
#include <QStringList>

namespace sightline::render {

// How one layer of the map is listed and shown: what the layer panel edits and the project saves
// (order is the entries' order, bottom first). A value type.
struct LayerEntry
{
    QString id;
    QString name;
    bool visible = true;
    double opacity = 1.0;
    QStringList kinds;       // kinds this layer can filter by (keys), if any
    QStringList kindLabels;  // labels for those keys
    QStringList hiddenKinds; // keys
    bool removable = false;  // reference layers can be taken out
    QStringList items;       // what the layer holds, listed under it (scenes by date); not saved
    QStringList choices;     // what the layer can be switched to (the basemap's sources); not saved
    int chosen = -1;         // which of the choices it shows
    friend bool operator==(const LayerEntry &, const LayerEntry &) = default;
};

} // namespace sightline::render
