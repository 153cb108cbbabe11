// Capture text extraction: PDF through Qt PDF, HTML without markup, plain text. The first byte
// chooses the media type, the rest is the file.
#include "fuzzinput.h"

#include "sightline/interop/capturefile.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sightline::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    static const char *const kTypes[] = {"application/pdf", "text/html", "text/plain",
                                         "application/xhtml+xml"};
    const QString type = QString::fromLatin1(kTypes[data[0] % 4]);
    const QString path = sightline::fuzz::writeInput(data + 1, size - 1, QStringLiteral("capture"));
    QString warning;
    (void)sightline::extractCaptureText(path, type, &warning);
    return 0;
}
