#pragma once

#include <QList>
#include <QString>

namespace sightline::geo {

// A library the program runs with: its name, the version linked at run time, and its licence.
struct LibraryVersion
{
    QString name;
    QString version;
    QString licence;
};

// GDAL, PROJ and GeographicLib as linked (Help → About). Any thread.
QList<LibraryVersion> geoLibraryVersions();

} // namespace sightline::geo
