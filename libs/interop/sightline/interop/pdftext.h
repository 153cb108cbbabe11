#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

class QTimer;

namespace sightline::interop {

// PDF text is read by sightline-pdftext, Qt PDF (PDFium) in a process of its own: a PDF from a
// capture is untrusted, and PDFium can loop forever or crash on a damaged file. A file that takes
// longer than the limit, or that the reader dies on, costs a warning, never the caller.
struct PdfTextLimits
{
    int seconds = 20;                         // wall time for the whole file
    qint64 maxTextBytes = 64LL * 1024 * 1024; // text kept beyond this is cut off
};

struct PdfText
{
    enum class Outcome {
        Read,     // text holds every page's text, pages separated by '\n'
        NotPdf,   // no "%PDF-" in the first kilobyte: not given to the reader at all
        Refused,  // Qt PDF cannot open it: refusal says why
        TimedOut, // the reader did not finish within the limit and was stopped
        Failed,   // the reader died on it, or could not be started
    };
    Outcome outcome = Outcome::Failed;
    QString text;
    enum class Refusal { NoPages, NotFound, NotValid, Password, Encryption, Unknown };
    Refusal refusal = Refusal::Unknown; // when Refused
    bool truncated = false; // Read, with the text cut at maxTextBytes
    QString problem;        // why there is no text, in words ("did not finish reading it within 20 s")
};

// Reads the text of the PDF at path, waiting at most limits.seconds. Any thread.
PdfText readPdfText(const QString &path, const PdfTextLimits &limits = {});

// The reader's path: beside the running program (the build tree, /usr/bin) or in
// ../libexec/sightline from it. Empty when it is in neither.
QString pdfTextReader();

// The same read without blocking, for the window: finished() is emitted once, from the thread
// that made the job.
class PdfTextJob : public QObject
{
    Q_OBJECT
public:
    explicit PdfTextJob(const QString &path, const PdfTextLimits &limits = {}, QObject *parent = nullptr);
    ~PdfTextJob() override;
    void start();

signals:
    void finished(const sightline::interop::PdfText &result);

private:
    void readOutput();
    void finish(bool timedOut);

    QString m_path;
    PdfTextLimits m_limits;
    QProcess *m_process;
    QTimer *m_deadline;
    QByteArray m_output;
    bool m_cut = false;
    bool m_done = false;
};

} // namespace sightline::interop
