#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sightline {

// How far a project's material may be shared: the Traffic Light Protocol, version 2.0 (FIRST).
// A project setting, printed in a banner on every page of a brief and carried into every
// export. Written as the standard writes it ("TLP:AMBER+STRICT"); read in any case, with or
// without the "TLP:" prefix.
enum class Marking { Clear, Green, Amber, AmberStrict, Red };

QString markingText(Marking m); // "TLP:AMBER+STRICT"
std::optional<Marking> markingFromText(const QString &text);
QStringList allMarkingTexts();
// Who may see it, in the standard's short words ("Limited disclosure, recipients can only
// spread this on a need-to-know basis within their organization and its clients").
QString markingMeaning(Marking m);
// The standard's colour for the label's text, drawn on black: 0xRRGGBB.
quint32 markingRgb(Marking m);

} // namespace sightline
