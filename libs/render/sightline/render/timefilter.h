#pragma once

#include "sightline/core/timespan.h"
#include "sightline/render/maplayer.h"

#include <QList>

namespace sightline::render {

// The times of a layer's items (records, scenes, annotations), read once so that a tile asks
// TimeWindow::shows of thousands of them cheaply. Immutable after construction; any thread.
class TimeFilter
{
public:
    TimeFilter() = default;
    explicit TimeFilter(const QList<TimeSpan> &times);

    // Some item has a known time, so some window hides it.
    bool dependsOnTime() const { return m_dependsOnTime; }
    bool shows(int item, const TimeWindow &window) const
    {
        return !m_dependsOnTime || item < 0 || item >= m_moments.size() || window.shows(m_moments[item]);
    }
    // A key of the items the window shows (equal keys: the same items show); 0 when no item
    // depends on time. Costs one test per item.
    quint64 keyOf(const TimeWindow &window) const;
    int size() const { return static_cast<int>(m_moments.size()); }

private:
    QList<TimeMoments> m_moments;
    bool m_dependsOnTime = false;
};

// A layer whose items each have a time: it depends on time when any of them is known, and its
// tiles are keyed by which items the window shows. Made on the GUI thread, then read by any.
class TimedLayer : public MapLayer
{
public:
    TimedLayer(QString id, QString name, const QList<TimeSpan> &times) : MapLayer(std::move(id), std::move(name)), m_times(times) {}
    bool dependsOnTime() const override { return m_times.dependsOnTime(); }
    quint64 timeKey(const TimeWindow &window) const override { return m_times.keyOf(window); }
    const TimeFilter &times() const { return m_times; }

protected:
    // For a layer that orders its items in its constructor: their times, in that order.
    void setTimes(const QList<TimeSpan> &times) { m_times = TimeFilter(times); }

private:
    TimeFilter m_times;
};

} // namespace sightline::render
