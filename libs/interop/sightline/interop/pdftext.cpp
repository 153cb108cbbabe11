#include "sightline/interop/pdftext.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <csignal>

namespace sightline::interop {

namespace {

const QString kReaderName = QStringLiteral("sightline-pdftext");

// PDFium looks for its header in the first kilobyte and refuses a file without one; anything
// else is not worth a process.
bool hasPdfHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(1024).contains("%PDF-");
}

QStringList readerArguments(const QString &path, const PdfTextLimits &limits)
{
    return {QStringLiteral("--seconds"), QString::number(limits.seconds), path};
}

PdfText::Refusal refusalOf(const QByteArray &word)
{
    using R = PdfText::Refusal;
    static const QList<std::pair<QByteArray, R>> kWords{{"no-pages", R::NoPages},     {"not-found", R::NotFound},
                                                          {"not-valid", R::NotValid},   {"password", R::Password},
                                                          {"encryption", R::Encryption}};
    for (const auto &[w, r] : kWords)
        if (w == word)
            return r;
    return R::Unknown;
}

QString refusalWords(PdfText::Refusal refusal)
{
    using R = PdfText::Refusal;
    switch (refusal) {
    case R::NoPages: return QStringLiteral("it has no pages");
    case R::NotFound: return QStringLiteral("its content could not be read");
    case R::NotValid: return QStringLiteral("it is not a valid PDF");
    case R::Password: return QStringLiteral("it is protected by a password");
    case R::Encryption: return QStringLiteral("its encryption is not supported");
    case R::Unknown: break;
    }
    return QStringLiteral("an unknown error");
}

// How the reader ended, whichever way it was run.
struct ReaderEnd
{
    bool started = true;
    bool timedOut = false;
    bool cut = false; // stopped at the text size limit
    QProcess::ExitStatus status = QProcess::NormalExit;
    int exitCode = 0; // the signal's number after a crash
    QByteArray out;
    QByteArray err;
    QString startError;
};

PdfText interpret(ReaderEnd end, const PdfTextLimits &limits)
{
    PdfText result;
    const bool cpuLimit = end.status == QProcess::CrashExit && end.exitCode == SIGXCPU;
    if (!end.started) {
        result.problem = QStringLiteral("the PDF reader %1 could not be started (%2)").arg(kReaderName, end.startError);
    } else if (end.timedOut || cpuLimit) {
        result.outcome = PdfText::Outcome::TimedOut;
        result.problem = QStringLiteral("Qt PDF did not finish reading it within %1 s").arg(limits.seconds);
    } else if (end.cut || (end.status == QProcess::NormalExit && end.exitCode == 0)) {
        result.outcome = PdfText::Outcome::Read;
        if (end.out.size() > limits.maxTextBytes) {
            end.out.truncate(limits.maxTextBytes);
            result.truncated = true;
        }
        result.text = QString::fromUtf8(end.out);
        if (result.truncated && result.text.endsWith(QChar::ReplacementCharacter))
            result.text.chop(1); // a character cut in two
    } else if (end.status == QProcess::NormalExit && end.exitCode == 3) {
        result.outcome = PdfText::Outcome::Refused;
        result.refusal = refusalOf(end.err.trimmed());
        result.problem = QStringLiteral("Qt PDF cannot open it (%1)").arg(refusalWords(result.refusal));
    } else if (end.status == QProcess::CrashExit) {
        result.problem = QStringLiteral("Qt PDF crashed reading it (signal %1)").arg(end.exitCode);
    } else {
        result.problem = QStringLiteral("the PDF reader failed on it (exit code %1)").arg(end.exitCode);
    }
    return result;
}

// Why the file is not given to the reader, if it is not; else outcome Read and the reader in *reader.
PdfText notRun(const QString &path, QString *reader)
{
    PdfText result;
    if (!hasPdfHeader(path)) {
        result.outcome = PdfText::Outcome::NotPdf;
        result.problem = QStringLiteral("Qt PDF cannot open it (it has no PDF header)");
    } else if (*reader = pdfTextReader(); reader->isEmpty()) {
        result.problem = QStringLiteral("the PDF reader %1 is not installed beside this program").arg(kReaderName);
    } else {
        result.outcome = PdfText::Outcome::Read; // to be run
    }
    return result;
}

} // namespace

QString pdfTextReader()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(kReaderName), here.filePath(QStringLiteral("../libexec/sightline/") + kReaderName)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

PdfText readPdfText(const QString &path, const PdfTextLimits &limits)
{
    QString reader;
    if (PdfText early = notRun(path, &reader); early.outcome != PdfText::Outcome::Read)
        return early;
    QProcess process;
    ReaderEnd end;
    process.start(reader, readerArguments(path, limits), QIODevice::ReadOnly);
    if (!process.waitForStarted(10000)) {
        end.started = false;
        end.startError = process.errorString();
        return interpret(end, limits);
    }
    const qint64 deadline = qint64(limits.seconds) * 1000;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning) {
        const qint64 left = deadline - clock.elapsed();
        if (left <= 0) {
            end.timedOut = true;
            break;
        }
        process.waitForReadyRead(int(std::min<qint64>(left, 1000)));
        end.out += process.readAllStandardOutput();
        if (end.out.size() > limits.maxTextBytes) {
            end.cut = true;
            break;
        }
    }
    if (end.timedOut || end.cut) {
        process.kill();
        process.waitForFinished(10000);
    } else {
        end.out += process.readAllStandardOutput();
    }
    end.err = process.readAllStandardError();
    end.status = process.exitStatus();
    end.exitCode = process.exitCode();
    return interpret(end, limits);
}

PdfTextJob::PdfTextJob(const QString &path, const PdfTextLimits &limits, QObject *parent)
    : QObject(parent), m_path(path), m_limits(limits), m_process(new QProcess(this)), m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { finish(true); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PdfTextJob::readOutput);
    connect(m_process, &QProcess::finished, this, [this] { finish(false); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false);
    });
}

PdfTextJob::~PdfTextJob()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void PdfTextJob::start()
{
    QString reader;
    if (PdfText early = notRun(m_path, &reader); early.outcome != PdfText::Outcome::Read) {
        m_done = true;
        // Later, as a read would be: the caller connects before or after start() alike.
        QTimer::singleShot(0, this, [this, early] { emit finished(early); });
        return;
    }
    m_deadline->start(m_limits.seconds * 1000);
    m_process->start(reader, readerArguments(m_path, m_limits), QIODevice::ReadOnly);
}

void PdfTextJob::readOutput()
{
    m_output += m_process->readAllStandardOutput();
    if (m_output.size() > m_limits.maxTextBytes) {
        m_cut = true;
        finish(false);
    }
}

void PdfTextJob::finish(bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    ReaderEnd end;
    end.timedOut = timedOut;
    end.cut = m_cut;
    if (m_process->error() == QProcess::FailedToStart) {
        end.started = false;
        end.startError = m_process->errorString();
    } else {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->disconnect(this);
            m_process->kill();
            m_process->waitForFinished(10000);
        }
        m_output += m_process->readAllStandardOutput();
        end.out = m_output;
        end.err = m_process->readAllStandardError();
        end.status = m_process->exitStatus();
        end.exitCode = m_process->exitCode();
    }
    emit finished(interpret(end, m_limits));
}

} // namespace sightline::interop
