#pragma once

// Runs the PDF tools a brief is checked with (poppler's pdfinfo, pdffonts, pdftotext; qpdf) and
// captures what they print.

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace sightline::test {

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The tools a brief test needs that are missing, by name (empty when all are there).
inline QStringList missingPdfTools()
{
    QStringList missing;
    for (const char *tool : {"pdfinfo", "pdffonts", "pdftotext", "pdfimages", "qpdf"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    return missing;
}

inline ToolResult runTool(const QString &tool, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(tool, args);
    ToolResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// pdfinfo's "Key: value" lines as a map.
inline QHash<QString, QString> pdfInfo(const QString &pdf)
{
    QHash<QString, QString> info;
    const ToolResult r = runTool(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : QString::fromUtf8(r.out).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0) info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

// The text of a PDF (pdftotext), pages separated by form feeds.
// layout: as laid out on the page (a line of the page is a line of text); raw: in the order
// the content stream draws it (a table cell's lines together).
inline QString pdfText(const QString &pdf, bool layout = false, bool raw = false)
{
    QStringList args;
    if (layout) args << QStringLiteral("-layout");
    if (raw) args << QStringLiteral("-raw");
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), args).out);
}

// Text with every run of white space removed: a quote wrapped over lines in a table cell
// still matches.
inline QString squeezed(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace()) s += c;
    return s;
}

} // namespace sightline::test
