#include "sightline/core/objectkinds.h"

#include <QHash>
#include <QRegularExpression>

namespace sightline {

const QList<ObjectKind> &builtInObjectKinds()
{
    // Hues kept apart from one another and from the site symbols' colours.
    static const QList<ObjectKind> kinds{
        {QStringLiteral("railcar"), QStringLiteral("Railcar"), QStringLiteral("#ff7f0e"), true},
        {QStringLiteral("covered_railcar"), QStringLiteral("Covered railcar"), QStringLiteral("#ffc300"), true},
        {QStringLiteral("container"), QStringLiteral("Container"), QStringLiteral("#00b4ff"), true},
        {QStringLiteral("container_stack"), QStringLiteral("Container stack"), QStringLiteral("#3d6bff"), true},
        {QStringLiteral("vessel"), QStringLiteral("Vessel"), QStringLiteral("#00e0c0"), true},
        {QStringLiteral("tarp_covered_cargo"), QStringLiteral("Tarp-covered cargo"), QStringLiteral("#a0e000"), true},
        {QStringLiteral("vehicle"), QStringLiteral("Vehicle"), QStringLiteral("#ff4fb0"), true},
        {QStringLiteral("launcher"), QStringLiteral("Launcher"), QStringLiteral("#ff2020"), true},
        {QStringLiteral("crate_stack"), QStringLiteral("Crate stack"), QStringLiteral("#c080ff"), true},
        {QStringLiteral("construction"), QStringLiteral("Construction"), QStringLiteral("#ffff40"), true},
        {QStringLiteral("other"), QStringLiteral("Other"), QStringLiteral("#e8e8e8"), true},
    };
    return kinds;
}

QString countUnitOf(const QString &key)
{
    static const QHash<QString, QString> irregular{
        {QStringLiteral("tarp_covered_cargo"), QStringLiteral("tarp-covered cargo loads")},
        {QStringLiteral("construction"), QStringLiteral("construction sites")},
        {QStringLiteral("other"), QStringLiteral("other objects")},
    };
    if (const auto it = irregular.constFind(key); it != irregular.cend())
        return *it;
    QString unit = key;
    unit.replace(u'_', u' ');
    if (unit.isEmpty())
        return QStringLiteral("objects");
    const bool sibilant = unit.endsWith(u's') || unit.endsWith(u'x') || unit.endsWith(QLatin1String("ch")) ||
                          unit.endsWith(QLatin1String("sh"));
    return unit + (sibilant ? QStringLiteral("es") : QStringLiteral("s"));
}

QList<ObjectKind> objectKindVocabulary(const QList<ObjectKind> &projectKinds)
{
    QList<ObjectKind> out = builtInObjectKinds();
    for (ObjectKind k : projectKinds) {
        if (findObjectKind(out, k.key))
            continue;
        k.builtIn = false;
        out.insert(out.size() - 1, k); // before "other"
    }
    return out;
}

std::optional<ObjectKind> findObjectKind(const QList<ObjectKind> &vocabulary, const QString &key)
{
    for (const ObjectKind &k : vocabulary)
        if (k.key == key)
            return k;
    return std::nullopt;
}

QString objectKindKeyProblem(const QString &key)
{
    static const QRegularExpression sound(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    if (key.isEmpty())
        return QStringLiteral("an object kind needs a key");
    if (key.size() > 40)
        return QStringLiteral("an object kind's key is at most 40 characters");
    if (!sound.match(key).hasMatch())
        return QStringLiteral("\"%1\" is not a kind key: use lower-case words joined by underscores, such as "
                              "\"covered_railcar\"")
            .arg(key);
    return {};
}

} // namespace sightline

namespace sightline {

QString objectKindKeyFor(const QString &name)
{
    // Letters outside a-z (accents, other scripts) are dropped rather than guessed at.
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key += c;
        else if (!key.isEmpty() && !key.endsWith(u'_') && (c.isSpace() || c.isPunct() || c.isSymbol()))
            key += u'_';
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    while (!key.isEmpty() && !key.front().isLetter())
        key.remove(0, 1);
    key = key.left(40);
    while (key.endsWith(u'_'))
        key.chop(1);
    return key;
}

} // namespace sightline
