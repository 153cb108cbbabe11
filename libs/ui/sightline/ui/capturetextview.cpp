#include "sightline/ui/capturetextview.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace sightline::ui {

CaptureTextView::CaptureTextView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
}

QVariant CaptureTextView::loadResource(int, const QUrl &)
{
    ++m_refused; // a capture is shown as it was archived: nothing is fetched to complete it
    return {};
}

void CaptureTextView::showHtml(const QByteArray &html, bool asText)
{
    m_refused = 0;
    QStringDecoder decoder = QStringDecoder::decoderForHtml(html);
    QString text = decoder.isValid() ? decoder.decode(html) : QString::fromUtf8(html);
    if (asText) {
        setPlainText(text);
        return;
    }
    static const QRegularExpression scripts(QStringLiteral("<script\\b.*?</script\\s*>|<script\\b[^>]*/>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    text.remove(scripts);
    setHtml(text);
}

void CaptureTextView::showText(const QByteArray &text)
{
    m_refused = 0;
    setPlainText(QString::fromUtf8(text));
}

} // namespace sightline::ui
