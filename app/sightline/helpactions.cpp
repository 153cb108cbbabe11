#include "helpactions.h"

#include "sightline/ui/aboutdialog.h"
#include "sightline/ui/guidewindow.h"
#include "sightline/ui/shortcutsdialog.h"

#include <QMainWindow>
#include <QMenuBar>

using namespace sightline;

HelpActions::HelpActions(QMainWindow *window) : QObject(window), m_window(window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting started"), QKeySequence::HelpContents, this, &HelpActions::showGuide);
    help->addAction(tr("&Keyboard shortcuts"), this, &HelpActions::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About Sightline"), this, &HelpActions::showAbout)->setMenuRole(QAction::AboutRole);
}

ui::GuideWindow *HelpActions::showGuide()
{
    if (!m_guide) {
        m_guide = new ui::GuideWindow(m_window);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void HelpActions::showShortcuts()
{
    ui::ShortcutsDialog dialog(m_window->menuBar(), m_window);
    dialog.exec();
}

void HelpActions::showAbout()
{
    ui::AboutDialog dialog(m_window);
    dialog.exec();
}
