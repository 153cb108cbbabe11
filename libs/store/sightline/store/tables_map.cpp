// Table mappings of the map's own records: bookmarks (schema 2).
#include "sightline/store/recordtable.h"

namespace sightline::store {

const TableSpec &RecordTable<Bookmark>::spec()
{
    // No geometry column: the centre is in the bookmark's own CRS, which a GeoPackage layer in
    // EPSG:4326 could not hold without converting it.
    static const TableSpec s{RecordType::Bookmark,
                             QStringLiteral("bookmarks"),
                             QStringLiteral("Bookmarks"),
                             QStringLiteral("Named map views: centre, resolution and CRS"),
                             {QStringLiteral("name TEXT NOT NULL"), QStringLiteral("crs TEXT NOT NULL"),
                              QStringLiteral("center_x DOUBLE NOT NULL"), QStringLiteral("center_y DOUBLE NOT NULL"),
                              QStringLiteral("map_units_per_pixel DOUBLE NOT NULL"), QStringLiteral("notes TEXT")},
                             std::nullopt,
                             {}};
    return s;
}

void RecordTable<Bookmark>::write(RowWriter &w, const Bookmark &r)
{
    w << r.name << r.crs << r.centerX << r.centerY << r.mapUnitsPerPixel << r.notes;
}

Bookmark RecordTable<Bookmark>::read(RowReader &r)
{
    Bookmark b;
    b.name = r.text();
    b.crs = r.text();
    b.centerX = r.real();
    b.centerY = r.real();
    b.mapUnitsPerPixel = r.real();
    b.notes = r.text();
    return b;
}

QString RecordTable<Bookmark>::summary(const Bookmark &r) { return r.name; }
QList<Reference> RecordTable<Bookmark>::references(const Bookmark &) { return {}; }

} // namespace sightline::store
