#pragma once

#include "sightline/core/claim.h"
#include "sightline/core/event.h"
#include "sightline/core/site.h"
#include "sightline/render/timefilter.h"

#include <QList>

namespace sightline::render {

// Layers made from a snapshot of a project's records. The records are copied when the layer
// is made (cheap: Qt containers share until written), so the layer never touches the project.

class SiteLayer : public MapLayer
{
public:
    explicit SiteLayer(QList<Site> sites);
    const QList<Site> &sites() const { return m_sites; }

    QList<RecordRef> recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const override;

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QList<Site> m_sites;
};

// Areas of interest of sites, outlined and lightly tinted; over imagery (the footprints given,
// lon/lat) outlined only, so that the tint never colours the pixels an analyst reads.
class AoiLayer : public MapLayer
{
public:
    explicit AoiLayer(QList<Site> sites, QList<Geometry> imageryFootprints = {});

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QList<Site> m_sites;
    QList<Geometry> m_imagery;
};

// Claims that carry a location of their own; only those the map's time window shows.
class ClaimLayer : public TimedLayer
{
public:
    explicit ClaimLayer(QList<Claim> claims);

    QList<RecordRef> recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const override;

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QList<Claim> m_claims;
};

// Events with a location; only those the map's time window shows.
class EventLayer : public TimedLayer
{
public:
    explicit EventLayer(QList<Event> events);

    QList<RecordRef> recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const override;

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QList<Event> m_events;
};

} // namespace sightline::render
