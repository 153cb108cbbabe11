#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sightline {

// What an annotation marks: a railcar, a container stack. Keys are singular snake_case and
// stable; a project may add kinds of its own, with a display name and a colour.
struct ObjectKind
{
    QString key;    // "covered_railcar"
    QString name;   // "Covered railcar"
    QString colour; // "#ffbf00": saturated, drawn with a dark halo so it reads on bright and dark imagery
    bool builtIn = false;
    friend bool operator==(const ObjectKind &, const ObjectKind &) = default;
};

// The kinds every project has, in the order a picker lists them ("other" last).
const QList<ObjectKind> &builtInObjectKinds();

// The built-in kinds followed by the project's own (a project kind with a built-in key is ignored).
QList<ObjectKind> objectKindVocabulary(const QList<ObjectKind> &projectKinds);

// The kind with this key in the vocabulary; nothing when it is not there.
std::optional<ObjectKind> findObjectKind(const QList<ObjectKind> &vocabulary, const QString &key);

// The unit a count of the kind is written in, as a figure's unit: "railcars" for railcar,
// "container stacks" for container_stack, "tarp-covered cargo loads"; a project's own kind by
// its key ("fuel_wagon": "fuel wagons").
QString countUnitOf(const QString &key);

// Empty when key is a sound kind key (lower-case letters, digits and single underscores, starting
// with a letter, at most 40 characters), else what is wrong with it.
QString objectKindKeyProblem(const QString &key);

// The key a kind with this display name would get: "Fuel wagon (tank)" gives "fuel_wagon_tank".
// Empty when the name has no letter a key can use.
QString objectKindKeyFor(const QString &name);

} // namespace sightline
