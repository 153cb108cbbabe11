#pragma once

#include "sightline/store/project.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace sightline::edit {

class RecordCommandBase;

// An open project and its undo history. Edits are pushed as commands; each one is written to
// the project at once (and logged there), and undoing writes the previous state back as a new
// revision, so the change log keeps the whole story. GUI thread only.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<Project> project, QObject *parent = nullptr);
    ~Document() override;

    Project &project() { return *m_project; }
    const Project &project() const { return *m_project; }
    QUndoStack &undoStack() { return m_undo; }

    // Runs a command (takes ownership). If the project refuses it, the project is unchanged,
    // the command is dropped, and the reason is returned; empty when it succeeded.
    QString push(RecordCommandBase *command);
    // Why the last undo or redo failed (then marked obsolete), once; empty when none did.
    QString takeError();

signals:
    // Records of this type changed (by an edit, an undo or a redo).
    void recordsChanged(sightline::RecordType type);
    // The project's basemap sources, or the one shown, changed (by an edit, an undo or a redo).
    void basemapSourcesChanged();

private:
    friend class RecordCommandBase;
    std::unique_ptr<Project> m_project;
    QUndoStack m_undo;
    QString m_lastError;
};

} // namespace sightline::edit
