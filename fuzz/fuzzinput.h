#pragma once

// What the fuzz targets share: a Qt application for the libraries that need one, and a file in
// a private temporary folder holding the input, for readers that take a path.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace sightline::fuzz {

// Creates the QGuiApplication (offscreen) once; call from LLVMFuzzerInitialize or first use.
void ensureApplication();

// Writes the input to a file named name in the target's temporary folder and returns its path.
QString writeInput(const uint8_t *data, size_t size, const QString &name);

// The temporary folder, made once per process.
QString scratchFolder();

} // namespace sightline::fuzz
