// Rules for paths and hashes read from a project file.
#include "sightline/store/filerules.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sightline::store {

bool isSha256Hex(const QByteArray &text)
{
    if (text.size() != 64) return false;
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

QString sceneFileRefusal(const QString &absolutePath, const QString &trustedFolder)
{
    const QFileInfo info(absolutePath);
    // Resolved, so that neither "../" nor a symbolic link leads somewhere the rule forbids.
    const QString real = info.canonicalFilePath();
    if (real.isEmpty()) return QStringLiteral("no such file");
    const QFileInfo target(real);
    if (!target.isFile()) return QStringLiteral("not a regular file (a folder, device, FIFO or socket)");
    if (target.size() > kMaxSceneFileBytes)
        return QStringLiteral("larger than the limit of %1 GiB for a scene").arg(kMaxSceneFileBytes >> 30);
    const QString trusted = QFileInfo(trustedFolder).canonicalFilePath();
    if (!trusted.isEmpty() && real.startsWith(trusted + u'/')) return {};
    static const char *const kSystemFolders[] = {"/etc",   "/proc",  "/sys",    "/dev", "/run",  "/boot",
                                                 "/root",  "/var",   "/usr",    "/bin", "/sbin", "/lib",
                                                 "/lib32", "/lib64", "/libx32", "/srv", "/snap"};
    for (const char *folder : kSystemFolders) {
        const QString f = QString::fromLatin1(folder);
        if (real.startsWith(f + u'/'))
            return QStringLiteral("inside the system folder %1, where no scene belongs").arg(f);
    }
    const QStringList parts = QFileInfo(real).absolutePath().split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (part.startsWith(u'.'))
            return QStringLiteral("inside the hidden folder %1, where no scene belongs").arg(part);
    return {};
}

QString privateTempFolder(const QString &name)
{
    const QString dir = QDir::temp().filePath(QStringLiteral("%1-%2").arg(name).arg(::getuid()));
    const QByteArray native = QFile::encodeName(dir);
    ::mkdir(native.constData(), 0700); // fails harmlessly when it exists; checked below
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid() ||
        (st.st_mode & 077) != 0)
        return {};
    return dir;
}

bool openRegularFile(const QString &path, QFile &file, QString *why)
{
    auto fail = [&](const QString &reason) {
        if (why) *why = reason;
        return false;
    };
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot be opened: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(QStringLiteral("not a regular file (a folder, device, FIFO or socket)"));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
    return true;
}

QByteArray regularFileSha256(const QString &path, qint64 maxBytes)
{
    QFile f;
    if (!openRegularFile(path, f, nullptr) || f.size() > maxBytes) return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    // Bounded even when the file grows while it is read.
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1024 * 1024);
        if (chunk.isEmpty()) break;
        total += chunk.size();
        if (total > maxBytes) return {};
        hash.addData(chunk);
    }
    if (f.error() != QFileDevice::NoError) return {};
    return hash.result().toHex();
}

} // namespace sightline::store
