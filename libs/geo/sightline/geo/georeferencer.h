#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace sightline::geo {

// One ground control point: a place picked on the image and the same place on the ground.
// Pixel positions count from the image's top-left corner (0, 0 is that corner, 0.5, 0.5 the
// centre of the first pixel); map positions are in the georeferencer's CRS, lon/lat first.
struct GroundControlPoint
{
    QPointF pixel;
    QPointF map;
    friend bool operator==(const GroundControlPoint &, const GroundControlPoint &) = default;
};

// How image positions become ground positions: a first- or second-order polynomial fitted by
// least squares, or a thin-plate spline that passes through every point (and bends between).
enum class GeoreferenceMethod { Polynomial1, Polynomial2, ThinPlateSpline };

// "poly1", "poly2", "tps" and back; nothing for other text.
QString methodKey(GeoreferenceMethod method);
std::optional<GeoreferenceMethod> methodFromKey(const QString &key);
// For people: "polynomial, order 1".
QString methodDescription(GeoreferenceMethod method);
// The fewest points GDAL can fit the method to: 3, 6 and 3.
int minimumPoints(GeoreferenceMethod method);

// How far the fitted transformation misses one point: in the image, where the point's ground
// position maps back to minus where it was picked; on the ground, the geodesic distance between
// the point's ground position and where the picked pixel maps to.
struct GcpResidual
{
    QPointF pixelOffset;
    double pixels = 0;
    double meters = 0;
};

struct GeoreferenceFit
{
    QList<GcpResidual> residuals; // one per point, in order
    double rmsPixels = 0;
    double rmsMeters = 0;
};

// Places an image that has no georeferencing (a screenshot, a scanned map) on the ground from
// ground control points, with GDAL's GCP polynomial and thin-plate spline transformers, and
// writes a georeferenced copy with GDAL's warper. The image itself is only read. A value type;
// any thread, one instance per thread.
class Georeferencer
{
public:
    // Nothing, with one line naming the file in *error, when the image is missing or is not a
    // raster GDAL can read.
    static std::optional<Georeferencer> open(const QString &imagePath, QString *error);

    const QString &imagePath() const { return m_path; }
    int width() const { return m_width; }
    int height() const { return m_height; }

    // The CRS of the points' map positions ("EPSG:4326", the default, for lon/lat) and of the
    // written file. False, with the reason, when PROJ does not know it.
    bool setCrs(const QString &crs, QString *error = nullptr);
    const QString &crs() const { return m_crs; }
    bool crsIsGeographic() const { return m_geographic; }

    void setPoints(const QList<GroundControlPoint> &points) { m_points = points; }
    const QList<GroundControlPoint> &points() const { return m_points; }
    void setMethod(GeoreferenceMethod method) { m_method = method; }
    GeoreferenceMethod method() const { return m_method; }

    // Fits the method to the points and measures each point's residual. Nothing, with one line
    // naming the image in *error, when there are too few points, two points share a place, the
    // points lie on one line, or GDAL cannot solve the fit.
    std::optional<GeoreferenceFit> fit(QString *error) const;

    // What write() does with a file already at its output path: never touch it (the default), or
    // replace it in one step once the new file is complete (for a caller whose user said so).
    enum class ExistingFile { Refuse, Replace };

    // Writes the image warped onto the ground as a tiled, compressed GeoTIFF with overviews and
    // an alpha band for the corners outside the image, in the points' CRS. The file appears
    // whole or not at all (written beside it under another name, then renamed into place). False,
    // with one line naming the file in *error, when the fit fails, GDAL cannot write, or the file
    // exists and existing is Refuse.
    bool write(const QString &outPath, QString *error, ExistingFile existing = ExistingFile::Refuse) const;

    // What the record of the written scene says of how it was made: the original file and its
    // SHA-256, the method, the points and the residuals.
    QString provenance(const QByteArray &originalSha256, const GeoreferenceFit &fit) const;

    // The image scaled to fit maxSide pixels (its smallest sufficient overview is read), for
    // picking points on. Null when it cannot be read. scale: image pixels per preview pixel.
    QImage preview(int maxSide, double *scale) const;

private:
    QString fail(const QString &why, QString *error) const;
    QString m_path;
    int m_width = 0;
    int m_height = 0;
    QString m_crs = QStringLiteral("EPSG:4326");
    bool m_geographic = true;
    QList<GroundControlPoint> m_points;
    GeoreferenceMethod m_method = GeoreferenceMethod::Polynomial1;
};

// Whether the file is a raster GDAL reads that carries no georeferencing at all (no geotransform,
// ground control points or RPCs): the files the georeferencer is for.
bool lacksGeoreferencing(const QString &path);

} // namespace sightline::geo
