#pragma once

#include "sightline/interop/exchangeimport.h"

namespace sightline {

// Sites and claims from GeoJSON, KML/KMZ or CSV (see importExchangeFile), read through OGR.
// Before OGR sees the file: GeoJSON is checked against RFC 7946's structure (OGR itself reads
// much that the RFC refuses), KML and KMZ are refused when they declare XML entities or an
// external DTD (nothing is ever resolved or fetched). A point becomes a site, a polygon a site with
// that area of interest; a feature with a "quote" (or record_type "claim", as Sightline's exports
// write) a claim. A feature's "id", when a UUID, is its identity; otherwise one is derived from the
// file's content and the feature's place in it. Throws ImportError.
ExchangeImportReport importVector(Project &project, const QString &file,
                                  const ExchangeImportOptions &options);

// What is wrong with a GeoJSON text under RFC 7946's structure (one phrase), empty when sound.
QString geoJsonProblem(const QByteArray &json);

} // namespace sightline
