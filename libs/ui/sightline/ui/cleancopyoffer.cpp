#include "sightline/ui/cleancopyoffer.h"

#include "sightline/store/cleancopy.h"
#include "sightline/store/storeerror.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace sightline::ui {

QString offerCleanedCopy(QWidget *parent, const QString &file, const QString &refusal,
                         const std::function<QString()> &chooseTarget)
{
    QMessageBox ask(
        QMessageBox::Warning, QObject::tr("Project refused"),
        QObject::tr("This project holds something Sightline does not make, and is not opened as it is."),
        QMessageBox::Cancel, parent);
    ask.setInformativeText(refusal + QStringLiteral("\n\n") +
                           QObject::tr("A cleaned copy keeps the records and leaves out everything else; the "
                                       "original is not changed."));
    QPushButton *clean = ask.addButton(QObject::tr("Open a cleaned copy"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != clean) return {};
    const QFileInfo info(file);
    const QString suggested = info.dir().filePath(info.completeBaseName() + QStringLiteral("-cleaned.gpkg"));
    const QString target =
        chooseTarget ? chooseTarget()
                     : QFileDialog::getSaveFileName(parent, QObject::tr("Save the cleaned copy as"),
                                                    suggested, QObject::tr("Sightline projects (*.gpkg)"));
    if (target.isEmpty()) return {};
    try {
        const QStringList changes = store::writeCleanedCopy(file, target);
        QMessageBox done(QMessageBox::Information, QObject::tr("Cleaned copy"),
                         QObject::tr("Wrote %1 with %n change(s) from the original.", nullptr,
                                     static_cast<int>(changes.size()))
                             .arg(target),
                         QMessageBox::Ok, parent);
        done.setDetailedText(changes.join(u'\n'));
        done.exec();
        return target;
    } catch (const StoreError &e) {
        QMessageBox::warning(parent, QObject::tr("Cannot clean the project"), e.message());
        return {};
    }
}

} // namespace sightline::ui
