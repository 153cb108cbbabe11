#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace sightline::ui {

// Help → Keyboard shortcuts: every action of the menus that has a shortcut, with the menu it is
// in, read from the menus themselves so the list never drifts from them. GUI thread only.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString menu;     // "Edit", "View › Map CRS"
        QString action;   // without its mnemonic: "Undo"
        QString shortcut; // in the platform's words: "Ctrl+Z"
    };

    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
    // Every action under the menu bar that has a shortcut, in menu order.
    static QList<Entry> entries(const QMenuBar *menuBar);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace sightline::ui
