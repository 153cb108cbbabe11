#include "sightline/ui/maptool.h"

#include "sightline/ui/mapcanvas.h"

namespace sightline::ui {

MapTool::MapTool(MapCanvas *canvas) : QObject(canvas), m_canvas(canvas) {}

void MapTool::redraw()
{
    if (m_canvas->tool() == this)
        m_canvas->setCursor(cursor());
    m_canvas->update();
}

} // namespace sightline::ui
