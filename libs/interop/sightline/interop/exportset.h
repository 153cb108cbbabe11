#pragma once

#include "sightline/store/project.h"

#include <QSet>

namespace sightline {

// What an export takes from a project: every site (or those named), and the records about them
// whose time may fall in the window. A record about no site is kept unless sites are named.
struct ExportFilter
{
    QSet<QUuid> siteIds; // empty: every site
    TimeWindow window;
};

// The records one export writes, read once from the project, with what travels with them: the
// project's marking, its grading scheme, its title and the licences of the imagery.
struct ExportSet
{
    QUuid projectId;
    QString title;
    std::optional<Marking> marking;
    const GradingScheme *scheme = &GradingScheme::admiralty();
    QList<Site> sites;
    QList<Source> sources;
    QList<Claim> claims;
    QList<Annotation> annotations;
    QList<ImageryScene> scenes;
    QList<Event> events;
    QList<Observation> observations;
    QList<Judgment> judgments;
    QList<Link> links;

    QString basemapAttribution; // of the basemap the project's map shows (empty: Natural Earth)

    // "TLP:AMBER; imagery: © Maxar, CC BY 4.0 (Sentinel-2)": the words every export carries.
    QString handlingNote() const;
    QStringList licences() const;
};

// Reads the project's records and keeps those the filter selects. Throws StoreError.
ExportSet collectExport(const Project &project, const ExportFilter &filter);

// Whether material under this marking may leave only on the analyst's word (TLP:AMBER,
// TLP:AMBER+STRICT and TLP:RED limit who may see it).
bool isRestricted(std::optional<Marking> marking);

} // namespace sightline
