#include "sightline/render/maplayer.h"

namespace sightline::render {

namespace {
std::atomic<quint64> g_nextRevision{1};
}

QTransform TileContext::transform() const
{
    // x' = (x - xMin) / r, y' = (yMax - y) / r
    const double r = mapUnitsPerPixel;
    return QTransform(1.0 / r, 0, 0, -1.0 / r, -tileExtent.xMin / r, tileExtent.yMax / r);
}

MapLayer::MapLayer(QString id, QString name)
    : m_id(std::move(id)), m_name(std::move(name)), m_revision(g_nextRevision.fetch_add(1))
{
}

quint64 MapLayer::timeKey(const TimeWindow &window) const
{
    return dependsOnTime() ? qHash(window, 0x7e11) | 1 : 0;
}

QList<RecordRef> MapLayer::recordsAt(const MapSettings &, QPointF, double) const
{
    return {};
}

std::shared_ptr<const PreparedLayer> MapLayer::prepared(const QString &crs, QString *error) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_prepared.find(crs);
    if (it != m_prepared.end())
        return it->second;
    auto p = prepare(crs, error);
    if (p)
        m_prepared.emplace(crs, p);
    return p;
}

bool MapLayer::isPrepared(const QString &crs) const
{
    QMutexLocker lock(&m_mutex);
    return m_prepared.find(crs) != m_prepared.end();
}

} // namespace sightline::render
