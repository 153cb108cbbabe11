#include "optionvalues.h"

#include <QStringList>

#include <cmath>

#include <unistd.h>

namespace sightline::cli {

qint64 physicalMemoryBytes()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0) return 1LL << 30; // unknown: assume a small machine
    return static_cast<qint64>(pages) * pageSize;
}

qint64 pixelBudget()
{
    constexpr qint64 kBytesPerPixel = 10;
    constexpr qint64 kMaxPixels = 100'000'000;
    return std::min(kMaxPixels, physicalMemoryBytes() / 4 / kBytesPerPixel);
}

std::optional<double> finiteOption(const QString &text, double min, double max, QString *why)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        *why = QStringLiteral("\"%1\" is not a number between %2 and %3").arg(text).arg(min).arg(max);
        return std::nullopt;
    }
    return v;
}

std::optional<QSize> imageSizeOption(const QString &text, QString *why)
{
    const QStringList wh = text.toLower().split(u'x');
    bool okW = false, okH = false;
    const qint64 w = wh.value(0).toLongLong(&okW), h = wh.value(1).toLongLong(&okH);
    if (wh.size() != 2 || !okW || !okH || w < 16 || h < 16 || w > 32767 || h > 32767) {
        *why = QStringLiteral("\"%1\" is not WxH with each side between 16 and 32767 pixels").arg(text);
        return std::nullopt;
    }
    if (w * h > pixelBudget()) {
        *why = QStringLiteral("\"%1\" is %2 megapixels, more than the %3 this machine's memory allows")
                   .arg(text)
                   .arg(static_cast<double>(w * h) / 1e6, 0, 'f', 1)
                   .arg(static_cast<double>(pixelBudget()) / 1e6, 0, 'f', 0);
        return std::nullopt;
    }
    return QSize(static_cast<int>(w), static_cast<int>(h));
}

std::optional<std::array<double, 4>> extentOption(const QString &text, QString *why)
{
    const QStringList v = text.split(u',');
    std::array<double, 4> d{};
    bool ok = v.size() == 4;
    for (int i = 0; ok && i < 4; ++i) {
        d[i] = v[i].trimmed().toDouble(&ok);
        ok = ok && std::isfinite(d[i]) && std::abs(d[i]) <= 1e9;
    }
    if (!ok || d[0] >= d[2] || d[1] >= d[3]) {
        *why = QStringLiteral("\"%1\" is not minx,miny,maxx,maxy of finite numbers with min < max").arg(text);
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> cacheMbOption(const QString &text, QString *why)
{
    bool ok = false;
    const qint64 mb = text.trimmed().toLongLong(&ok);
    const qint64 maxMb = physicalMemoryBytes() / 2 / (1024 * 1024);
    if (!ok || mb < 16 || mb > maxMb) {
        *why = QStringLiteral(
                   "\"%1\" is not a whole number of MiB between 16 and %2 (half this machine's memory)")
                   .arg(text)
                   .arg(maxMb);
        return std::nullopt;
    }
    return mb;
}

} // namespace sightline::cli
