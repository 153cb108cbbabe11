#include "sightline/edit/claimdraft.h"

namespace sightline::edit {

QString normalizedQuote(const QString &selected)
{
    QString out;
    out.reserve(selected.size());
    for (const QChar c : selected) {
        if (c == QChar(0x00AD) || c == QChar(0x0002))
            continue; // soft hyphens and PDFium's hyphenation marks at line ends
        out += c.isSpace() || c.category() == QChar::Other_Control ? QChar(u' ') : c;
    }
    return out.simplified();
}

QString pageLocator(int pageIndex)
{
    return QStringLiteral("p. %1").arg(pageIndex + 1);
}

QString paragraphLocator(const QString &text, int position)
{
    int paragraph = 0;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        if (!QStringView(text).mid(lineStart, lineEnd - lineStart).trimmed().isEmpty())
            ++paragraph;
        if (position <= lineEnd)
            break;
        lineStart = lineEnd + 1;
    }
    return QStringLiteral("para. %1").arg(qMax(paragraph, 1));
}

Claim claimFromCapture(const Capture &capture, const QString &selected, const QString &locator)
{
    Claim c;
    c.sourceId = capture.sourceId;
    c.captureId = capture.meta.id;
    c.quote = normalizedQuote(selected);
    c.locator = locator;
    return c;
}

} // namespace sightline::edit
