#pragma once

#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPdfDocument;
class QScrollArea;
class QStackedWidget;
class QTemporaryFile;
class QToolButton;

namespace sightline::edit {
class Document;
}
namespace sightline::interop {
class PdfTextJob;
struct PdfText;
}

namespace sightline::ui {

class CaptureTextView;
class PdfPageView;

// Shows one capture as it was archived: a PDF page by page (select text by dragging), a web
// page as formatted text without scripts or anything fetched, plain text, or an image. Text
// selected in it becomes a new claim with the quote and its locator ("p. 2" in a PDF, "para. 7"
// in text) through the document's undo history. A capture that cannot be shown says why, naming
// it. GUI thread only.
class CaptureView : public QWidget
{
    Q_OBJECT
public:
    explicit CaptureView(QWidget *parent = nullptr);
    ~CaptureView() override;
    // The project the captures are read from and claims are added to; null closes the capture.
    void setDocument(edit::Document *document);
    // Shows the capture; false when it cannot be shown (message() says why, on screen too). A
    // PDF is first read whole by the PDF reader in a process of its own, with a time limit (a
    // damaged PDF can make Qt PDF loop forever): while it reads, isReading() is true and the view
    // says so; then the pages are shown, or why they cannot be, and captureShown() is emitted.
    bool openCapture(const QUuid &captureId);
    bool isReading() const { return m_pdfCheck != nullptr; }
    void closeCapture();
    QUuid captureId() const { return m_captureId; }
    // Why the capture is not shown; empty while it is.
    QString message() const;

    // Makes a claim of the selected text; its id, or null when nothing is selected or the
    // project refused it (the reason is shown).
    QUuid claimFromSelection();
    QAction *claimFromSelectionAction() const { return m_claimAction; }
    PdfPageView *pdfView() const { return m_pdfView; }
    // The chain of custody line under the header: the latest entry and how many there are.
    QString custodyText() const;
    CaptureTextView *textView() const { return m_textView; }
    // Asks where to write the open capture and exports it (Export capture…).
    void exportCapture();
    QToolButton *exportButton() const { return m_export; }
    // Reads the custody line again (after an export made elsewhere, say).
    void showCustody();

signals:
    void claimCreated(const QUuid &claimId);
    // The open capture was exported: what was written, one line.
    void captureExported(const QString &summary);
    // The capture shown changed (null when closed), for the dock's title.
    void captureChanged(const QString &title);
    // A PDF's reading ended: shown, or not (message() says why).
    void captureShown(bool shown);

private:
    bool showPdf(const QString &name);
    void pdfChecked(const QString &name, const interop::PdfText &check);
    void showMessage(const QString &text);
    void updateActions();
    QString selectedText() const;
    QString selectedLocator() const;

    edit::Document *m_document = nullptr;
    QUuid m_captureId;
    QByteArray m_content;
    QString m_mediaType;
    std::unique_ptr<QTemporaryFile> m_pdfFile;
    interop::PdfTextJob *m_pdfCheck = nullptr;
    QPdfDocument *m_pdf;
    QLabel *m_header;
    QLabel *m_custody;
    QToolButton *m_claimButton;
    QToolButton *m_asText;
    QToolButton *m_export;
    QAction *m_claimAction;
    QStackedWidget *m_stack;
    PdfPageView *m_pdfView;
    CaptureTextView *m_textView;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QLabel *m_message;
};

} // namespace sightline::ui
