#include "sightline/present/quantitywords.h"

#include <QLocale>

#include <cmath>

namespace sightline::present {

QString quantityText(const Quantity &quantity)
{
    return quantity.toDisplayString();
}

QString countedKind(const Quantity &quantity)
{
    QString kind = quantity.objectKind;
    kind.replace(u'_', u' ');
    if (kind.isEmpty() || quantity.unit.startsWith(kind, Qt::CaseInsensitive))
        return {};
    return kind;
}

QString quantityWithKind(const Quantity &quantity)
{
    const QString figure = quantityText(quantity);
    const QString kind = countedKind(quantity);
    return kind.isEmpty() || figure.isEmpty() ? figure : QStringLiteral("%1 (%2)").arg(figure, kind);
}

QString scaleText(double denominator)
{
    if (!std::isfinite(denominator) || denominator <= 0)
        return {};
    double rounded = std::round(denominator);
    if (rounded >= 1000) {
        const double step = std::pow(10.0, std::floor(std::log10(rounded)) - 2);
        rounded = std::round(rounded / step) * step;
    }
    QLocale en(QLocale::English);
    en.setNumberOptions(QLocale::DefaultNumberOptions);
    return QStringLiteral("1:") + en.toString(static_cast<qlonglong>(std::max(1.0, rounded)));
}

} // namespace sightline::present
