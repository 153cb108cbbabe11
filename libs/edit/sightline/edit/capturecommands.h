#pragma once

#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// Attaches a file to a source as a capture: its content streamed into the project and hashed.
// Undo removes the capture and its content; redo reads the file again and refuses it when it
// no longer has the hash it had, so the capture that comes back is the one that went.
class AttachCaptureCommand : public RecordCommandBase
{
public:
    AttachCaptureCommand(Document &document, Capture description, const QString &filePath, const QString &text);
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
};

} // namespace sightline::edit
