// File → Export… and File → Import… in the window: the format chosen in the file dialog, a STIX
// bundle written from the open project; a TLP:RED project asks first, and a "No" writes nothing;
// a GeoJSON file imported as one undoable step, and again as none.
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

class TestExchangeActions : public QObject
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

    QAction *actionNamed(MainWindow &window, const QString &text)
    {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == text)
                return a;
        return nullptr;
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

    void importsAsOneUndoableStep()
    {
        const QString file = m_dir.filePath(QStringLiteral("import.gpkg"));
        Project::create(file, QStringLiteral("Import"), QStringLiteral("analyst"));
        const QString geojson = m_dir.filePath(QStringLiteral("sites.geojson"));
        {
            QFile f(geojson);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"name": "Depot 7", "kind": "depot"}, "geometry": {"type": "Point", "coordinates": [131.9, 43.1]}},
 {"type": "Feature", "properties": {"name": "Pier"}, "geometry": {"type": "Point", "coordinates": [130.2, 42.2]}}]})");
        }
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(file));
        QAction *import = actionNamed(window, QStringLiteral("&Import…"));
        QVERIFY(import);
        Project &project = window.document()->project();
        bool asked = false;
        answerNextDialogs(geojson, QMessageBox::Ok, &asked);
        import->trigger();
        QTRY_COMPARE(project.count(RecordType::Site), 2);
        QCOMPARE(window.document()->undoStack().count(), 1);
        window.document()->undoStack().undo();
        QCOMPARE(project.count(RecordType::Site), 0);
        window.document()->undoStack().redo();
        QCOMPARE(project.count(RecordType::Site), 2);
        // The same file again adds nothing, and no step.
        answerNextDialogs(geojson, QMessageBox::Ok, &asked);
        import->trigger();
        QTest::qWait(500);
        QCOMPARE(project.count(RecordType::Site), 2);
        QCOMPARE(window.document()->undoStack().count(), 1);
    }
};

QTEST_MAIN(TestExchangeActions)
#include "tst_exchangeactions.moc"
