// Attach file in the window goes through the one capture intake: a PDF attached to a source with
// the Attach file… button (the file chosen in its dialog, as an analyst would) is found by a word
// of its text in the Search panel; undo takes it out of the search, redo brings it back.
#include "mainwindow.h"

#include "sightline/store/project.h"
#include "sightline/ui/searchpanel.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sourcepanel.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sightline;

class TestAttachCapture : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Answers the next file dialog with path as a person does: once the dialog is the active
    // window, the path is typed into its file name field (which has the focus) and Return pressed.
    // QFileDialog::selectFile() is not used: it leaves the field alone while the field has the
    // focus (so as not to overwrite what is being typed), and whether the focus has arrived when
    // the dialog is first seen depends on the timing of window activation.
    void chooseInNextFileDialog(const QString &path, bool *answered)
    {
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll, path, answered] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            auto *field = QTest::qWaitForWindowActive(dialog) ? qobject_cast<QLineEdit *>(dialog->focusWidget()) : nullptr;
            if (!field) {
                dialog->reject(); // the test then fails on answered
                return;
            }
            QTest::keyClicks(field, path);
            QTest::keyClick(field, Qt::Key_Return); // the Open button is the default
            *answered = !dialog->isVisible() && dialog->selectedFiles() == QStringList{path};
        });
        poll->start(20);
    }

private slots:
    void attachedPdfIsFoundBySearch()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The project and a report only its PDF knows the word "Kholmsk" from.
        const QString file = m_dir.filePath(QStringLiteral("case.gpkg"));
        Source source;
        {
            auto project = Project::create(file, QStringLiteral("Attach"), QStringLiteral("analyst"));
            source.publisher = QStringLiteral("Maritime monitor");
            source.title = QStringLiteral("Ferry movements, October 2023");
            project->save(source);
        }
        const QString pdf = m_dir.filePath(QStringLiteral("ferry-report.pdf"));
        {
            QPdfWriter writer(pdf);
            QTextDocument doc;
            doc.setPlainText(QStringLiteral("The ro-ro ferry Maria left Rajin for Kholmsk on 5 October 2023 "
                                            "with covered wagons on deck."));
            doc.print(&writer);
        }

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(file));
        Project &project = window.document()->project();
        ui::SearchPanel *search = window.searchPanel();
        search->search(QStringLiteral("Kholmsk"));
        QCOMPARE(search->resultCount(), 0);

        // Attach file… on the chosen source, the PDF picked in the file dialog.
        ui::SourcePanel *sources = window.sourcePanel();
        sources->setCurrentSource(source.meta.id);
        QVERIFY(sources->attachButton()->isEnabled());
        bool answered = false;
        chooseInNextFileDialog(pdf, &answered);
        QTest::mouseClick(sources->attachButton(), Qt::LeftButton);
        QVERIFY(answered);
        const QList<Capture> captures = project.all<Capture>();
        QCOMPARE(captures.size(), 1);
        QCOMPARE(captures.first().mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(captures.first().sourceId, source.meta.id);
        QCOMPARE(project.custodyLog(captures.first().meta.id).size(), 1); // imported

        // The panel searches again after the edit: the word of the PDF finds the capture.
        QTRY_COMPARE(search->resultCount(), 1);
        QCOMPARE(search->resultAt(0), (RecordRef{RecordType::Capture, captures.first().meta.id}));
        QVERIFY2(search->results()->topLevelItem(0)->text(ui::SearchPanel::SnippetColumn).contains(QStringLiteral("Kholmsk")),
                 qPrintable(search->results()->topLevelItem(0)->text(ui::SearchPanel::SnippetColumn)));
        // Typed into the field, as a person searches.
        search->field()->clear();
        QTest::keyClicks(search->field(), QStringLiteral("wagons"));
        QTest::keyClick(search->field(), Qt::Key_Return);
        QCOMPARE(search->resultCount(), 1);
        search->choose(0);
        QVERIFY(window.selection()->selectedOfType(RecordType::Source).contains(source.meta.id));

        // Undo removes the capture and its text; redo brings both back.
        window.document()->undoStack().undo();
        QCOMPARE(project.count(RecordType::Capture), 0);
        QTRY_COMPARE(search->resultCount(), 0);
        window.document()->undoStack().redo();
        QCOMPARE(project.count(RecordType::Capture), 1);
        QTRY_COMPARE(search->resultCount(), 1);
        QCOMPARE(project.search(QStringLiteral("Kholmsk")).size(), 1);
    }
};

QTEST_MAIN(TestAttachCapture)
#include "tst_attachcapture.moc"
