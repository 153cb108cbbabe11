#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

namespace sightline::geo {

// Converts coordinates between two CRSs with PROJ, always in "visualisation" axis order:
// longitude/easting first, latitude/northing second, whatever the CRS's official order.
// Owns its own PROJ context: one instance per thread (copy with clone() for another thread).
class CoordinateTransform
{
public:
    // crs: "EPSG:4326", "EPSG:3857", any definition PROJ understands. Nothing, with the reason
    // in *error, when PROJ cannot build the transformation.
    static std::optional<CoordinateTransform> create(const QString &sourceCrs, const QString &targetCrs,
                                                     QString *error = nullptr);
    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;
    ~CoordinateTransform();

    CoordinateTransform clone() const;
    const QString &sourceCrs() const;
    const QString &targetCrs() const;
    bool isIdentity() const;

    // In place, n points with the given stride (in doubles) between x values and between y
    // values. Points PROJ cannot convert become infinite; returns how many converted.
    int forward(double *x, double *y, int n, int stride = 1) const;
    int inverse(double *x, double *y, int n, int stride = 1) const;
    std::optional<QPointF> forward(QPointF p) const;
    std::optional<QPointF> inverse(QPointF p) const;
    // The target-CRS bounding box of a source rectangle, sampling its edges (densified).
    QRectF forwardBounds(const QRectF &sourceRect, int samplesPerEdge = 21) const;

private:
    struct Private;
    explicit CoordinateTransform(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace sightline::geo
