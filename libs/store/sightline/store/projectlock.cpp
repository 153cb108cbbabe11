#include "sightline/store/projectlock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace sightline::store {

namespace {
QString infoPath(const QString &projectPath)
{
    return ProjectLock::lockFilePath(projectPath) + QStringLiteral("-info");
}
} // namespace

ProjectLock::ProjectLock(const QString &projectPath)
    : m_path(QFileInfo(projectPath).absoluteFilePath()), m_lock(std::make_unique<QLockFile>(lockFilePath(m_path)))
{
    // Never stale by age: an analyst may keep a project open for days. A lock whose process is
    // gone from this host is stale all the same (QLockFile checks the pid).
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock()
{
    if (m_lock->isLocked()) {
        QFile::remove(infoPath(m_path));
        m_lock->unlock();
    }
}

QString ProjectLock::lockFilePath(const QString &projectPath)
{
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".lock");
}

ProjectLock::Result ProjectLock::tryLock(const QString &analyst)
{
    if (m_lock->isLocked())
        return Result::Acquired;
    if (!QFileInfo(QFileInfo(m_path).absolutePath()).isWritable())
        return Result::FolderReadOnly;
    if (!m_lock->tryLock(0)) {
        switch (m_lock->error()) {
        case QLockFile::LockFailedError:
            return Result::HeldElsewhere;
        case QLockFile::PermissionError:
            return Result::FolderReadOnly;
        default:
            return Result::FolderReadOnly;
        }
    }
    QSaveFile info(infoPath(m_path));
    if (info.open(QIODevice::WriteOnly)) {
        const QJsonObject o{{QStringLiteral("analyst"), analyst},
                            {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        info.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        info.commit();
    }
    return Result::Acquired;
}

bool ProjectLock::isLocked() const
{
    return m_lock->isLocked();
}

std::optional<ProjectLock::Holder> ProjectLock::holder() const
{
    Holder h;
    QString app;
    if (!m_lock->getLockInfo(&h.pid, &h.host, &app))
        return std::nullopt;
    // The info file is someone else's writing: read a small one, and only its two strings.
    QFile file(infoPath(m_path));
    if (file.open(QIODevice::ReadOnly) && file.size() < 4096) {
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        h.analyst = o.value(QStringLiteral("analyst")).toString().left(200);
        h.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    }
    if (!h.since.isValid())
        h.since = QFileInfo(lockFilePath(m_path)).lastModified().toUTC();
    return h;
}

} // namespace sightline::store
