#include "sightline/geo/transform.h"

#include <QList>

#include <proj.h>

#include <cmath>
#include <limits>

namespace sightline::geo {

struct CoordinateTransform::Private
{
    QString source, target;
    PJ_CONTEXT *ctx = nullptr;
    PJ *pj = nullptr;
    bool identity = false;
    ~Private()
    {
        if (pj)
            proj_destroy(pj);
        if (ctx)
            proj_context_destroy(ctx);
    }
};

std::optional<CoordinateTransform> CoordinateTransform::create(const QString &sourceCrs, const QString &targetCrs,
                                                               QString *error)
{
    auto d = std::make_unique<Private>();
    d->source = sourceCrs;
    d->target = targetCrs;
    d->ctx = proj_context_create();
    proj_log_level(d->ctx, PJ_LOG_NONE);
    auto fail = [&](const QString &why) -> std::optional<CoordinateTransform> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    PJ *src = proj_create(d->ctx, sourceCrs.toUtf8().constData());
    if (!src)
        return fail(QStringLiteral("unknown CRS \"%1\"").arg(sourceCrs));
    PJ *dst = proj_create(d->ctx, targetCrs.toUtf8().constData());
    if (!dst) {
        proj_destroy(src);
        return fail(QStringLiteral("unknown CRS \"%1\"").arg(targetCrs));
    }
    d->identity = proj_is_equivalent_to(src, dst, PJ_COMP_EQUIVALENT) != 0;
    PJ *raw = proj_create_crs_to_crs_from_pj(d->ctx, src, dst, nullptr, nullptr);
    proj_destroy(src);
    proj_destroy(dst);
    if (!raw)
        return fail(QStringLiteral("PROJ cannot convert from %1 to %2: %3")
                        .arg(sourceCrs, targetCrs, QString::fromUtf8(proj_context_errno_string(d->ctx, proj_context_errno(d->ctx)))));
    // Longitude (easting) first, whatever the CRS's official axis order.
    d->pj = proj_normalize_for_visualization(d->ctx, raw);
    proj_destroy(raw);
    if (!d->pj)
        return fail(QStringLiteral("PROJ cannot normalise the axis order of %1 to %2").arg(sourceCrs, targetCrs));
    return CoordinateTransform(std::move(d));
}

CoordinateTransform::CoordinateTransform(std::unique_ptr<Private> p) : d(std::move(p)) {}
CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;
CoordinateTransform::~CoordinateTransform() = default;

CoordinateTransform CoordinateTransform::clone() const
{
    return std::move(*create(d->source, d->target));
}

const QString &CoordinateTransform::sourceCrs() const { return d->source; }
const QString &CoordinateTransform::targetCrs() const { return d->target; }
bool CoordinateTransform::isIdentity() const { return d->identity; }

namespace {
int run(PJ *pj, PJ_DIRECTION dir, double *x, double *y, int n, int stride)
{
    if (n <= 0)
        return 0;
    const size_t step = sizeof(double) * static_cast<size_t>(stride);
    proj_trans_generic(pj, dir, x, step, static_cast<size_t>(n), y, step, static_cast<size_t>(n), nullptr, 0, 0,
                       nullptr, 0, 0);
    int ok = 0;
    for (int i = 0; i < n; ++i) {
        double &xi = x[static_cast<size_t>(i) * stride];
        double &yi = y[static_cast<size_t>(i) * stride];
        if (std::isfinite(xi) && std::isfinite(yi) && xi != HUGE_VAL && yi != HUGE_VAL) {
            ++ok;
        } else {
            xi = yi = std::numeric_limits<double>::infinity();
        }
    }
    return ok;
}
} // namespace

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

QRectF CoordinateTransform::forwardBounds(const QRectF &r, int samplesPerEdge) const
{
    QList<double> xs, ys;
    const int n = std::max(2, samplesPerEdge);
    for (int i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / (n - 1);
        const double x = r.left() + t * r.width(), y = r.top() + t * r.height();
        xs << x << x << r.left() << r.right();
        ys << r.top() << r.bottom() << y << y;
    }
    forward(xs.data(), ys.data(), static_cast<int>(xs.size()));
    double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
    for (int i = 0; i < xs.size(); ++i) {
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
