#include "sightline/ui/captureview.h"

#include "sightline/present/custodywords.h"

#include "sightline/edit/claimdraft.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/interop/pdftext.h"
#include "sightline/ui/captureexportdialog.h"
#include "sightline/ui/capturetextview.h"
#include "sightline/ui/pdfpageview.h"
#include "sightline/present/recordwords.h"
#include "sightline/present/timewords.h"

#include <QAction>
#include <QBuffer>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPdfDocument>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTemporaryFile>
#include <QToolButton>
#include <QVBoxLayout>

namespace sightline::ui {
namespace {
QString pdfProblem(QPdfDocument::Error e)
{
    switch (e) {
    case QPdfDocument::Error::FileNotFound: return CaptureView::tr("its content could not be read back");
    case QPdfDocument::Error::InvalidFileFormat: return CaptureView::tr("it is not a valid PDF (damaged or another kind of file)");
    case QPdfDocument::Error::IncorrectPassword: return CaptureView::tr("it is protected by a password");
    case QPdfDocument::Error::UnsupportedSecurityScheme: return CaptureView::tr("its encryption is not supported");
    default: return CaptureView::tr("the PDF reader could not open it");
    }
}

// How long the PDF reader may take over a capture before the view gives up on it.
constexpr int kReadSeconds = 20;

QString readerProblem(const interop::PdfText &check)
{
    using R = interop::PdfText::Refusal;
    switch (check.outcome) {
    case interop::PdfText::Outcome::Read: break;
    case interop::PdfText::Outcome::NotPdf: return pdfProblem(QPdfDocument::Error::InvalidFileFormat);
    case interop::PdfText::Outcome::TimedOut: return CaptureView::tr("the PDF reader did not finish reading it in time (%1 s)").arg(kReadSeconds);
    case interop::PdfText::Outcome::Failed: return CaptureView::tr("the PDF reader failed on it");
    case interop::PdfText::Outcome::Refused:
        switch (check.refusal) {
        case R::NoPages: return CaptureView::tr("it has no pages");
        case R::NotFound: return pdfProblem(QPdfDocument::Error::FileNotFound);
        case R::NotValid: return pdfProblem(QPdfDocument::Error::InvalidFileFormat);
        case R::Password: return pdfProblem(QPdfDocument::Error::IncorrectPassword);
        case R::Encryption: return pdfProblem(QPdfDocument::Error::UnsupportedSecurityScheme);
        case R::Unknown: break;
        }
        break;
    }
    return pdfProblem(QPdfDocument::Error::Unknown);
}

bool isHtml(const QString &type)
{
    return type == u"text/html" || type == u"application/xhtml+xml";
}
} // namespace

CaptureView::CaptureView(QWidget *parent)
    : QWidget(parent), m_pdf(new QPdfDocument(this)), m_header(new QLabel(this)), m_custody(new QLabel(this)), m_claimButton(new QToolButton(this)),
      m_asText(new QToolButton(this)), m_export(new QToolButton(this)), m_claimAction(new QAction(tr("&Claim from selection"), this)),
      m_stack(new QStackedWidget(this)), m_pdfView(new PdfPageView(this)), m_textView(new CaptureTextView(this)),
      m_imageArea(new QScrollArea(this)), m_image(new QLabel(this)), m_message(new QLabel(this))
{
    m_claimAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_claimAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_claimAction->setToolTip(tr("Make a new claim that quotes the selected text, with its page or paragraph (%1)")
                                  .arg(m_claimAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_claimAction, &QAction::triggered, this, &CaptureView::claimFromSelection);
    addAction(m_claimAction);
    m_claimButton->setDefaultAction(m_claimAction);
    m_claimButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setText(tr("Export capture…"));
    m_export->setToolTip(tr("Write the capture's stored bytes to a file; the custody log records the export"));
    connect(m_export, &QToolButton::clicked, this, &CaptureView::exportCapture);
    m_asText->setText(tr("Show HTML source"));
    m_asText->setCheckable(true);
    connect(m_asText, &QToolButton::toggled, this, [this](bool asText) {
        if (isHtml(m_mediaType))
            m_textView->showHtml(m_content, asText);
    });

    m_pdfView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_pdfView->addAction(m_claimAction);
    m_textView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_textView, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        QMenu *menu = m_textView->createStandardContextMenu(pos);
        menu->insertAction(menu->actions().value(0), m_claimAction);
        menu->insertSeparator(menu->actions().value(1));
        menu->exec(m_textView->viewport()->mapToGlobal(pos));
        delete menu;
    });
    connect(m_pdfView, &PdfPageView::selectionChanged, this, &CaptureView::updateActions);
    connect(m_textView, &QTextBrowser::selectionChanged, this, &CaptureView::updateActions);

    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setBackgroundRole(QPalette::Dark);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(m_textView);
    m_stack->addWidget(m_imageArea);

    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_custody->setWordWrap(true);
    m_custody->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_claimButton);
    bar->addWidget(m_asText);
    bar->addStretch(1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_custody);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    closeCapture();
}

CaptureView::~CaptureView()
{
    delete m_pdfCheck;
    m_pdfView->setDocument(nullptr);
    m_pdf->close();
}

void CaptureView::setDocument(edit::Document *document)
{
    m_document = document;
    closeCapture();
}

void CaptureView::closeCapture()
{
    m_captureId = QUuid();
    delete m_pdfCheck; // stops the reader
    m_pdfCheck = nullptr;
    m_content.clear();
    m_mediaType.clear();
    m_pdfView->setDocument(nullptr);
    m_pdf->close();
    m_pdfFile.reset();
    m_header->clear();
    m_custody->clear();
    m_custody->hide();
    m_asText->hide();
    m_export->setEnabled(false);
    showMessage(tr("Choose a capture of a source and open it to read it here."));
    emit captureChanged(QString());
}

QString CaptureView::custodyText() const
{
    return m_custody->text();
}

void CaptureView::showCustody()
{
    if (!m_document || m_captureId.isNull())
        return;
    // The log is append-only in the project; the viewer only reads it.
    const QList<CustodyEntry> log = m_document->project().custodyLog(m_captureId);
    m_custody->setText(present::custodySummary(log));
    m_custody->setToolTip(present::custodyDetails(log));
    m_custody->show();
}

QString CaptureView::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void CaptureView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateActions();
}

bool CaptureView::openCapture(const QUuid &captureId)
{
    closeCapture();
    if (!m_document)
        return false;
    const auto capture = m_document->project().find<Capture>(captureId);
    if (!capture) {
        showMessage(tr("This capture is no longer in the project."));
        return false;
    }
    m_captureId = captureId;
    m_mediaType = capture->mediaType.toLower();
    const QString name = capture->fileName.isEmpty() ? tr("capture %1").arg(captureId.toString(QUuid::WithoutBraces))
                                                     : capture->fileName;
    const auto source = m_document->project().find<Source>(capture->sourceId);
    QBuffer buffer(&m_content);
    buffer.open(QIODevice::WriteOnly);
    try {
        m_document->project().readCaptureContent(captureId, buffer);
    } catch (const StoreError &e) {
        showMessage(tr("Cannot read capture “%1”: %2").arg(name, e.message()));
        return false;
    }
    const bool intact = QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex() == capture->sha256;
    QString header = QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
    if (source)
        header += QStringLiteral(" — %1 (%2)").arg(present::sourceTitle(*source).toHtmlEscaped(),
                                                   toKey(source->reliability));
    header += QStringLiteral("<br><small>%1 · %2 · %3</small>")
                  .arg(capture->mediaType.toHtmlEscaped(), QLocale().formattedDataSize(capture->sizeBytes),
                       tr("captured %1 by %2")
                           .arg(present::utcText(capture->capturedAtUtc),
                                capture->capturedBy.toHtmlEscaped()));
    header += intact ? QStringLiteral("<small> · SHA-256 %1…</small>").arg(QString::fromLatin1(capture->sha256.left(12)))
                     : QStringLiteral("<br><b style='color:#b03a2e'>%1</b>")
                           .arg(tr("The content does not match its SHA-256: it has changed since it was captured."));
    m_header->setText(header);
    m_header->setToolTip(tr("SHA-256: %1\nOriginal URL: %2")
                             .arg(QString::fromLatin1(capture->sha256),
                                  capture->originalUrl.isEmpty() ? tr("not recorded") : capture->originalUrl));
    showCustody();
    emit captureChanged(name);

    bool shown = true;
    if (m_mediaType == u"application/pdf") {
        shown = showPdf(name);
    } else if (isHtml(m_mediaType)) {
        m_textView->showHtml(m_content, m_asText->isChecked());
        m_stack->setCurrentWidget(m_textView);
    } else if (m_mediaType.startsWith(u"text/")) {
        m_textView->showText(m_content);
        m_stack->setCurrentWidget(m_textView);
    } else if (m_mediaType.startsWith(u"image/")) {
        const QImage image = QImage::fromData(m_content);
        if (image.isNull()) {
            showMessage(tr("Cannot show capture “%1”: it is not an image this program can read.").arg(name));
            shown = false;
        } else {
            m_image->setPixmap(QPixmap::fromImage(image));
            m_stack->setCurrentWidget(m_imageArea);
        }
    } else {
        showMessage(tr("Capture “%1” is of a kind this program does not show (%2). It is kept in the project "
                       "with its hash; export it to open it elsewhere.")
                        .arg(name, capture->mediaType));
        shown = false;
    }
    m_asText->setVisible(isHtml(m_mediaType));
    updateActions();
    return shown;
}

bool CaptureView::showPdf(const QString &name)
{
    // Qt PDF reads from a file it can seek in; the content goes to a private temporary file.
    m_pdfFile = std::make_unique<QTemporaryFile>();
    if (!m_pdfFile->open() || m_pdfFile->write(m_content) != m_content.size() || !m_pdfFile->flush()) {
        showMessage(tr("Cannot show capture “%1”: no temporary file for it (%2).").arg(name, m_pdfFile->errorString()));
        return false;
    }
    // Qt PDF reads the whole file and every page's text first in the PDF reader's own process,
    // with a time limit: only a file it has finished with there is opened here. (Drawing every
    // page there too would refuse long scans: 100 pages at 300 dpi take seconds to draw.)
    interop::PdfTextLimits limits;
    limits.seconds = kReadSeconds;
    m_pdfCheck = new interop::PdfTextJob(m_pdfFile->fileName(), limits, this);
    connect(m_pdfCheck, &interop::PdfTextJob::finished, this,
            [this, name](const interop::PdfText &check) { pdfChecked(name, check); });
    showMessage(tr("Reading “%1”…").arg(name));
    m_pdfCheck->start();
    return true;
}

void CaptureView::pdfChecked(const QString &name, const interop::PdfText &check)
{
    m_pdfCheck->deleteLater(); // it is emitting
    m_pdfCheck = nullptr;
    if (check.outcome != interop::PdfText::Outcome::Read) {
        showMessage(tr("Cannot show capture “%1” as a PDF: %2.").arg(name, readerProblem(check)));
        emit captureShown(false);
        return;
    }
    if (const auto error = m_pdf->load(m_pdfFile->fileName()); error != QPdfDocument::Error::None || m_pdf->pageCount() < 1) {
        showMessage(tr("Cannot show capture “%1” as a PDF: %2.")
                        .arg(name, error == QPdfDocument::Error::None ? tr("it has no pages") : pdfProblem(error)));
        m_pdf->close();
        emit captureShown(false);
        return;
    }
    m_pdfView->setDocument(m_pdf);
    m_stack->setCurrentWidget(m_pdfView);
    updateActions();
    emit captureShown(true);
}

QString CaptureView::selectedText() const
{
    if (m_stack->currentWidget() == m_pdfView)
        return m_pdfView->selectedText();
    if (m_stack->currentWidget() == m_textView && !m_asText->isChecked())
        return m_textView->textCursor().selectedText();
    return {};
}

QString CaptureView::selectedLocator() const
{
    if (m_stack->currentWidget() == m_pdfView)
        return edit::pageLocator(m_pdfView->selectionPage());
    return edit::paragraphLocator(m_textView->document()->toPlainText(), m_textView->textCursor().selectionStart());
}

void CaptureView::updateActions()
{
    m_claimAction->setEnabled(m_document && !edit::normalizedQuote(selectedText()).isEmpty());
    m_export->setEnabled(m_document && !m_captureId.isNull());
}

void CaptureView::exportCapture()
{
    if (!m_document || m_captureId.isNull())
        return;
    const QString summary = chooseAndExportCapture(this, m_document->project(), m_captureId);
    if (summary.isEmpty())
        return;
    showCustody(); // the export is the log's newest entry
    emit captureExported(summary);
}

QUuid CaptureView::claimFromSelection()
{
    const auto capture = m_document ? m_document->project().find<Capture>(m_captureId) : std::nullopt;
    const QString text = selectedText();
    if (!capture || edit::normalizedQuote(text).isEmpty())
        return {};
    const QString locator = selectedLocator();
    auto *command = new edit::SaveRecordCommand<Claim>(*m_document, edit::claimFromCapture(*capture, text, locator),
                                                       tr("Claim from %1, %2").arg(capture->fileName, locator));
    const QUuid id = command->after().meta.id;
    if (const QString why = m_document->push(command); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot make this claim"), why);
        return {};
    }
    emit claimCreated(id);
    return id;
}

} // namespace sightline::ui
