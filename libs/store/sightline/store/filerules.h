#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace sightline::store {

// The rules for values from a project file that name or stand for files on this machine. A
// project may come from someone else, so none of its text is trusted as a path as it is.
// Any thread.

// A SHA-256 as Sightline writes it: exactly 64 lowercase hexadecimal digits.
bool isSha256Hex(const QByteArray &text);

// The largest scene file read or hashed (SHA-256 and extraction stream; GDAL reads windows).
constexpr qint64 kMaxSceneFileBytes = 256LL * 1024 * 1024 * 1024;

// Why the file a scene record names may not be read, or an empty string when it may: it must
// be a regular file (no FIFO, device or socket; a symbolic link counts as what it points to), no
// larger than kMaxSceneFileBytes, not inside the system's own folders (/etc, /proc, /sys, /dev,
// /run, /boot, /root, /var, /usr, /bin, /sbin, /lib...), and not inside a hidden folder (~/.ssh,
// ~/.config...) unless it lies under trustedFolder (the project's folder's parent, where
// Sightline stores scenes by relative path). Imagery lives in a case's folders; nothing there
// needs to be a system file.
QString sceneFileRefusal(const QString &absolutePath, const QString &trustedFolder = {});

// A folder of this user's own, made by Sightline (mode 0700, owned by this user, not a link),
// under the temporary folder: where embedded content is extracted. Empty when it cannot be made
// safely.
QString privateTempFolder(const QString &name);

// Opens path for reading only when it is a regular file, without ever blocking on a FIFO or a
// device: the check is made on the opened descriptor, so a file swapped in between cannot slip
// through. False, with the reason in *why, otherwise.
bool openRegularFile(const QString &path, QFile &file, QString *why);

// SHA-256 (lowercase hex) of at most maxBytes of a regular file; empty when it cannot be read,
// is not a regular file, or is longer than maxBytes.
QByteArray regularFileSha256(const QString &path, qint64 maxBytes = kMaxSceneFileBytes);

} // namespace sightline::store
