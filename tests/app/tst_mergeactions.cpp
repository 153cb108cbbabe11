// File → Merge another copy… in the window: the other copy and the output chosen in the file
// dialogs, the result opened in the window and its conflict shown in the conflict dialog, where
// Keep theirs is one undoable step.
#include "mainwindow.h"

#include "sightline/edit/document.h"
#include "sightline/store/project.h"
#include "sightline/ui/mergeconflictdialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sightline;

class TestMergeActions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void mergesAnotherCopyAndShowsItsConflict()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = m_dir.filePath(QStringLiteral("base.gpkg"));
        QUuid siteId;
        {
            auto p = Project::create(base, QStringLiteral("Merge"), QStringLiteral("origin"));
            Site site;
            site.name = QStringLiteral("Rajin port");
            site.kind = SiteKind::Port;
            site.location = {130.3, 42.25};
            p->save(site);
            siteId = site.meta.id;
        }
        const QString mine = m_dir.filePath(QStringLiteral("mine.gpkg"));
        const QString theirs = m_dir.filePath(QStringLiteral("theirs.gpkg"));
        QVERIFY(QFile::copy(base, mine) && QFile::copy(base, theirs));
        for (const auto &[file, note] : {std::pair{mine, QStringLiteral("pier 3")}, std::pair{theirs, QStringLiteral("pier 4")}}) {
            auto p = Project::open(file, QStringLiteral("analyst"));
            Site site = *p->find<Site>(siteId);
            site.notes = note;
            p->save(site);
        }

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(mine));
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Merge another copy…"))
                action = a;
        QVERIFY(action);

        // The two file dialogs are answered in turn; the conflict dialog is resolved and closed.
        const QString merged = m_dir.filePath(QStringLiteral("merged.gpkg"));
        QStringList answers{theirs, merged};
        int conflictsShown = -1;
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [&answers, &conflictsShown, poll] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *conflicts = qobject_cast<ui::MergeConflictDialog *>(modal)) {
                conflictsShown = conflicts->unresolvedCount();
                conflicts->keepTheirs();
                poll->stop();
                conflicts->reject();
                return;
            }
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            if (!dialog || !dialog->property("answered").isNull() || answers.isEmpty())
                return;
            auto *field = QTest::qWaitForWindowActive(dialog) ? qobject_cast<QLineEdit *>(dialog->focusWidget()) : nullptr;
            if (!field)
                return;
            dialog->setProperty("answered", true);
            QTest::keyClicks(field, answers.takeFirst());
            QTest::keyClick(field, Qt::Key_Return);
        });
        poll->start(20);
        QTimer::singleShot(30000, poll, &QTimer::stop);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(conflictsShown, 1, 30000);
        QVERIFY(QFile::exists(merged));
        QVERIFY(window.document());
        QCOMPARE(QFileInfo(window.document()->project().path()).canonicalFilePath(),
                 QFileInfo(merged).canonicalFilePath());
        QCOMPARE(window.document()->project().find<Site>(siteId)->notes, QStringLiteral("pier 4"));
        QCOMPARE(window.document()->undoStack().count(), 1);
        // The inputs are as they were.
        QCOMPARE(Project::open(mine, QString(), Project::Access::ReadOnly)->find<Site>(siteId)->notes,
                 QStringLiteral("pier 3"));
    }
};

QTEST_MAIN(TestMergeActions)
#include "tst_mergeactions.moc"
