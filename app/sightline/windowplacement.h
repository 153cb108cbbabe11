#pragma once

class QWidget;

// A window restored where no screen is (a screen removed since), or reaching past its screen (its
// status bar below it), comes back whole onto a screen: centred when it can be made to fit, else
// at the screen's top left so that its title bar can be reached. GUI thread only.
void keepOnScreen(QWidget *window);
