#include "sightline/core/series.h"

#include <algorithm>

namespace sightline {

CountSeries buildCountSeries(const QList<Observation> &observations, const QUuid &siteId, const QString &objectKind,
                             const TimeWindow &window)
{
    CountSeries series;
    series.siteId = siteId;
    series.objectKind = objectKind;
    QList<std::pair<TimeMoments, SeriesPoint>> found;
    for (const Observation &o : observations) {
        if (o.siteId != siteId || o.objectKind != objectKind || o.count.isEmpty() || o.time.isUnknown())
            continue;
        const TimeMoments moments = TimeMoments::of(o.time);
        if (!window.shows(moments))
            continue;
        SeriesPoint p;
        p.observationId = o.meta.id;
        p.time = o.time;
        p.value = o.count;
        p.counted = !o.sceneId.isNull() && o.claimId.isNull();
        p.sceneId = o.sceneId;
        p.claimId = o.claimId;
        found.append({moments, p});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first.first != b.first.first ? a.first.first < b.first.first : a.first.last < b.first.last;
    });
    for (const auto &[moments, point] : std::as_const(found))
        series.points.append(point);
    return series;
}

std::optional<double> seriesValue(const SeriesPoint &point)
{
    return point.value.representative();
}

void applyBaseline(CountSeries &series, const TimeSpan &baselineTo)
{
    const QDateTime baselineEndUtc = baselineTo.latest();
    series.baseline.reset();
    for (SeriesPoint &p : series.points)
        p.exceedsBaseline = false;
    if (series.points.isEmpty() || !baselineEndUtc.isValid())
        return;
    const qint64 endMs = baselineEndUtc.toMSecsSinceEpoch();
    QList<double> values;
    TimeSpan first;
    for (const SeriesPoint &p : std::as_const(series.points)) {
        const TimeMoments m = TimeMoments::of(p.time);
        const auto v = seriesValue(p);
        if (!v || m.last > endMs)
            continue;
        if (values.isEmpty() || TimeMoments::of(first).first > m.first)
            first = p.time;
        values.append(*v);
    }
    if (values.isEmpty())
        return;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    Baseline b;
    b.values = static_cast<int>(n);
    b.maximum = values.last();
    b.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    // From the first moment of the earliest value to the chosen end.
    const QDateTime start = first.earliest();
    b.window = start.isValid() ? TimeSpan::range(TimeSpan::instant(start, first.precision()), baselineTo)
                               : TimeSpan::noLaterThan(baselineTo);
    series.baseline = b;
    for (SeriesPoint &p : series.points) {
        const auto v = seriesValue(p);
        if (v && TimeMoments::of(p.time).first > endMs && *v > b.maximum)
            p.exceedsBaseline = true;
    }
}

} // namespace sightline
