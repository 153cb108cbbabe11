#include "sightline/core/scene.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace sightline {

namespace {
const char *const kStretchKeys[] = {"auto", "none", "minmax", "percentile", "manual"};

QJsonArray toArray(const auto &values)
{
    QJsonArray a;
    for (const auto v : values)
        a.append(v);
    return a;
}

template <typename T> void fromArray(const QJsonValue &v, std::array<T, 3> &out)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 3)
        return;
    for (int i = 0; i < 3; ++i)
        out[static_cast<size_t>(i)] = static_cast<T>(a[i].toDouble(static_cast<double>(out[static_cast<size_t>(i)])));
}
} // namespace

QString toKey(SceneDisplay::Stretch s)
{
    return QString::fromLatin1(kStretchKeys[static_cast<int>(s)]);
}

std::optional<SceneDisplay::Stretch> stretchFromKey(const QString &key)
{
    for (int i = 0; i < 5; ++i)
        if (key == QLatin1String(kStretchKeys[i]))
            return static_cast<SceneDisplay::Stretch>(i);
    return std::nullopt;
}

QStringList SceneDisplay::problems() const
{
    QStringList out;
    for (int b : bands)
        if (b < 0)
            out << QStringLiteral("band numbers start at 1");
    if (!(gamma > 0 && gamma <= 10))
        out << QStringLiteral("gamma must be above 0 and at most 10");
    if (!(brightness >= -1 && brightness <= 1))
        out << QStringLiteral("brightness must be between -1 and 1");
    if (!(contrast >= 0 && contrast <= 4))
        out << QStringLiteral("contrast must be between 0 and 4");
    if (!(opacity >= 0 && opacity <= 1))
        out << QStringLiteral("opacity must be between 0 and 1");
    if (!(percentLow >= 0 && percentLow < percentHigh && percentHigh <= 100))
        out << QStringLiteral("percentiles must rise from 0 to 100");
    return out;
}

QString SceneDisplay::toJson() const
{
    const QJsonObject o{{QStringLiteral("bands"), toArray(bands)},
                        {QStringLiteral("stretch"), toKey(stretch)},
                        {QStringLiteral("percent_low"), percentLow},
                        {QStringLiteral("percent_high"), percentHigh},
                        {QStringLiteral("minimum"), toArray(minimum)},
                        {QStringLiteral("maximum"), toArray(maximum)},
                        {QStringLiteral("gamma"), gamma},
                        {QStringLiteral("brightness"), brightness},
                        {QStringLiteral("contrast"), contrast},
                        {QStringLiteral("opacity"), opacity}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<SceneDisplay> SceneDisplay::fromJson(const QString &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("display settings are not a JSON object: ") + pe.errorString();
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    SceneDisplay d;
    fromArray(o.value(QStringLiteral("bands")), d.bands);
    d.stretch = stretchFromKey(o.value(QStringLiteral("stretch")).toString()).value_or(d.stretch);
    d.percentLow = o.value(QStringLiteral("percent_low")).toDouble(d.percentLow);
    d.percentHigh = o.value(QStringLiteral("percent_high")).toDouble(d.percentHigh);
    fromArray(o.value(QStringLiteral("minimum")), d.minimum);
    fromArray(o.value(QStringLiteral("maximum")), d.maximum);
    d.gamma = o.value(QStringLiteral("gamma")).toDouble(d.gamma);
    d.brightness = o.value(QStringLiteral("brightness")).toDouble(d.brightness);
    d.contrast = o.value(QStringLiteral("contrast")).toDouble(d.contrast);
    d.opacity = o.value(QStringLiteral("opacity")).toDouble(d.opacity);
    return d;
}

bool acquiredBefore(const ImageryScene &a, const ImageryScene &b)
{
    const QDateTime ta = a.acquired.reading(), tb = b.acquired.reading();
    if (ta.isNull() != tb.isNull())
        return ta.isNull();
    return ta < tb;
}

QList<ImageryScene> sortedByDate(QList<ImageryScene> scenes)
{
    std::stable_sort(scenes.begin(), scenes.end(), acquiredBefore);
    return scenes;
}

QString sceneLabel(const ImageryScene &scene)
{
    const QDateTime t = scene.acquired.reading(); // as written: a reading without a zone stays on its day
    // The translation context is the one the window's translations were made with.
    QStringList parts{t.isNull() ? QCoreApplication::translate("sightline::ui::SceneChoice", "undated")
                                 : t.toUTC().toString(QStringLiteral("yyyy-MM-dd"))};
    if (!scene.provider.isEmpty())
        parts << scene.provider;
    parts << (scene.providerSceneId.isEmpty() ? QFileInfo(scene.filePath).fileName() : scene.providerSceneId);
    return parts.join(QStringLiteral(" · "));
}

namespace {
constexpr std::array<const char *, 5> kLicenceTerms{"", "open", "attribution_required", "internal_use",
                                                    "no_republication"};
} // namespace

QString toKey(LicenceTerms v) { return QString::fromLatin1(kLicenceTerms[static_cast<std::size_t>(v)]); }

template <> std::optional<LicenceTerms> fromKey<LicenceTerms>(const QString &key)
{
    for (std::size_t i = 0; i < kLicenceTerms.size(); ++i)
        if (key == QLatin1String(kLicenceTerms[i]))
            return static_cast<LicenceTerms>(i);
    return std::nullopt;
}

template <> QStringList allKeys<LicenceTerms>()
{
    QStringList out;
    for (std::size_t i = 1; i < kLicenceTerms.size(); ++i)
        out << QString::fromLatin1(kLicenceTerms[i]);
    return out;
}

bool mayRepublish(LicenceTerms v) { return v == LicenceTerms::Open || v == LicenceTerms::AttributionRequired; }

namespace {
// Even-odd rule: a ray from p to the east crosses the ring an odd number of times when p is inside.
bool ringContains(const QList<GeoPoint> &ring, const GeoPoint &p)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const GeoPoint &a = ring[i], &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}
} // namespace

bool footprintContains(const ImageryScene &scene, const GeoPoint &p)
{
    if (scene.footprint.type != Geometry::Type::Polygon || scene.footprint.isEmpty())
        return false;
    if (!ringContains(scene.footprint.parts.first(), p))
        return false;
    for (qsizetype i = 1; i < scene.footprint.parts.size(); ++i) // holes
        if (ringContains(scene.footprint.parts[i], p))
            return false;
    return true;
}

} // namespace sightline
