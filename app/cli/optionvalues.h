#pragma once

#include <QSize>
#include <QString>

#include <array>
#include <optional>

namespace sightline::cli {

// Parsing of numeric command-line values that refuses what would harm the process: NaN and
// infinity, numbers that overflow, and sizes larger than this machine's memory can hold. Each
// returns nothing, with one line saying why in *why, for a refused value. Any thread.

// A finite number within [min, max].
std::optional<double> finiteOption(const QString &text, double min, double max, QString *why);

// An image size "WxH", each side 16 to 32767 pixels, whose pixels fit the pixel budget.
std::optional<QSize> imageSizeOption(const QString &text, QString *why);

// "minx,miny,maxx,maxy": finite, min < max, each within ±1e9 (metres or degrees).
std::optional<std::array<double, 4>> extentOption(const QString &text, QString *why);

// A cache size in MiB, at least 16, at most half of this machine's memory.
std::optional<qint64> cacheMbOption(const QString &text, QString *why);

// The most pixels one rendered image may have: a render holds about ten bytes a pixel (the
// image and the layers drawn into it), and may take at most a quarter of the machine's memory,
// and never more than 100 megapixels.
qint64 pixelBudget();

// The machine's physical memory in bytes.
qint64 physicalMemoryBytes();

} // namespace sightline::cli
