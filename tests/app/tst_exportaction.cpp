// File → Export… in the window: the format chosen in the file dialog, a STIX bundle written from
// the open project; a TLP:AMBER project asks first, and a "No" writes nothing.
#include "mainwindow.h"

#include "sightline/interop/stixcommon.h"
#include "sightline/store/project.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sightline;

class TestExportAction : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QPointer<QTimer> m_poll;

    // Types path into the next file dialog and presses Return, as tst_attachcapture does; then
    // answers the message box that may follow with the given button.
    void answerNextDialogs(const QString &path, QMessageBox::StandardButton answer, bool *asked)
    {
        delete m_poll; // one answerer at a time
        auto *poll = new QTimer(this);
        m_poll = poll;
        connect(poll, &QTimer::timeout, this, [poll, path, answer, asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *asked = true;
                poll->stop();
                poll->deleteLater();
                box->button(answer)->click();
                return;
            }
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->property("answered").isNull()) return;
            auto *field = QTest::qWaitForWindowActive(dialog)
                              ? qobject_cast<QLineEdit *>(dialog->focusWidget())
                              : nullptr;
            if (!field) {
                dialog->reject();
                return;
            }
            dialog->setProperty("answered", true);
            QTest::keyClicks(field, path);
            QTest::keyClick(field, Qt::Key_Return);
        });
        poll->start(20);
        QTimer::singleShot(20000, poll, [poll] { poll->stop(); });
    }

    QAction *exportAction(MainWindow &window)
    {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Export…")) return a;
        return nullptr;
    }

  private slots:
    void exportsTheOpenProject()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString file = m_dir.filePath(QStringLiteral("case.gpkg"));
        Site site;
        {
            auto project = Project::create(file, QStringLiteral("Export"), QStringLiteral("analyst"));
            site.name = QStringLiteral("Rajin port");
            site.kind = SiteKind::Port;
            site.location = {130.3, 42.25};
            project->save(site);
        }
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(file));
        QAction *action = exportAction(window);
        QVERIFY(action);

        const QString out = m_dir.filePath(QStringLiteral("case.json"));
        bool asked = false;
        answerNextDialogs(out, QMessageBox::No, &asked);
        action->trigger();
        QTRY_VERIFY(QFile::exists(out));
        QVERIFY(!asked); // an unmarked project exports without asking
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray objects =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("objects")).toArray();
        bool found = false;
        for (const QJsonValue &o : objects)
            found |= o.toObject().value(QStringLiteral("id")).toString() ==
                     stix::idFor(QStringLiteral("location"), site.meta.id);
        QVERIFY(found);

        // Restricted: asked first; No writes nothing.
        window.document()->project().setMarking(Marking::Red);
        const QString red = m_dir.filePath(QStringLiteral("red.json"));
        answerNextDialogs(red, QMessageBox::No, &asked);
        action->trigger();
        QTRY_VERIFY(asked);
        QTest::qWait(200);
        QVERIFY(!QFile::exists(red));
        asked = false;
        answerNextDialogs(red, QMessageBox::Yes, &asked);
        action->trigger();
        QTRY_VERIFY(QFile::exists(red));
        QVERIFY(asked);
    }
};

QTEST_MAIN(TestExportAction)
#include "tst_exportaction.moc"
