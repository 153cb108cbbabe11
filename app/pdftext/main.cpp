// sightline-pdftext [--seconds N] FILE
// Writes the text of every page of FILE as UTF-8 to standard output, pages separated by a line
// break. Exit 0: read; 3: Qt PDF
// refused the file, one word on standard error saying why (not-found, not-valid, password,
// encryption, no-pages, unknown); 1: usage. Run by libs/interop (pdftext.h), which kills it when
// it takes longer than its time limit; the limits set here hold even if that process is gone.
#include <QCoreApplication>
#include <QFile>
#include <QPdfDocument>
#include <QStringList>

#include <cstdio>

#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define SIGHTLINE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SIGHTLINE_ASAN 1
#endif
#endif

namespace {

void limitSelf(int seconds)
{
#ifdef __linux__
    // Ends with the process that asked for the text, whatever becomes of it.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() == 1)
        _exit(1);
    const rlim_t cpu = rlim_t(seconds) + 1;
    const rlimit cpuLimit{cpu, cpu + 1};
    setrlimit(RLIMIT_CPU, &cpuLimit);
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#ifndef SIGHTLINE_ASAN // AddressSanitizer reserves terabytes of address space for itself
    const rlim_t memory = rlim_t(2) * 1024 * 1024 * 1024;
    const rlimit memoryLimit{memory, memory};
    setrlimit(RLIMIT_AS, &memoryLimit);
#endif
#else
    (void)seconds;
#endif
}

const char *refusal(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::None: return "no-pages";
    case QPdfDocument::Error::FileNotFound: return "not-found";
    case QPdfDocument::Error::InvalidFileFormat: return "not-valid";
    case QPdfDocument::Error::IncorrectPassword: return "password";
    case QPdfDocument::Error::UnsupportedSecurityScheme: return "encryption";
    default: return "unknown";
    }
}

int usage()
{
    std::fputs("usage: sightline-pdftext [--seconds N] FILE\n", stderr);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int seconds = 20;
    if (args.size() == 3 && args.at(0) == QLatin1String("--seconds")) {
        bool ok = false;
        seconds = args.at(1).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return usage();
        args = args.mid(2);
    }
    if (args.size() != 1)
        return usage();
    limitSelf(seconds);

    QPdfDocument doc;
    const QPdfDocument::Error error = doc.load(args.at(0));
    const int pages = error == QPdfDocument::Error::None ? doc.pageCount() : 0;
    if (pages <= 0) {
        std::fprintf(stderr, "%s\n", refusal(error));
        return 3;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    // Page by page, so that the reader sees progress and can stop at its size limit.
    for (int i = 0; i < pages; ++i) {
        QByteArray text = doc.getAllText(i).text().toUtf8();
        if (i + 1 < pages)
            text += '\n';
        if (out.write(text) != text.size())
            return 0; // the reader stopped reading: it has all it wants
    }
    return 0;
}
