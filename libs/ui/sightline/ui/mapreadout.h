#pragma once

#include "sightline/core/geometry.h"
#include "sightline/ui/preferences.h"

#include <QWidget>

class QLabel;

namespace sightline::ui {

class MapCanvas;

// The status bar's readout of a map: a message line, the active tool's status (a measurement),
// the cursor's position (decimal degrees, degrees-minutes-seconds and MGRS), the scale on this
// screen and the CRS. It follows the canvas by itself; others only post messages.
// GUI thread only.
class MapReadout : public QWidget
{
    Q_OBJECT
public:
    explicit MapReadout(MapCanvas *canvas, QWidget *parent = nullptr);
    // A one-line message (what an action did, why a layer was not drawn); empty clears it.
    void showMessage(const QString &text);
    QString message() const;
    QString toolStatus() const;
    QString position() const;
    QString scale() const;
    QString crs() const;

    // "42.42170, 130.60260   42°25′18.1″N 130°36′09.4″E   52T ..." for a position.
    static QString positionText(const GeoPoint &lonLat);
    // A position in one format: "42.42170, 130.60260", "42°25′18.1″N 130°36′09.4″E" or
    // "52TGN 08553 96738" (copied from the map's context menu, shown in the status bar).
    static QString coordinateText(const GeoPoint &lonLat, Preferences::CoordinateFormat format);
    // The format the cursor's position is shown in (decimal degrees unless set).
    void setCoordinateFormat(Preferences::CoordinateFormat format);

private:
    void showView();

    MapCanvas *m_canvas;
    QLabel *m_message;
    QLabel *m_tool;
    QLabel *m_position;
    QLabel *m_scale;
    QLabel *m_crs;
    Preferences::CoordinateFormat m_format = Preferences::CoordinateFormat::DecimalDegrees;
};

} // namespace sightline::ui
