#pragma once

#include "sightline/edit/recordcommands.h"

#include <functional>

namespace sightline::edit {

// How a file becomes a capture: stored and hashed, its media type found, its text indexed for
// search. The one capture intake (interop::intakeCapture) is handed in by whoever makes the
// command, as the edit library reads no file formats itself. Throws StoreError when the project
// or the file refuses.
using CaptureIntake = std::function<Capture(Project &project, const Capture &description, const QString &filePath)>;

// Attaches a file to a source as a capture, through the capture intake. Undo removes the
// capture, its content and its text from the index; redo takes the file in again and refuses it
// when it no longer has the hash it had, so the capture that comes back is the one that went.
// GUI thread (the document's).
class AttachCaptureCommand : public RecordCommandBase
{
public:
    AttachCaptureCommand(Document &document, Capture description, const QString &filePath, CaptureIntake intake,
                         const QString &text);
    // The stored capture (hash and size filled in) once the command has run.
    const Capture &capture() const { return m_capture; }

protected:
    void apply() override;
    void revert() override;
    RecordType recordType() const override { return RecordType::Capture; }

private:
    Capture m_description;
    Capture m_capture;
    QString m_filePath;
    CaptureIntake m_intake;
};

} // namespace sightline::edit
