#pragma once

#include "sightline/interop/exchangeimport.h"

namespace sightline {

// The largest bundle read (in bytes), the longest text inside it and the deepest nesting: what a
// hostile file could use to exhaust memory or the stack.
inline constexpr qint64 kStixMaxBytes = 512LL * 1024 * 1024;
inline constexpr qsizetype kStixMaxText = 1024 * 1024;
inline constexpr int kStixMaxDepth = 24;

// A STIX 2.1 bundle into the project (see importExchangeFile). The whole bundle is checked before
// anything is written: JSON, "type": "bundle", spec_version 2.1 on every object that must carry
// one, well-formed ids matching their type, texts and nesting within the limits above, and every
// reference (*_ref, *_refs) to an object of the bundle or a standard TLP marking. What maps:
// location (with coordinates) -> site, report -> source, note -> claim (or event, for Sightline's
// own), opinion -> judgment, sighting of a site -> observation, relationship -> link. Identities,
// marking definitions and observed data are read for what they say about those. Anything else is
// kept as text in the notes of a source made for the bundle, and listed in the report.
// Throws ImportError.
ExchangeImportReport importStix(Project &project, const QString &file, const ExchangeImportOptions &options);

} // namespace sightline
