#include "sightline/core/marking.h"

#include <array>

namespace sightline {

namespace {
struct MarkingInfo
{
    Marking marking;
    const char *text;
    const char *meaning;
    quint32 rgb;
};
// TLP 2.0 (FIRST, August 2022): labels, definitions in brief, and the RGB values it sets.
constexpr std::array<MarkingInfo, 5> kMarkings{{
    {Marking::Clear, "TLP:CLEAR", "Recipients can spread this to the world, there is no limit on disclosure.", 0xffffff},
    {Marking::Green, "TLP:GREEN", "Limited disclosure, recipients can spread this within their community.", 0x33ff00},
    {Marking::Amber, "TLP:AMBER",
     "Limited disclosure, recipients can only spread this on a need-to-know basis within their organization and its "
     "clients.",
     0xffc000},
    {Marking::AmberStrict, "TLP:AMBER+STRICT",
     "Limited disclosure, recipients can only spread this on a need-to-know basis within their organization.", 0xffc000},
    {Marking::Red, "TLP:RED", "For the eyes and ears of individual recipients only, no further disclosure.", 0xff2b2b},
}};

const MarkingInfo &info(Marking m)
{
    return kMarkings[static_cast<size_t>(m)];
}
} // namespace

QString markingText(Marking m)
{
    return QString::fromLatin1(info(m).text);
}

std::optional<Marking> markingFromText(const QString &text)
{
    QString t = text.trimmed().toUpper();
    if (!t.startsWith(QLatin1String("TLP:")))
        t.prepend(QLatin1String("TLP:"));
    for (const MarkingInfo &m : kMarkings)
        if (t == QLatin1String(m.text))
            return m.marking;
    return std::nullopt;
}

QStringList allMarkingTexts()
{
    QStringList out;
    for (const MarkingInfo &m : kMarkings)
        out << QString::fromLatin1(m.text);
    return out;
}

QString markingMeaning(Marking m)
{
    return QString::fromLatin1(info(m).meaning);
}

quint32 markingRgb(Marking m)
{
    return info(m).rgb;
}

} // namespace sightline
