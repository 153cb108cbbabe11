#include "sightline/core/annotationlabel.h"

#include <QCoreApplication>
#include <QLocale>

namespace sightline {

namespace {
// The English plural of a kind's name: "railcars", "container stacks"; names that are already
// plural or uncountable ("tarp-covered cargo", "construction") stay as they are.
QString plural(const QString &name)
{
    if (name.endsWith(QLatin1Char('s')) || name.endsWith(QLatin1Char('x')) || name.endsWith(QLatin1String("cargo")) ||
        name.endsWith(QLatin1String("construction")) || name.endsWith(QLatin1String("other")))
        return name;
    if (name.endsWith(QLatin1Char('y')) && name.size() > 1 &&
        !QStringLiteral("aeiou").contains(name.at(name.size() - 2)))
        return name.chopped(1) + QLatin1String("ies");
    return name + QLatin1Char('s');
}
} // namespace

QString countOfKind(int count, const QString &displayName)
{
    const QString name = displayName.toLower();
    //: A count of one object kind: "12 railcars" (%1 the count, %2 the kind's name, plural when not 1)
    return QCoreApplication::translate("sightline::Annotations", "%1 %2")
        .arg(QLocale().toString(count), count == 1 ? name : plural(name));
}

QString annotationLabel(const Annotation &annotation, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? annotation.objectKind : displayName;
    switch (annotation.shape) {
    case AnnotationShape::Point:
    case AnnotationShape::Box:
    case AnnotationShape::Polygon: return countOfKind(annotation.count, name);
    case AnnotationShape::Line:
    case AnnotationShape::Callout: break;
    }
    return annotation.label.isEmpty() ? name : annotation.label;
}

} // namespace sightline
