#include "sightline/geo/mgrs.h"

#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/UTMUPS.hpp>

#include <algorithm>

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

std::optional<GeoPoint> lonLatFromMgrs(const QString &reference, QString *why)
{
    QString compact = reference;
    compact.remove(u' ');
    try {
        int zone = 0, precision = 0;
        bool north = true;
        double x = 0, y = 0, lat = 0, lon = 0;
        GeographicLib::MGRS::Reverse(compact.toStdString(), zone, north, x, y, precision, true);
        if (zone == GeographicLib::UTMUPS::INVALID)
            throw GeographicLib::GeographicErr("names no position");
        GeographicLib::UTMUPS::Reverse(zone, north, x, y, lat, lon);
        return GeoPoint{lon, lat};
    } catch (const GeographicLib::GeographicErr &e) {
        if (why)
            *why = QStringLiteral("\"%1\" is not an MGRS reference (%2)").arg(reference, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

} // namespace sightline::geo
