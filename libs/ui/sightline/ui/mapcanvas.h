#pragma once

#include "sightline/core/geometry.h"
#include "sightline/render/renderjob.h"

#include <QImage>
#include <QWidget>

namespace sightline::ui {

// The map view: shows the newest rendered frame, and while a new one is being drawn shows the
// old one moved and scaled to where the view now is, so panning and zooming never wait for the
// renderer. Drag or arrow keys pan; the wheel zooms toward the cursor; + and - zoom.
// GUI thread only.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);

    void setLayers(const render::LayerList &layers);
    const render::LayerList &layers() const { return m_layers; }
    const render::MapSettings &settings() const { return m_settings; }
    // Changes the CRS, keeping the same place in the middle and about the same ground scale.
    bool setCrs(const QString &crs, QString *error = nullptr);
    void zoomToExtent(const render::MapExtent &extent);
    void zoomToLonLat(const GeoBounds &bounds, double marginFraction = 0.1);
    void zoomBy(double factor, QPointF aroundPixel);
    void panByPixels(QPointF delta);
    // Lon/lat under a pixel of the widget, if the CRS can say.
    std::optional<GeoPoint> lonLatAt(QPointF pixel) const;
    // The last frame on screen, as drawn (for tests and screenshots).
    const QImage &frame() const { return m_frame; }
    bool isRendering() const { return m_job->isRunning(); }
    render::TileCache &tileCache() const { return m_job->cache(); }

signals:
    void cursorMoved(const sightline::GeoPoint &lonLat);
    void viewChanged();
    void frameRendered(const QStringList &problems);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void keyPressEvent(QKeyEvent *) override;

private:
    void refresh();
    void onFinished(quint64 frame, const QImage &image, const render::MapSettings &settings, const QStringList &problems);

    render::MapSettings m_settings;
    render::LayerList m_layers;
    render::RenderJob *m_job;
    QImage m_frame;
    render::MapSettings m_frameSettings; // where m_frame was drawn
    std::optional<QPointF> m_dragFrom;
};

} // namespace sightline::ui
