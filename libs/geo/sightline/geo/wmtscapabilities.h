#pragma once

#include "sightline/geo/tileservice.h"

#include <QByteArray>
#include <QString>

namespace sightline::geo {

// A WMTS service's capabilities document, kept in the disk cache so that the service opens
// without the network. GDAL's WMTS driver reads a service's tile addresses (its REST templates,
// or the KVP GetTile address) from the document itself and never from where the document came
// from, and its WMS driver keys cached tiles by those addresses: tiles fetched while the
// document came from the service are found again when it comes from the kept copy. The copy
// lives in the service's tile cache folder, so the cache's size cap and clearing cover it.
//
// The kept copy is untrusted input like any file: at most kMaxWmtsCapabilitiesBytes, no DTD or
// entities, parsed by GDAL's own XML reader only (which expands and fetches nothing), and only
// http or https tile and operation addresses. Any thread.

constexpr qint64 kMaxWmtsCapabilitiesBytes = 16LL * 1024 * 1024;

// Where the capabilities of the service at capabilitiesUrl are kept under the cache root.
QString keptWmtsCapabilitiesPath(const QString &cacheRoot, const QString &capabilitiesUrl);

// What makes document unusable as a WMTS capabilities document: too large, a DTD, not XML GDAL
// reads, no Capabilities with Contents holding a Layer, a tile or operation address that is not
// http or https. Empty when it is sound. One phrase.
QString wmtsCapabilitiesProblem(const QByteArray &document);

// The same for the copy kept at path, or that none is kept there. Empty when it is usable.
QString keptWmtsCapabilitiesProblem(const QString &path);

// Asks the service for its capabilities (the settings' user agent and timeout, at most
// kMaxWmtsCapabilitiesBytes) and keeps them: written to a temporary file in the service's cache
// folder and renamed over the kept copy, only when sound. False, with *error saying why (no
// answer, an HTTP error, garbage), when nothing new was kept; a copy kept before stays as it was.
// Refused without asking anyone when the network is switched off or there is no disk cache.
bool keepWmtsCapabilities(const QString &capabilitiesUrl, const TileServiceSettings &settings,
                          QString *error);

} // namespace sightline::geo
