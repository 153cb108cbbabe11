#pragma once

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace sightline::store {

// Marks a project as open for editing, so that a second Sightline (or a second analyst on a
// shared folder) opening it learns who has it and since when. A lock file beside the project
// (QLockFile: "NAME.gpkg.lock", removed when its process is gone on this host) and a small
// info file with the analyst's name and the time ("NAME.gpkg.lock-info"). Held for as long as the
// object lives. GUI thread only (one per open project).
class ProjectLock
{
public:
    enum class Result {
        Acquired,     // this process may edit the project
        HeldElsewhere, // another process has it: see holder()
        FolderReadOnly // no lock can be written beside the project: open it read-only
    };
    struct Holder
    {
        QString analyst; // may be empty (an older info file or none)
        QString host;
        qint64 pid = 0;
        QDateTime since; // UTC; invalid when unknown
    };

    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // Tries once, without waiting. A lock left by a process that is gone from this host is
    // taken over.
    Result tryLock(const QString &analyst);
    bool isLocked() const;
    // Who holds it, after tryLock gave HeldElsewhere.
    std::optional<Holder> holder() const;
    static QString lockFilePath(const QString &projectPath);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sightline::store
