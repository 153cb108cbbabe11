#pragma once

// A small project with one record of every kind an exchange carries, for export and import tests.
#include "support/samplerecords.h"

#include "sightline/store/project.h"

#include <QList>

namespace sightline::test {

struct ExchangeProject
{
    Site site;
    Site other;
    Source source;
    Claim claim;
    Claim undated;
    ImageryScene scene;
    Annotation annotation;
    Event event;
    Observation observation;
    Judgment judgment;
    Link link;
    Link basis;
};

inline ExchangeProject fillExchangeProject(Project &p, std::optional<Marking> marking = Marking::Green)
{
    ExchangeProject x;
    p.setMarking(marking);
    x.site = sampleSite(QStringLiteral("Tumangang–Khasan crossing"));
    p.save(x.site);
    x.other = sampleSite(QStringLiteral("Rajin port"));
    x.other.kind = SiteKind::Port;
    x.other.aliases = {QStringLiteral("Najin")};
    x.other.location = {130.2, 42.25};
    x.other.aoi = Geometry();
    p.save(x.other);
    x.source = sampleSource();
    p.save(x.source);
    x.claim = sampleClaim(x.source, x.site);
    p.save(x.claim);
    x.undated = sampleClaim(x.source, x.other);
    x.undated.quote = QStringLiteral("Ships were seen at the pier \"every week\"");
    x.undated.siteIds = {x.other.meta.id};
    x.undated.location = Geometry();
    x.undated.time = TimeSpan();
    x.undated.quantity = Quantity();
    x.undated.credibility = *Credibility::fromInt(3);
    p.save(x.undated);

    x.scene.filePath = QStringLiteral("imagery/scene.tif");
    x.scene.footprint = Geometry::polygon(
        {{130.59, 42.41}, {130.62, 42.41}, {130.62, 42.44}, {130.59, 42.44}, {130.59, 42.41}});
    x.scene.acquired = *TimeSpan::parse(QStringLiteral("2023-10-05T02:14:07Z"));
    x.scene.provider = QStringLiteral("Planet");
    x.scene.licence = QStringLiteral("Planet NICFI: non-commercial use");
    x.scene.crs = QStringLiteral("EPSG:32652");
    p.save(x.scene);
    x.annotation.sceneId = x.scene.meta.id;
    x.annotation.siteId = x.site.meta.id;
    x.annotation.objectKind = QStringLiteral("railcar");
    x.annotation.label = QStringLiteral("railcar 1");
    x.annotation.geometry = Geometry::point(130.605, 42.425);
    x.annotation.time = x.scene.acquired;
    p.save(x.annotation);
    x.event.title = QStringLiteral("Summit at Vostochny");
    x.event.time = *TimeSpan::parse(QStringLiteral("2023-09-13"));
    x.event.location = Geometry::point(128.3, 51.9);
    x.event.siteIds = {x.site.meta.id};
    x.event.sourceIds = {x.source.meta.id};
    p.save(x.event);
    x.observation.siteId = x.site.meta.id;
    x.observation.objectKind = QStringLiteral("railcar");
    x.observation.count.value = 73;
    x.observation.count.approximate = true;
    x.observation.count.unit = QStringLiteral("railcars");
    x.observation.time = *TimeSpan::parse(QStringLiteral("2023-09-07/2023-10-01"));
    x.observation.claimId = x.claim.meta.id;
    p.save(x.observation);
    x.judgment.statement = QStringLiteral("Munitions cross by rail at Tumangang–Khasan");
    x.judgment.likelihood = Likelihood::Likely;
    x.judgment.confidence = Confidence::Moderate;
    x.judgment.author = QStringLiteral("J. Analyst");
    x.judgment.siteIds = {x.site.meta.id};
    x.judgment.time = *TimeSpan::parse(QStringLiteral("2023-09/2023-12"));
    p.save(x.judgment);
    x.link.from = {RecordType::Claim, x.claim.meta.id};
    x.link.to = {RecordType::Claim, x.undated.meta.id};
    x.link.relation = LinkRelation::Corroborates;
    x.link.note = QStringLiteral("same week");
    p.save(x.link);
    x.basis.from = {RecordType::Judgment, x.judgment.meta.id};
    x.basis.to = {RecordType::Claim, x.claim.meta.id};
    x.basis.relation = LinkRelation::DependsOn;
    p.save(x.basis);
    return x;
}

} // namespace sightline::test
