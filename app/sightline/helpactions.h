#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace sightline::ui {
class GuideWindow;
}

// The Help menu: the getting-started guide (F1, a window beside the main one), the keyboard
// shortcuts read from the menus, and About (versions, licences, data credits). GUI thread only.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    explicit HelpActions(QMainWindow *window);
    // Shows the guide, opening it the first time; the window it is in.
    sightline::ui::GuideWindow *showGuide();
    void showShortcuts();
    void showAbout();

private:
    QMainWindow *m_window;
    QPointer<sightline::ui::GuideWindow> m_guide;
};
