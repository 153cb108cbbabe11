#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/kinds.h"
#include "sightline/core/record.h"
#include "sightline/core/timespan.h"

#include <array>
#include <optional>

namespace sightline {

// How a scene is drawn: which bands show as red, green and blue, how pixel values become
// brightness (a stretch between two values, then gamma, brightness and contrast), and how
// opaque the image is over the map below. Stored with the scene in the project.
struct SceneDisplay
{
    enum class Stretch {
        Auto,       // 8-bit images as they are, others by percentile
        None,       // the pixel type's own range (0-255 for 8-bit)
        MinMax,     // the darkest and brightest value in the image
        Percentile, // percentLow .. percentHigh of the image's values
        Manual,     // minimum .. maximum below, per displayed band
    };
    std::array<int, 3> bands{0, 0, 0}; // 1-based red, green, blue; 0 lets the file decide
    Stretch stretch = Stretch::Auto;
    double percentLow = 2.0;
    double percentHigh = 98.0;
    std::array<double, 3> minimum{0, 0, 0};
    std::array<double, 3> maximum{255, 255, 255};
    double gamma = 1.0;      // > 0; above 1 brightens the mid-tones
    double brightness = 0.0; // -1 .. 1, added after the stretch
    double contrast = 1.0;   // 0 .. 4, around mid-grey
    double opacity = 1.0;    // 0 .. 1

    bool isDefault() const { return *this == SceneDisplay(); }
    // Unsound values (a gamma of 0, an opacity of 2, a band of -1), each as one phrase.
    QStringList problems() const;
    QString toJson() const;
    // Keys missing from the text keep their defaults; nothing, with the reason, for text that is
    // not a JSON object.
    static std::optional<SceneDisplay> fromJson(const QString &json, QString *error = nullptr);
    friend bool operator==(const SceneDisplay &, const SceneDisplay &) = default;
};

QString toKey(SceneDisplay::Stretch s);
std::optional<SceneDisplay::Stretch> stretchFromKey(const QString &key);

// Under which terms a scene may be shown: whether a brief or an export may carry it.
enum class LicenceTerms {
    Unstated,
    Open,                // may be republished freely
    AttributionRequired, // may be republished with its credit
    InternalUse,         // for the analyst's organisation only
    NoRepublication,     // may be viewed, never republished
};

QString toKey(LicenceTerms v); // "", "open", "attribution_required", "internal_use", "no_republication"
template <> std::optional<LicenceTerms> fromKey<LicenceTerms>(const QString &key); // "" is Unstated
template <> QStringList allKeys<LicenceTerms>();                                   // without Unstated
// Whether the terms allow a scene into material that leaves the organisation (unstated terms do not).
bool mayRepublish(LicenceTerms v);

// One satellite or aerial image: where its file is, what it covers, when it was taken and
// under which licence it may be shown.
struct ImageryScene
{
    RecordMeta meta;
    QString filePath;   // relative to the project file where possible
    bool embedded = false;
    QByteArray sha256;  // lowercase hex of the file
    Geometry footprint; // Polygon in WGS84
    double resolutionMeters = 0.0;
    QString crs;        // "EPSG:32652"
    int width = 0;
    int height = 0;
    int bandCount = 0;
    QString provider;
    QString providerSceneId;
    TimeSpan acquired;
    QString sensor;
    std::optional<double> offNadirDegrees;
    std::optional<double> cloudPercent;
    QString licence;           // the licence as its provider words it
    LicenceTerms licenceTerms = LicenceTerms::Unstated;
    QString notes;
    SceneDisplay display;
    friend bool operator==(const ImageryScene &, const ImageryScene &) = default;
};

// Whether a was taken before b: scenes of unknown date come before every dated one (as the map
// stacks them, oldest at the bottom).
bool acquiredBefore(const ImageryScene &a, const ImageryScene &b);
// Oldest first, by acquiredBefore; scenes of the same time keep their order.
QList<ImageryScene> sortedByDate(QList<ImageryScene> scenes);
// "2024-03-02 · Maxar · 1040010087A5B300": date (or "undated"), provider, the provider's scene id
// (or the file name when there is none). How every list of scenes names one.
QString sceneLabel(const ImageryScene &scene);
// Whether the scene's footprint (a polygon in lon/lat, holes left out) covers a point: which
// scenes show a site.
bool footprintContains(const ImageryScene &scene, const GeoPoint &p);

} // namespace sightline
