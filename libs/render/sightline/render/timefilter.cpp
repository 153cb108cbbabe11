#include "sightline/render/timefilter.h"

#include <QHash>

namespace sightline::render {

TimeFilter::TimeFilter(const QList<TimeSpan> &times)
{
    m_moments.reserve(times.size());
    for (const TimeSpan &t : times) {
        m_moments.append(TimeMoments::of(t));
        m_dependsOnTime |= !m_moments.last().unknown;
    }
}

quint64 TimeFilter::keyOf(const TimeWindow &window) const
{
    if (!m_dependsOnTime)
        return 0;
    // FNV-1a over the indices of the items shown, with their count: cheap, and two different
    // sets of a layer's items colliding in 64 bits is not a practical concern.
    quint64 h = 0xcbf29ce484222325ULL;
    quint64 shown = 0;
    for (qsizetype i = 0; i < m_moments.size(); ++i)
        if (window.shows(m_moments[i])) {
            h = (h ^ static_cast<quint64>(i)) * 0x100000001b3ULL;
            ++shown;
        }
    h = (h ^ shown) * 0x100000001b3ULL;
    return h | 1; // never 0, the key of layers that do not depend on time
}

} // namespace sightline::render
