#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

void keepOnScreen(QWidget *window)
{
    const QRect frame = window->frameGeometry();
    QScreen *screen = QGuiApplication::screenAt(QPoint(frame.center().x(), frame.top() + 10)); // its title bar
    if ((screen && screen->availableGeometry().contains(frame)) || window->isMaximized() || window->isFullScreen())
        return;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize margins = frame.size() - window->geometry().size();
    window->resize((frame.size().boundedTo(available.size()) - margins).expandedTo(window->minimumSizeHint()));
    QRect placed(QPoint(), window->frameGeometry().size());
    placed.moveCenter(available.center());
    window->move(placed.width() <= available.width() && placed.height() <= available.height() ? placed.topLeft()
                                                                                              : available.topLeft());
}
