// Capture text extraction: PDF through Qt PDF (in sightline-pdftext, beside the target), HTML
// without markup, plain text. The input is the whole file, read as each media type in turn: a
// capture's stored type is whatever the sender wrote, and the seeds (real PDFs) stay whole, so the
// corpus grows from them. A PDF Qt PDF never finishes must cost its time limit and no more.
#include "fuzzinput.h"

#include "sightline/interop/capturefile.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sightline::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const sightline::interop::PdfTextLimits kPdfLimits{.seconds = 3};
    static const char *const kTypes[] = {"application/pdf", "text/html", "text/plain",
                                         "application/xhtml+xml"};
    const QString path = sightline::fuzz::writeInput(data, size, QStringLiteral("capture"));
    for (const char *type : kTypes) {
        QString warning;
        (void)sightline::extractCaptureText(path, QString::fromLatin1(type), &warning, kPdfLimits);
    }
    return 0;
}
