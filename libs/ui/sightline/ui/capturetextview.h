#pragma once

#include <QTextBrowser>

namespace sightline::ui {

// Shows a captured web page or text file and nothing else: every image, style sheet or other
// resource it names, on the network or on disk, is refused, links do not navigate, and scripts
// are removed before the page is read (QTextDocument runs none anyway). GUI thread only.
class CaptureTextView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CaptureTextView(QWidget *parent = nullptr);
    // HTML as formatted text, without scripts; asText shows its source instead.
    void showHtml(const QByteArray &html, bool asText);
    void showText(const QByteArray &text);
    // Resources the page asked for and was refused, for the header line and for tests.
    int refusedResources() const { return m_refused; }
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};

} // namespace sightline::ui
