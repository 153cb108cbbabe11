#include "sightline/interop/capturefile.h"

#include "sightline/interop/captureintake.h"
#include "sightline/interop/importerror.h"
#include "sightline/interop/pdftext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace sightline {
namespace {

// Text of an HTML page for searching: scripts, styles and tags gone, the common entities
// decoded, white space collapsed. Nothing is fetched and nothing is rendered.
QString htmlText(const QByteArray &bytes)
{
    QString html = QString::fromUtf8(bytes);
    static const QRegularExpression hidden(QStringLiteral("<(script|style|noscript)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    html.remove(hidden).remove(comment).replace(tag, QStringLiteral(" "));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    out.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out.simplified();
}

Capture importOne(Project &project, const QUuid &sourceId, const QString &file, const QString &name,
                  const QString &url, qint64 maxBytes, QStringList &warnings)
{
    Capture description;
    description.sourceId = sourceId;
    description.fileName = name;
    description.originalUrl = url;
    const interop::CaptureIntakeResult r = interop::intakeCapture(project, description, file, maxBytes);
    if (!r.warning.isEmpty())
        warnings << r.warning;
    return r.capture;
}

} // namespace

QString safeRelativeName(const QString &name, QString *why)
{
    auto refuse = [&](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    QString n = name;
    n.replace(u'\\', u'/');
    if (n.isEmpty())
        return refuse(QStringLiteral("the name is empty"));
    for (const QChar ch : n)
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return refuse(QStringLiteral("the name has a control character"));
    if (n.startsWith(u'/'))
        return refuse(QStringLiteral("the name is an absolute path"));
    if (n.size() >= 2 && n.at(1) == u':' && n.at(0).isLetter())
        return refuse(QStringLiteral("the name starts with a drive letter"));
    QStringList parts;
    for (const QString &part : n.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            return refuse(QStringLiteral("the name has a \"..\" part"));
        if (part != QLatin1String("."))
            parts << part;
    }
    if (parts.isEmpty())
        return refuse(QStringLiteral("the name has no file in it"));
    return parts.join(u'/');
}

QString extractCaptureText(const QString &path, const QString &mediaType, QString *warning,
                           const interop::PdfTextLimits &pdfLimits)
{
    if (mediaType == QLatin1String("application/pdf")) {
        const interop::PdfText pdf = interop::readPdfText(path, pdfLimits);
        if (warning && !pdf.problem.isEmpty())
            *warning = QStringLiteral("%1: %2; stored and hashed without its text").arg(path, pdf.problem);
        else if (warning && pdf.truncated)
            *warning = QStringLiteral("%1: its text is over %2 MiB; the rest is not searchable")
                           .arg(path)
                           .arg(pdfLimits.maxTextBytes / (1024 * 1024));
        return pdf.text;
    }
    const bool html = mediaType == QLatin1String("text/html") || mediaType == QLatin1String("application/xhtml+xml");
    if (!html && !mediaType.startsWith(QLatin1String("text/")))
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // The searchable part of a very large text; read(limit) alone would allocate the whole limit.
    const QByteArray bytes = f.read(std::min<qint64>(f.size(), 64 * 1024 * 1024));
    return html ? htmlText(bytes) : QString::fromUtf8(bytes);
}

CaptureImportResult importCapture(Project &project, const QUuid &sourceId, const QString &path,
                                  const QString &originalUrl, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw ImportError(path, QStringLiteral("no such file"));
    if (!project.exists(RecordType::Source, sourceId))
        throw ImportError(path, QStringLiteral("cannot be captured: source %1 is not in the project")
                                    .arg(sourceId.toString(QUuid::WithoutBraces)));
    CaptureImportResult result;
    Project::Batch batch(project);
    if (!info.isDir()) {
        result.captures << importOne(project, sourceId, path, info.fileName(), originalUrl, maxBytes, result.warnings);
        batch.commit();
        return result;
    }
    // A saved page: every regular file under the folder, by its relative path. Links could
    // point anywhere, so they are refused rather than followed.
    const QDir root(info.absoluteFilePath());
    QStringList files;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (QFileInfo(file).isSymLink())
            throw ImportError(file, QStringLiteral("is a symbolic link; a captured page is stored from its own files only"));
        files << file;
    }
    files.sort();
    if (files.isEmpty())
        throw ImportError(path, QStringLiteral("is an empty folder: nothing to capture"));
    qint64 total = 0;
    for (const QString &file : std::as_const(files)) {
        QString why;
        const QString name = safeRelativeName(root.relativeFilePath(file), &why);
        if (name.isEmpty())
            throw ImportError(file, QStringLiteral("cannot be captured: ") + why);
        total += QFileInfo(file).size();
        if (total > maxBytes)
            throw ImportError(path, QStringLiteral("holds more than the capture limit of %1 bytes; not stored").arg(maxBytes));
        result.captures << importOne(project, sourceId, file, info.fileName() + u'/' + name, originalUrl, maxBytes,
                                     result.warnings);
    }
    batch.commit();
    return result;
}

} // namespace sightline
