#pragma once

#include <QByteArray>
#include <QString>

namespace sightline::geo {

// What makes a KML file (or every .kml inside a KMZ) unsafe to hand to OGR: a DTD, which may
// declare entities or name an external document (XXE, "billion laughs"), and a gx:Track whose
// times and coordinates differ in number, which crashes GDAL 3.6's LIBKML driver. A file this
// check cannot read whole (not well-formed XML) is refused too: libkml would read past where the
// check stopped. Such files are refused before any other parser sees them, so no entity is ever
// expanded, resolved or fetched.
// Empty when there is none; else one phrase. Any thread.
QString kmlProblem(const QString &file);

// The DTD part of that check, for any XML document read as bytes (a WMTS capabilities document
// kept in the tile cache, too): entities declared, or an external or internal DTD. Empty when
// there is none. Any thread.
QString dtdProblem(const QByteArray &xml);

} // namespace sightline::geo
