#pragma once

#include <QDialog>

class QTextBrowser;

namespace sightline::ui {

// Help → Getting started (F1): a short guide that walks the demo case, read from the program's
// resources and shown in a window of its own, beside the main window. GUI thread only.
class GuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // Where the guide is in the resources.
    static QString resourcePath();

private:
    QTextBrowser *m_browser;
};

} // namespace sightline::ui
