#pragma once

#include <QString>

#include <functional>
#include <memory>

class OGRGeometry;
class OGRLayer;

namespace sightline::geo {

enum class ArrowRead
{
    Done,
    Unsuitable,
    Failed
};

// Every geometry of a layer, in the layer's order, through OGR's column-oriented (Arrow C data)
// interface. Drivers that serve it fast (GeoPackage, FlatGeobuf) then make no feature object a
// row, which for a file of many small shapes is most of the time a read takes. A row without a
// geometry is visited as null. Unsuitable (nothing visited) when the driver has no fast stream
// the stream holds more than one geometry column, or hands over a geometry as no bytes;
// the caller then reads feature by feature.
// Failed sets *error to GDAL's reason.
ArrowRead forEachArrowGeometry(OGRLayer &layer,
                               const std::function<void(std::unique_ptr<OGRGeometry>)> &visit,
                               QString *error);

} // namespace sightline::geo
