#pragma once

#include "sightline/interop/exportset.h"

#include <QJsonObject>

namespace sightline {

// An export set as a STIX 2.1 bundle:
// - identity: the project (an organization), each analyst who made a record, each publisher;
// - report per source (its publisher's identity as creator; reliability as confidence);
// - location per site (latitude, longitude, country; precision from the area of interest);
// - observed-data with a Sightline count object, and a sighting of the site, per observation;
// - note per claim (the quote; credibility as confidence) and per event; opinion per judgment;
// - relationship per link whose two ends are in the bundle;
// - the project's marking as the OASIS TLP 2.0 marking definition, on every object.
// Grades travel as confidence (stix::confidence) and in the object's own words (x_sightline_grade,
// x_sightline_grade_words), with every field Sightline needs to read the record back
// (x_sightline_*). Ids are UUIDv5 of the records' UUIDs: the same project gives the same ids, and
// objects come in the project's order, so that exporting twice gives the same bundle.
QJsonObject stixBundle(const ExportSet &set);

// Writes the bundle (compact JSON; each object serialised as it is made, never the whole bundle as
// one JSON value) under a temporary name and renames it into place. Returns the
// number of objects; throws nothing: false with one line in *error naming the file.
bool exportStix(const ExportSet &set, const QString &file, int *objectCount, QString *error);

} // namespace sightline
