#pragma once

#include <QImage>
#include <QWidget>

#include <optional>

namespace sightline::ui {

// The image being georeferenced, with numbered markers on its ground control points and, once
// fitted, a line from each to where the fit puts its ground position. A click adds a point;
// the wheel zooms toward the cursor, a right or middle drag pans. Positions are in the full
// image's pixels, whatever the preview's size. GUI thread only.
class GeorefImageView : public QWidget
{
    Q_OBJECT
public:
    explicit GeorefImageView(QWidget *parent = nullptr);

    // preview: the image scaled down by scale (image pixels per preview pixel).
    void setImage(const QImage &preview, double scale);
    struct Marker
    {
        QPointF pixel;
        bool placed = false;               // has its map position
        std::optional<QPointF> fittedPixel; // where the fit puts its ground position
    };
    void setMarkers(const QList<Marker> &markers, int selected);
    // Widget position of an image pixel, and back.
    QPointF widgetPosition(QPointF imagePixel) const;
    QPointF imagePixel(QPointF widgetPosition) const;
    double zoom() const { return m_zoom; }

    QSize sizeHint() const override { return {520, 420}; }

signals:
    void clicked(QPointF imagePixel);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;

private:
    void fit();
    double widgetPerImagePixel() const { return m_zoom / m_scale; }

    QImage m_preview;
    double m_scale = 1; // image pixels per preview pixel
    double m_zoom = 1;  // widget pixels per preview pixel
    QPointF m_offset;   // widget position of the image's top-left corner
    bool m_userZoomed = false;
    std::optional<QPointF> m_panFrom;
    QList<Marker> m_markers;
    int m_selected = -1;
};

} // namespace sightline::ui
