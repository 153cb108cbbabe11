#include "sightline/geo/transform.h"

#include "sightline/geo/processmemo.h"

#include <QList>
#include <QPair>
#include <QtGlobal>

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sightline::geo {

struct CoordinateTransform::Private
{
    QString source, target;
    PJ_CONTEXT *ctx = nullptr;
    PJ *pj = nullptr;
    bool identity = false;
    // Where the transformation means something, in source lon/lat degrees; only known when the
    // source CRS is geographic. PROJ happily converts latitude 90 to Web Mercator (y = 2.4e8 m),
    // so forwardBounds() clips to this rather than trusting PROJ to fail.
    std::optional<QRectF> validSource;

    Private() = default;
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;
    ~Private()
    {
        if (pj)
            proj_destroy(pj);
        if (ctx)
            proj_context_destroy(ctx);
    }
};

namespace {

// Owns a PJ made while building the transformation.
struct PjHolder
{
    PJ *pj = nullptr;
    PjHolder(const PjHolder &) = delete;
    PjHolder &operator=(const PjHolder &) = delete;
    explicit PjHolder(PJ *p) : pj(p) {}
    ~PjHolder()
    {
        if (pj)
            proj_destroy(pj);
    }
};

bool isGeographic(PJ_CONTEXT *ctx, const PJ *crs)
{
    PJ_TYPE type = proj_get_type(crs);
    if (type == PJ_TYPE_BOUND_CRS) { // "+towgs84=..." definitions wrap the real CRS
        PjHolder base(proj_get_source_crs(ctx, crs));
        type = base.pj ? proj_get_type(base.pj) : PJ_TYPE_UNKNOWN;
    }
    return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
}

// The CRS's area of use in lon/lat degrees; all longitudes when it crosses the antimeridian.
QRectF areaOfUse(PJ_CONTEXT *ctx, const PJ *crs)
{
    double w = -180, s = -90, e = 180, n = 90;
    if (!proj_get_area_of_use(ctx, crs, &w, &s, &e, &n, nullptr) || w < -900)
        return QRectF(QPointF(-180, -90), QPointF(180, 90));
    if (w > e) {
        w = -180;
        e = 180;
    }
    return QRectF(QPointF(w, s), QPointF(e, n));
}

int run(PJ *pj, PJ_DIRECTION dir, double *x, double *y, int n, int stride)
{
    if (n <= 0)
        return 0;
    const size_t step = sizeof(double) * static_cast<size_t>(stride);
    const size_t count = static_cast<size_t>(n);
    // A failed point leaves the PJ's errno set; clear it so it can't colour the next call.
    proj_trans_generic(pj, dir, x, step, count, y, step, count, nullptr, 0, 0, nullptr, 0, 0);
    proj_errno_reset(pj);
    int ok = 0;
    for (size_t i = 0; i < count; ++i) {
        double &xi = x[i * static_cast<size_t>(stride)];
        double &yi = y[i * static_cast<size_t>(stride)];
        // PROJ marks failures with HUGE_VAL (infinity); NaN input stays NaN, so check both.
        if (std::isfinite(xi) && std::isfinite(yi)) {
            ++ok;
        } else {
            xi = yi = std::numeric_limits<double>::infinity();
        }
    }
    return ok;
}

// What building a transformation between two CRSs found, kept for the process: PROJ looks up
// both CRSs and the operations between them in its database, for each new context (each thread
// has its own) milliseconds of work that give the same answer every time.
struct Recipe
{
    QString error; // empty when it can be built
    bool identity = false;
    std::optional<QRectF> validSource;
    // The operation as PROJ's own pipeline string, which is how PROJ makes an operation itself
    // (exported, then instantiated from the string); empty when PROJ chose between several
    // operations by area, which only the full construction reproduces.
    QByteArray pipeline;
};

} // namespace

std::optional<CoordinateTransform> CoordinateTransform::create(const QString &sourceCrs, const QString &targetCrs,
                                                               QString *error)
{
    static ProcessMemo<QPair<QString, QString>, Recipe> recipes;
    const QPair<QString, QString> key(sourceCrs, targetCrs);
    const std::optional<Recipe> known = recipes.find(key);
    auto d = std::make_unique<Private>();
    d->source = sourceCrs;
    d->target = targetCrs;
    d->ctx = proj_context_create();
    // Failures are reported through *error; PROJ's own logging would go to stderr.
    proj_log_level(d->ctx, PJ_LOG_NONE);
    auto fail = [&](const QString &why) -> std::optional<CoordinateTransform> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (known && !known->error.isEmpty())
        return fail(known->error);
    if (known && !known->pipeline.isEmpty()) {
        d->pj = proj_create(d->ctx, known->pipeline.constData());
        if (d->pj) {
            d->identity = known->identity;
            d->validSource = known->validSource;
            return CoordinateTransform(std::move(d));
        }
    }
    Recipe made;
    auto refuse = [&](const QString &why) {
        made.error = why;
        recipes.keep(key, made);
        return fail(why);
    };
    PjHolder src(proj_create(d->ctx, sourceCrs.toUtf8().constData()));
    if (!src.pj || !proj_is_crs(src.pj))
        return refuse(QStringLiteral("unknown CRS \"%1\"").arg(sourceCrs));
    PjHolder dst(proj_create(d->ctx, targetCrs.toUtf8().constData()));
    if (!dst.pj || !proj_is_crs(dst.pj))
        return refuse(QStringLiteral("unknown CRS \"%1\"").arg(targetCrs));
    // Axis order is normalised below, so EPSG:4326 and OGC:CRS84 count as the same.
    d->identity = proj_is_equivalent_to(src.pj, dst.pj, PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS) != 0;
    if (isGeographic(d->ctx, src.pj))
        d->validSource = areaOfUse(d->ctx, src.pj).intersected(areaOfUse(d->ctx, dst.pj));

    PjHolder raw(proj_create_crs_to_crs_from_pj(d->ctx, src.pj, dst.pj, nullptr, nullptr));
    if (!raw.pj)
        return refuse(QStringLiteral("PROJ cannot convert from %1 to %2: %3")
                          .arg(sourceCrs, targetCrs,
                               QString::fromUtf8(proj_context_errno_string(d->ctx, proj_context_errno(d->ctx)))));
    // Longitude (easting) first, whatever the CRS's official axis order.
    d->pj = proj_normalize_for_visualization(d->ctx, raw.pj);
    if (!d->pj)
        return refuse(QStringLiteral("PROJ cannot normalise the axis order of %1 to %2").arg(sourceCrs, targetCrs));
    made.identity = d->identity;
    made.validSource = d->validSource;
    if (const char *pipeline = proj_as_proj_string(d->ctx, d->pj, PJ_PROJ_5, nullptr))
        made.pipeline = pipeline;
    proj_errno_reset(d->pj); // an operation without a PROJ string (a choice by area) sets it
    recipes.keep(key, made);
    return CoordinateTransform(std::move(d));
}

CoordinateTransform::CoordinateTransform(std::unique_ptr<Private> p) : d(std::move(p)) {}
CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;
CoordinateTransform::~CoordinateTransform() = default;

CoordinateTransform CoordinateTransform::clone() const
{
    // A PJ belongs to its context, which is not thread-safe: the copy rebuilds both from the
    // definitions, which worked once and so work again.
    QString why;
    std::optional<CoordinateTransform> copy = create(d->source, d->target, &why);
    if (!copy)
        qFatal("CoordinateTransform::clone: %s", qUtf8Printable(why));
    return std::move(*copy);
}

const QString &CoordinateTransform::sourceCrs() const { return d->source; }
const QString &CoordinateTransform::targetCrs() const { return d->target; }
bool CoordinateTransform::isIdentity() const { return d->identity; }

int CoordinateTransform::forward(double *x, double *y, int n, int stride) const
{
    return run(d->pj, PJ_FWD, x, y, n, stride);
}

int CoordinateTransform::inverse(double *x, double *y, int n, int stride) const
{
    return run(d->pj, PJ_INV, x, y, n, stride);
}

std::optional<QPointF> CoordinateTransform::forward(QPointF p) const
{
    double x = p.x(), y = p.y();
    if (forward(&x, &y, 1) != 1)
        return std::nullopt;
    return QPointF(x, y);
}

std::optional<QPointF> CoordinateTransform::inverse(QPointF p) const
{
    double x = p.x(), y = p.y();
    if (inverse(&x, &y, 1) != 1)
        return std::nullopt;
    return QPointF(x, y);
}

QRectF CoordinateTransform::forwardBounds(const QRectF &sourceRect, int samplesPerEdge) const
{
    QRectF r = sourceRect.normalized();
    if (d->validSource) {
        // Outside the area of use PROJ's answers are finite but meaningless (the poles in Web
        // Mercator); a rectangle entirely outside is sampled as given rather than dropped.
        const QRectF clipped = r.intersected(*d->validSource);
        if (!clipped.isEmpty())
            r = clipped;
    }
    const int n = std::max(2, samplesPerEdge);
    QList<double> xs, ys;
    xs.reserve(4 * n);
    ys.reserve(4 * n);
    for (int i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / (n - 1);
        const double x = r.left() + t * r.width(), y = r.top() + t * r.height();
        xs << x << x << r.left() << r.right();
        ys << r.top() << r.bottom() << y << y;
    }
    forward(xs.data(), ys.data(), static_cast<int>(xs.size()));
    double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
    for (qsizetype i = 0; i < xs.size(); ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i]))
            continue;
        x0 = std::min(x0, xs[i]);
        x1 = std::max(x1, xs[i]);
        y0 = std::min(y0, ys[i]);
        y1 = std::max(y1, ys[i]);
    }
    if (x0 > x1)
        return {};
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace sightline::geo
