#include "fuzzinput.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

namespace sightline::fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance()) return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "sightline-fuzz";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv); // lives as long as the process
}

QString scratchFolder()
{
    // In memory where the system offers it: every input is written to a file.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/sightline-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/sightline-fuzz-XXXXXX"));
    return dir.path();
}

QString writeInput(const uint8_t *data, size_t size, const QString &name)
{
    const QString path = scratchFolder() + u'/' + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    return path;
}

} // namespace sightline::fuzz
