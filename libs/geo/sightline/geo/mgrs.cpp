#include "sightline/geo/mgrs.h"

#include <GeographicLib/MGRS.hpp>

#include <algorithm>
#include <GeographicLib/UTMUPS.hpp>

namespace sightline::geo {

QString mgrs(const GeoPoint &p, int digits)
{
    if (!p.isValid())
        return {};
    try {
        int zone = 0;
        bool north = true;
        double x = 0, y = 0;
        GeographicLib::UTMUPS::Forward(p.lat, p.lon, zone, north, x, y);
        std::string text;
        GeographicLib::MGRS::Forward(zone, north, x, y, p.lat, std::clamp(digits, 1, 5), text);
        // Grid zone and square, then easting and northing apart, as it is read aloud.
        const QString s = QString::fromStdString(text);
        const int n = std::clamp(digits, 1, 5);
        const qsizetype head = s.size() - 2 * n;
        return s.left(head) + u' ' + s.mid(head, n) + u' ' + s.right(n);
    } catch (const GeographicLib::GeographicErr &) {
        return {};
    }
}

} // namespace sightline::geo
