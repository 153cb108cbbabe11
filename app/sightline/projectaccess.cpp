#include "projectaccess.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>

using sightline::store::ProjectLock;

std::optional<ProjectAccess> ProjectAccess::ask(QWidget *parent, const QString &path, const QString &analyst,
                                                QString *refusal)
{
    ProjectAccess access;
    if (!QFileInfo::exists(path))
        return access; // Project::open says what is wrong
    access.lock = std::make_unique<ProjectLock>(path);
    switch (access.lock->tryLock(analyst)) {
    case ProjectLock::Result::Acquired:
        access.readOnly = !QFileInfo(path).isWritable();
        break;
    case ProjectLock::Result::FolderReadOnly:
        access.readOnly = true;
        break;
    case ProjectLock::Result::HeldElsewhere: {
        const auto holder = access.lock->holder();
        access.lock.reset();
        if (holder && holder->pid == QCoreApplication::applicationPid() && holder->host == QSysInfo::machineHostName())
            return access; // another window of this process: it shares the file
        const QString who = holder && !holder->analyst.isEmpty() ? holder->analyst : tr("someone");
        const QString since = holder && holder->since.isValid()
                                  ? QLocale().toString(holder->since.toLocalTime(), QLocale::ShortFormat)
                                  : tr("an unknown time");
        const QString where = holder ? tr("%1 (process %2)").arg(holder->host).arg(holder->pid) : tr("another computer");
        QMessageBox box(QMessageBox::Question, tr("Project in use"),
                        tr("%1 has had this project open since %2 on %3.\n\n%4\n\nOpen it read-only?")
                            .arg(who, since, where, QDir::toNativeSeparators(path)),
                        QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("projectInUseMessage"));
        QPushButton *readOnlyButton = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != readOnlyButton) {
            if (refusal)
                *refusal = tr("%1 is open elsewhere (%2 since %3).").arg(path, who, since);
            return std::nullopt;
        }
        access.readOnly = true;
        return access;
    }
    }
    if (access.readOnly) {
        access.lock.reset();
        auto *box = new QMessageBox(QMessageBox::Information, tr("Opened read-only"),
                                    tr("%1 cannot be written to (its folder or the file itself), so it opens "
                                       "read-only: you can read and export it, but not change it.")
                                        .arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("readOnlyMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return access;
}
