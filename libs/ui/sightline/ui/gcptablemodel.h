#pragma once

#include "sightline/geo/georeferencer.h"

#include <QAbstractTableModel>

#include <optional>

namespace sightline::ui {

// The ground control points being picked: each has its place on the image, and once picked or
// typed its place on the map (lon/lat), and the residual of the current fit. Positions can be
// typed into the cells. GUI thread only.
class GcpTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, ImageX, ImageY, Lon, Lat, ResidualPixels, ResidualMeters, ColumnCount };

    struct Point
    {
        QPointF pixel;
        std::optional<QPointF> lonLat;
        std::optional<geo::GcpResidual> residual;
    };

    explicit GcpTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const QList<Point> &points() const { return m_points; }
    // Returns the new point's row.
    int addPoint(QPointF pixel);
    void setLonLat(int row, QPointF lonLat);
    void removePoint(int row);
    // The points placed on both sides, in order, and the rows they came from.
    QList<geo::GroundControlPoint> completePoints(QList<int> *rows = nullptr) const;
    // One residual per complete point (as completePoints orders them), or none to clear them.
    void setResiduals(const QList<geo::GcpResidual> &residuals);

signals:
    // A point was added, moved or removed (not when only residuals change).
    void pointsChanged();

private:
    QList<Point> m_points;
};

} // namespace sightline::ui
