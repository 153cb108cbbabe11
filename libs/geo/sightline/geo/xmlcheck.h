#pragma once

#include <QString>

namespace sightline::geo {

// What makes an XML file (KML, or every .kml inside a KMZ) unsafe to hand to a parser: a DTD
// that declares entities or names an external document (XXE, "billion laughs"). Such files are
// refused before any parser sees them, so no entity is ever expanded, resolved or fetched.
// Empty when the file declares none; else one phrase. Any thread.
QString xmlEntityProblem(const QString &file);

} // namespace sightline::geo
