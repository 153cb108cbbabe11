#pragma once

#include "sightline/interop/vectorexport.h"
#include "sightline/store/qgisstyle.h" // siteKindColour

namespace sightline {

// A QGIS project (.qgs) beside a GeoPackage of the export's layers (OUT.gpkg for OUT.qgs): the
// layers of exportVector's GeoPackage, sites styled by kind (the colours of the KML export),
// areas of interest and footprints outlined, claims, annotations and events in colours of their
// own; every layer with a time has QGIS's temporal properties set (from its timestamp, else its
// begin and end), so that the temporal controller plays the case; imagery scenes whose files are
// at hand are raster layers below them. The marking and licences are the project's abstract.
// Written for QGIS 3.22 and later. Both files written under temporary names and renamed; false
// with one line in *error naming the file. Any thread.
bool exportQgisProject(const ExportSet &set, const QString &qgsFile, const QString &projectDir,
                       VectorExportSummary *summary, QString *error);

} // namespace sightline
