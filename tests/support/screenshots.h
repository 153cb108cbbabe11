#pragma once

// Pictures a window test took of what it checked, kept for a person to look at: in the folder
// SIGHTLINE_SCREENSHOT_DIR names (made when missing), else not at all, so that a test run
// leaves nothing behind outside its own temporary folders.
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QString>

namespace sightline::test {

inline void keepScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    image.save(QDir(dir).filePath(name));
}

inline void keepScreenshot(const QPixmap &pixmap, const QString &name)
{
    keepScreenshot(pixmap.toImage(), name);
}

} // namespace sightline::test
