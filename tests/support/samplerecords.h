#pragma once

// Records with every field set, for round-trip tests. Header-only: each test links what it uses.
#include "sightline/store/project.h"

#include <QCryptographicHash>
#include <QFile>

namespace sightline::test {

inline Site sampleSite(const QString &name = QStringLiteral("Tumangang rail facility"))
{
    Site s;
    s.name = name;
    s.kind = SiteKind::RailYard;
    s.aliases = {QStringLiteral("Tumangang station"), QStringLiteral("두만강역")};
    s.country = QStringLiteral("KP");
    s.location = {130.6026, 42.4217};
    s.locationNote = QStringLiteral("town-level");
    s.aoi = Geometry::polygon({{130.60, 42.42}, {130.61, 42.42}, {130.61, 42.43}, {130.60, 42.43}, {130.60, 42.42}});
    s.notes = QStringLiteral("line one\nline two");
    return s;
}

inline Source sampleSource()
{
    Source s;
    s.publisher = QStringLiteral("CSIS Beyond Parallel");
    s.title = QStringLiteral("Dramatic Increase in DPRK-Russia Border Rail Traffic");
    s.authors = {QStringLiteral("Victor Cha"), QStringLiteral("Jennifer Jun")};
    s.url = QStringLiteral("https://beyondparallel.csis.org/");
    s.published = QDate(2023, 10, 6);
    s.accessed = QDate(2026, 11, 23);
    s.kind = SourceKind::Report;
    s.reliability = Reliability::B;
    s.notes = QStringLiteral("imagery by Planet");
    return s;
}

inline Claim sampleClaim(const Source &source, const Site &site)
{
    Claim c;
    c.sourceId = source.meta.id;
    c.attributedTo = source.meta.id;
    c.quote = QStringLiteral("Approximately 73 railcars were visible in the images from last week");
    c.locator = QStringLiteral("para. 14");
    c.siteIds = {site.meta.id};
    c.location = Geometry::point(130.6026, 42.4217);
    c.time = *TimeSpan::parse(QStringLiteral("2023-10-05"));
    c.quantity.value = 73;
    c.quantity.approximate = true;
    c.quantity.unit = QStringLiteral("railcars");
    c.quantity.objectKind = QStringLiteral("railcar");
    c.quantity.measure = Measure::Count;
    c.credibility = *Credibility::fromInt(2);
    c.status = ClaimStatus::Accepted;
    c.notes = QStringLiteral("cargo under tarpaulins");
    return c;
}

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace sightline::test
