#pragma once

#include "sightline/store/projectlock.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class QWidget;

// How the window may open a project: for editing, holding the lock beside it, or read-only.
struct ProjectAccess
{
    std::unique_ptr<sightline::store::ProjectLock> lock; // null when read-only, or shared with another window of this process
    bool readOnly = false;

    // Takes the project's lock as analyst. A project another process has open: asks whether to
    // open it read-only, saying who has it, since when and where; nullopt when the analyst
    // declines (refusal then says why, in one line). A project that cannot be written (its folder
    // or the file): read-only, said in a message that does not wait. GUI thread only.
    static std::optional<ProjectAccess> ask(QWidget *parent, const QString &path, const QString &analyst,
                                            QString *refusal);

    Q_DECLARE_TR_FUNCTIONS(ProjectAccess)
};
