#pragma once

#include "sightline/core/link.h"
#include "sightline/store/project.h"

#include <QMap>
#include <QStringList>

namespace sightline {

// What an import of another tool's file did.
struct ExchangeImportReport
{
    QString format;                 // "STIX 2.1", "GeoJSON", "KML", "CSV"
    QMap<RecordType, int> imported; // new records
    int alreadyPresent = 0;         // records the project held already (a second import)
    QStringList notUnderstood;      // "2 indicator objects, kept as notes of source ..."
    QStringList warnings;
    QList<RecordRef> added;          // every new record, in the order stored (for an undo)
};

struct ExchangeImportOptions
{
    // The source of imported claims; null: the file's own report, or a source made for the file.
    QUuid sourceId;
};

// Imports a STIX 2.1 bundle, or sites and claims from GeoJSON, KML/KMZ or CSV, into the project
// in one transaction: all of it, or (on an ImportError naming the file and the problem) nothing.
// Records keep identities derived from the file (a STIX object's id, Sightline's own ids where
// the file carries them), so importing the same file again adds nothing.
ExchangeImportReport importExchangeFile(Project &project, const QString &file,
                                        const ExchangeImportOptions &options = {});

} // namespace sightline
