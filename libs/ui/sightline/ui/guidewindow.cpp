#include "sightline/ui/guidewindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sightline::ui {

GuideWindow::GuideWindow(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Getting started with Sightline"));
    setModal(false);
    m_browser->setOpenExternalLinks(true);
    QFile file(resourcePath());
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
    else
        m_browser->setPlainText(tr("The guide is missing from this build (%1).").arg(resourcePath()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 720);
}

QString GuideWindow::resourcePath()
{
    return QStringLiteral(":/sightline/help/getting-started.html");
}

} // namespace sightline::ui
