// The capture viewer driven headless as an analyst would: a PDF the test writes itself is
// stored as a capture, opened, text on its second page selected by dragging the mouse, and
// "claim from selection" makes a claim quoting it with "p. 2"; undo takes it away. A damaged
// PDF is refused with a message naming it; a web page is shown without fetching anything or
// running its scripts; a text capture gives the paragraph as locator. Export capture… writes the
// stored bytes unchanged and the custody line shows the export.
#include "sightline/edit/capturecommands.h"
#include "sightline/interop/captureintake.h"
#include "sightline/edit/claimdraft.h"
#include "sightline/ui/capturetextview.h"
#include "sightline/ui/captureexportdialog.h"
#include "sightline/ui/captureview.h"
#include "sightline/ui/pdfpageview.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QTimer>
#include <QToolButton>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace sightline;

namespace {
const QString kQuote = QStringLiteral("About 73 railcars stood at Tumangang on 5 October 2023.");

// Three A4 pages; the known sentence alone on page 2, a line that wraps in two on page 3.
QByteArray writePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72); // painter units are PDF points
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    painter.drawText(QPointF(72, 120), QStringLiteral("Page one: nothing to quote here."));
    writer.newPage();
    painter.drawText(QPointF(72, 300), kQuote);
    writer.newPage();
    painter.drawText(QPointF(72, 120), QStringLiteral("Page three: the end."));
    painter.end();
    return bytes;
}
} // namespace

class TestPdfCaptureView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<edit::Document> m_doc;
    Source m_source;

    Capture store(const QString &name, const QString &mediaType, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        f.close();
        Capture c;
        c.sourceId = m_source.meta.id;
        c.fileName = name;
        c.mediaType = mediaType;
        auto *command = new edit::AttachCaptureCommand(*m_doc, c, path, interop::intakeForEdits(), QStringLiteral("attach"));
        const QString why = m_doc->push(command);
        if (!why.isEmpty())
            qFatal("cannot attach %s: %s", qPrintable(name), qPrintable(why));
        return command->capture();
    }

    QList<Claim> claims() const { return m_doc->project().all<Claim>(); }

private slots:
    void initTestCase()
    {
        m_doc = std::make_unique<edit::Document>(
            Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("p"), QStringLiteral("analyst")));
        m_source.publisher = QStringLiteral("CSIS Beyond Parallel");
        m_source.title = QStringLiteral("Railcars at Tumangang");
        m_source.reliability = Reliability::B;
        m_doc->project().save(m_source);
    }

    void dragOverPdfTextMakesAClaimWithItsPage()
    {
        const QByteArray pdf = writePdf();
        const Capture capture = store(QStringLiteral("report.pdf"), QStringLiteral("application/pdf"), pdf);

        // Where the sentence is on page 2, in points, as a reader would see it.
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(pdf);
        file.flush();
        QPdfDocument reference;
        QCOMPARE(reference.load(file.fileName()), QPdfDocument::Error::None);
        QCOMPARE(reference.pageCount(), 3);
        const QRectF line = reference.getAllText(1).boundingRectangle();
        QVERIFY2(line.width() > 100, "the sentence on page 2 has no text bounds");

        ui::CaptureView view;
        view.resize(700, 900);
        view.setDocument(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        // The PDF reader reads it first, in its own process; the view says so meanwhile.
        QSignalSpy shown(&view, &ui::CaptureView::captureShown);
        QVERIFY(view.openCapture(capture.meta.id));
        QVERIFY(view.isReading());
        QVERIFY2(view.message().contains(QStringLiteral("Reading “report.pdf”")), qPrintable(view.message()));
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.first().first().toBool(), true);
        QVERIFY(!view.isReading());
        QVERIFY(view.message().isEmpty());
        QVERIFY(!view.claimFromSelectionAction()->isEnabled()); // nothing selected yet
        // The custody line shows the project's log for this capture: its import, by whom.
        const QList<CustodyEntry> log = m_doc->project().custodyLog(capture.meta.id);
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().action, CustodyEntry::Action::Imported);
        QVERIFY2(view.custodyText().contains(QStringLiteral("imported")) &&
                     view.custodyText().contains(log.last().actor),
                 qPrintable(view.custodyText()));

        ui::PdfPageView *pdfView = view.pdfView();
        const QPoint from = pdfView->viewportPosition(1, QPointF(line.left() + 1, line.center().y()));
        const QPoint to = pdfView->viewportPosition(1, QPointF(line.right() - 1, line.center().y()));
        QVERIFY(pdfView->viewport()->rect().contains(from) && pdfView->viewport()->rect().contains(to));
        QTest::mousePress(pdfView->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(pdfView->viewport(), (from + to) / 2);
        QTest::mouseMove(pdfView->viewport(), to);
        QTest::mouseRelease(pdfView->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(pdfView->selectionPage(), 1);
        QVERIFY2(edit::normalizedQuote(pdfView->selectedText()).contains(QStringLiteral("73 railcars stood at Tumangang")),
                 qPrintable(pdfView->selectedText()));
        QVERIFY(view.claimFromSelectionAction()->isEnabled());

        const QImage shot = view.grab().toImage();
        if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            shot.save(dir + QStringLiteral("/pdfcaptureview.png"));

        QSignalSpy created(&view, &ui::CaptureView::claimCreated);
        QTest::keyClick(pdfView, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(created.size(), 1);
        const QList<Claim> made = claims();
        QCOMPARE(made.size(), 1);
        const Claim &claim = made.first();
        QCOMPARE(claim.meta.id, created.first().first().toUuid());
        QVERIFY2(claim.quote.contains(QStringLiteral("About 73 railcars stood at Tumangang on 5 October")),
                 qPrintable(claim.quote));
        QVERIFY(!claim.quote.contains(u'\n') && !claim.quote.contains(QStringLiteral("  ")));
        QCOMPARE(claim.locator, QStringLiteral("p. 2"));
        QCOMPARE(claim.sourceId, m_source.meta.id);
        QCOMPARE(claim.captureId, capture.meta.id);
        QCOMPARE(claim.status, ClaimStatus::Unreviewed);

        // Magnified pages keep the same page points under the same text.
        const double fit = pdfView->zoom();
        QTest::keyClick(pdfView, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY2(pdfView->zoom() > fit * 1.2, qPrintable(QString::number(pdfView->zoom() / fit)));
        pdfView->setMagnification(1);
        QCOMPARE(pdfView->zoom(), fit);

        m_doc->undoStack().undo();
        QVERIFY(claims().isEmpty());
        m_doc->undoStack().redo();
        QCOMPARE(claims().size(), 1);
        QCOMPARE(claims().first().locator, QStringLiteral("p. 2"));
        m_doc->undoStack().undo();
        QVERIFY(claims().isEmpty());
    }

    void damagedPdfSaysSoNamingTheCapture()
    {
        QByteArray broken = writePdf();
        broken.truncate(broken.size() / 3);
        broken.replace("obj", "xxx");
        const Capture capture = store(QStringLiteral("damaged-report.pdf"), QStringLiteral("application/pdf"), broken);
        ui::CaptureView view;
        view.setDocument(m_doc.get());
        QSignalSpy shown(&view, &ui::CaptureView::captureShown);
        QVERIFY(view.openCapture(capture.meta.id)); // being read
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.first().first().toBool(), false);
        QVERIFY2(view.message().contains(QStringLiteral("“damaged-report.pdf”")), qPrintable(view.message()));
        QVERIFY2(view.message().contains(QStringLiteral("not a valid PDF")), qPrintable(view.message()));
        QVERIFY(!view.claimFromSelectionAction()->isEnabled());
        QVERIFY(view.claimFromSelection().isNull());
    }

    void webPageShownWithoutFetchingOrScripts()
    {
        const QByteArray html =
            "<html><head><link rel=stylesheet href=\"https://example.org/site.css\">"
            "<script>document.write('INJECTED')</script></head><body>"
            "<p>Header line</p><p>Satellite images show <b>hundreds of containers</b> at Rajin.</p>"
            "<img src=\"https://example.org/tracker.png\"><img src=\"file:///etc/hostname\"></body></html>";
        const Capture capture = store(QStringLiteral("article.html"), QStringLiteral("text/html"), html);
        ui::CaptureView view;
        view.setDocument(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.openCapture(capture.meta.id));
        ui::CaptureTextView *text = view.textView();
        text->document()->size(); // lays the page out, which asks for its images
        const QString shown = text->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("hundreds of containers")), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("INJECTED")) && !shown.contains(QStringLiteral("document.write")));
        QVERIFY2(text->refusedResources() >= 2, qPrintable(QString::number(text->refusedResources())));
        QVERIFY(text->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.org/a.png"))).isNull());

        // Select "hundreds of containers" in the second paragraph and quote it.
        QTextCursor cursor(text->document());
        const int at = shown.indexOf(QStringLiteral("hundreds"));
        cursor.setPosition(at);
        cursor.setPosition(at + int(QStringLiteral("hundreds of containers").size()), QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        QVERIFY(view.claimFromSelectionAction()->isEnabled());
        const QUuid id = view.claimFromSelection();
        QVERIFY(!id.isNull());
        const auto claim = m_doc->project().find<Claim>(id);
        QCOMPARE(claim->quote, QStringLiteral("hundreds of containers"));
        QCOMPARE(claim->locator, QStringLiteral("para. 2"));
        m_doc->undoStack().undo();
        QVERIFY(!m_doc->project().find<Claim>(id));
    }

    void textCaptureGivesTheParagraph()
    {
        const Capture capture = store(QStringLiteral("article.txt"), QStringLiteral("text/plain"),
                                      "Title\n\nFirst paragraph.\n\nSecond one, with  the   figure of 1,000 containers.\n");
        ui::CaptureView view;
        view.setDocument(m_doc.get());
        QVERIFY(view.openCapture(capture.meta.id));
        QTextCursor cursor(view.textView()->document());
        const QString shown = view.textView()->toPlainText();
        cursor.setPosition(shown.indexOf(QStringLiteral("with")));
        cursor.setPosition(shown.indexOf(QStringLiteral(" containers")), QTextCursor::KeepAnchor);
        view.textView()->setTextCursor(cursor);
        const auto claim = m_doc->project().find<Claim>(view.claimFromSelection());
        QVERIFY(claim);
        QCOMPARE(claim->quote, QStringLiteral("with the figure of 1,000"));
        QCOMPARE(claim->locator, QStringLiteral("para. 3")); // non-empty lines, as the demo counts them
        m_doc->undoStack().undo();
    }

    void imageAndUnknownKinds()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        ui::CaptureView view;
        view.setDocument(m_doc.get());
        QVERIFY(view.openCapture(store(QStringLiteral("frame.png"), QStringLiteral("image/png"), png).meta.id));
        QVERIFY(view.message().isEmpty());
        QVERIFY(!view.openCapture(store(QStringLiteral("not-really.png"), QStringLiteral("image/png"), "text").meta.id));
        QVERIFY(view.message().contains(QStringLiteral("“not-really.png”")));
        // Bytes no viewer knows (the capture intake types a file by its content, so they must not be text).
        QVERIFY(!view.openCapture(
            store(QStringLiteral("data.bin"), QStringLiteral("application/octet-stream"), QByteArray("\x00\x01\x02\xff", 4))
                .meta.id));
        QVERIFY(view.message().contains(QStringLiteral("“data.bin”")));
    }

    void exportWritesTheStoredBytesAndLogsIt()
    {
        const QByteArray content = "Para one.\n\nThe statement as archived, byte for byte.\n";
        const Capture capture = store(QStringLiteral("statement.txt"), QStringLiteral("text/plain"), content);
        ui::CaptureView view;
        view.setDocument(m_doc.get());
        QVERIFY(!view.exportButton()->isEnabled());
        QVERIFY(view.openCapture(capture.meta.id));
        QVERIFY(view.exportButton()->isEnabled());

        // The button asks for a file (answered here as the analyst would) and writes it.
        const QString target = m_dir.filePath(QStringLiteral("exported-statement.txt"));
        QTimer::singleShot(0, this, [target] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->selectFile(target);
            static_cast<QDialog *>(dialog)->accept(); // public in QDialog
        });
        QSignalSpy exported(&view, &ui::CaptureView::captureExported);
        QTest::mouseClick(view.exportButton(), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QCOMPARE(written, content);
        QCOMPARE(QCryptographicHash::hash(written, QCryptographicHash::Sha256).toHex(), capture.sha256);
        QVERIFY(exported.first().first().toString().contains(QString::fromLatin1(capture.sha256)));
        // The custody log gains the export (with where to), and the viewer's line shows it.
        const QList<CustodyEntry> log = m_doc->project().custodyLog(capture.meta.id);
        QCOMPARE(log.last().action, CustodyEntry::Action::Exported);
        QVERIFY(log.last().detail.contains(QFileInfo(target).absoluteFilePath()));
        QVERIFY2(view.custodyText().contains(QStringLiteral("exported")), qPrintable(view.custodyText()));

        // A folder that is not there: refused, naming the file, nothing written.
        QString summary, why;
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/out.txt"));
        QVERIFY(!ui::exportCaptureTo(m_doc->project(), capture.meta.id, nowhere, &summary, &why));
        QVERIFY2(why.contains(nowhere), qPrintable(why));
        QCOMPARE(m_doc->project().custodyLog(capture.meta.id).size(), log.size());
        view.closeCapture();
        QVERIFY(!view.exportButton()->isEnabled());
    }

    void attachingACaptureIsUndoable()
    {
        const qint64 before = m_doc->project().count(RecordType::Capture);
        const Capture c = store(QStringLiteral("late.txt"), QStringLiteral("text/plain"), "late");
        QCOMPARE(m_doc->project().count(RecordType::Capture), before + 1);
        m_doc->undoStack().undo();
        QCOMPARE(m_doc->project().count(RecordType::Capture), before);
        m_doc->undoStack().redo();
        QCOMPARE(m_doc->project().hashCaptureContent(c.meta.id), c.sha256);

        // A file changed after it was attached does not come back as the same capture.
        QFile f(m_dir.filePath(QStringLiteral("late.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("changed");
        f.close();
        m_doc->undoStack().undo();
        m_doc->undoStack().redo();
        QVERIFY(!m_doc->project().find<Capture>(c.meta.id));
        QVERIFY2(m_doc->takeError().contains(QStringLiteral("has changed since it was attached")), "no reason given");
    }
};

QTEST_MAIN(TestPdfCaptureView)
#include "tst_pdfcaptureview.moc"
