#include "sightline/ui/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sightline::ui {

namespace {

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return text.remove(u'…').trimmed();
}

void collect(const QList<QAction *> &actions, const QString &path, QList<ShortcutsDialog::Entry> &out)
{
    for (const QAction *a : actions) {
        if (a->isSeparator())
            continue;
        if (QMenu *sub = a->menu()) {
            collect(sub->actions(), path + QStringLiteral(" › ") + withoutMnemonic(sub->title()), out);
            continue;
        }
        if (!a->shortcut().isEmpty())
            out.append({path, withoutMnemonic(a->text()), a->shortcut().toString(QKeySequence::NativeText)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Entry> list = entries(menuBar);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Shortcut"), tr("Action"), tr("Menu")});
    m_table->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(list[row].shortcut));
        m_table->setItem(row, 1, new QTableWidgetItem(list[row].action));
        m_table->setItem(row, 2, new QTableWidgetItem(list[row].menu));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 560);
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMenuBar *menuBar)
{
    QList<Entry> out;
    for (const QAction *top : menuBar->actions())
        if (QMenu *menu = top->menu())
            collect(menu->actions(), withoutMnemonic(menu->title()), out);
    return out;
}

} // namespace sightline::ui
