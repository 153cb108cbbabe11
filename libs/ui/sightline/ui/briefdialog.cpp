#include "sightline/ui/briefdialog.h"

#include "sightline/core/judgment.h"
#include "sightline/core/marking.h"
#include "sightline/report/brieferror.h"
#include "sightline/report/briefwriter.h"
#include "sightline/store/project.h"
#include "sightline/store/storeerror.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sightline::ui {

namespace {

// Progress of a brief being made, with Cancel; shown when it takes longer than half a second.
class BriefProgress
{
  public:
    explicit BriefProgress(QWidget *parent)
        : m_dialog(BriefDialog::tr("Making the brief…"), BriefDialog::tr("Cancel"), 0, 100, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(500);
        m_dialog.setAutoClose(false);
    }
    report::BriefWriter::Progress callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(total);
            m_dialog.setValue(done);
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }

  private:
    QProgressDialog m_dialog;
};

} // namespace

namespace {

// What the brief said besides: the same warnings the command line prints (an internal-use
// override, layers that could not be drawn).
QString withWarnings(const QString &done, const report::BriefResult &r)
{
    QStringList lines{done};
    for (const QString &w : r.warnings)
        lines << BriefDialog::tr("Warning: %1").arg(w);
    return lines.join(u'\n');
}

} // namespace

BriefDialog::BriefDialog(Project &project, QWidget *parent)
    : QDialog(parent), m_project(project), m_pdf(std::make_unique<QPdfDocument>())
{
    setWindowTitle(tr("Write a brief"));
    auto *form = new QFormLayout;

    m_sites = new QListWidget;
    QList<Site> sites = project.all<Site>();
    std::sort(sites.begin(), sites.end(),
              [](const Site &a, const Site &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Site &s : std::as_const(sites)) {
        auto *item = new QListWidgetItem(s.name, m_sites);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_sites->setMaximumHeight(140);
    form->addRow(tr("Sites"), m_sites);

    m_from = new QLineEdit;
    m_from->setPlaceholderText(tr("open"));
    m_to = new QLineEdit;
    m_to->setPlaceholderText(tr("open"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    form->addRow(tr("Period from"), period);

    auto *sections = new QHBoxLayout;
    m_judgments = new QCheckBox(tr("Key judgments"));
    m_siteSections = new QCheckBox(tr("Sites"));
    m_timeline = new QCheckBox(tr("Timeline"));
    m_timeline->setObjectName(QStringLiteral("briefTimeline"));
    m_methods = new QCheckBox(tr("Methods"));
    for (QCheckBox *c : {m_judgments, m_siteSections, m_timeline, m_methods}) {
        c->setChecked(true);
        sections->addWidget(c);
    }
    form->addRow(tr("Sections"), sections);

    m_marking = new QComboBox;
    const auto projectMarking = project.marking();
    m_marking->addItem(projectMarking ? tr("The project's (%1)").arg(markingText(*projectMarking))
                                      : tr("The project's (none)"),
                       QString());
    for (const QString &m : allMarkingTexts())
        m_marking->addItem(m, m);
    form->addRow(tr("Marking"), m_marking);
    // The command line's --internal-use: imagery whose licence keeps it from republication is shown,
    // the cover says so and custody logs the override.
    m_internalUse = new QCheckBox(tr("For internal use: show imagery whose licence does not allow republication"));
    m_internalUse->setObjectName(QStringLiteral("briefInternalUse"));
    m_internalUse->setToolTip(tr("The brief then stays inside the organisation: its cover says \"For internal use "
                                 "only\", and the custody log records each such scene as shown for internal use."));
    form->addRow(tr("Licences"), m_internalUse);

    m_page = new QComboBox;
    m_page->addItem(tr("A4"), QStringLiteral("a4"));
    m_page->addItem(tr("Letter"), QStringLiteral("letter"));
    form->addRow(tr("Page size"), m_page);
    m_template = new QComboBox;
    m_template->addItem(tr("Default"), QStringLiteral("default"));
    m_template->addItem(tr("Compact"), QStringLiteral("compact"));
    form->addRow(tr("Template"), m_template);

    m_title = new QLineEdit;
    m_title->setPlaceholderText(project.title());
    form->addRow(tr("Title"), m_title);
    m_author = new QLineEdit;
    m_author->setPlaceholderText(tr("the analysts of the issued judgments"));
    form->addRow(tr("Author"), m_author);
    m_bluf = new QPlainTextEdit;
    m_bluf->setPlaceholderText(tr("Bottom line up front (optional)"));
    m_bluf->setMaximumHeight(80);
    form->addRow(tr("Bottom line"), m_bluf);
    m_flags = new QLabel;
    m_flags->setWordWrap(true);
    m_flags->setStyleSheet(QStringLiteral("color: #a33;"));
    form->addRow(m_flags);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    form->addRow(m_status);

    // The preview: a page of the brief as it will print.
    m_pageImage = new QLabel;
    m_pageImage->setAlignment(Qt::AlignCenter);
    m_pageImage->setMinimumSize(420, 594);
    m_pageImage->setStyleSheet(QStringLiteral("background: #7d838b;")); // the page stands out as paper
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_pageImage);
    scroll->setWidgetResizable(true);
    m_pageNumber = new QSpinBox;
    m_pageNumber->setPrefix(tr("Page "));
    m_pageNumber->setRange(1, 1);
    m_pageNumber->setEnabled(false);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(scroll, 1);
    previewColumn->addWidget(m_pageNumber, 0, Qt::AlignHCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, [this] { preview(); });
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_save, &QPushButton::clicked, this, &BriefDialog::save);
    connect(m_pageNumber, &QSpinBox::valueChanged, this, [this](int page) { showPage(page - 1); });
    connect(m_bluf, &QPlainTextEdit::textChanged, this, &BriefDialog::updateFlags);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(previewColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    updateFlags();
}

BriefDialog::~BriefDialog() = default;

std::optional<report::BriefOptions> BriefDialog::options(QString *why) const
{
    report::BriefOptions o;
    o.tiles = m_tiles;
    QString whyWindow;
    const auto window = TimeWindow::parse(m_from->text().trimmed(), m_to->text().trimmed(), &whyWindow);
    if (!window) {
        *why = whyWindow;
        return std::nullopt;
    }
    o.window = *window;
    o.keyJudgments = m_judgments->isChecked();
    o.sites = m_siteSections->isChecked();
    o.methods = m_methods->isChecked();
    o.timeline = m_timeline->isChecked();
    o.internalUse = m_internalUse->isChecked();
    for (int i = 0; i < m_sites->count(); ++i)
        if (m_sites->item(i)->checkState() == Qt::Checked) o.siteNames << m_sites->item(i)->text();
    if (o.sites && o.siteNames.isEmpty()) {
        *why = tr("Choose at least one site, or leave the Sites section out.");
        return std::nullopt;
    }
    if (o.siteNames.size() == m_sites->count()) o.siteNames.clear(); // every site, in the brief's order
    if (const QString m = m_marking->currentData().toString(); !m.isEmpty()) o.marking = markingFromText(m);
    o.page = *report::pageSizeFromText(m_page->currentData().toString());
    o.layout = *report::templateFromText(m_template->currentData().toString());
    o.title = m_title->text().trimmed();
    o.author = m_author->text().trimmed();
    o.bottomLine = m_bluf->toPlainText().trimmed();
    return o;
}

bool BriefDialog::preview()
{
    QString why;
    const auto o = options(&why);
    if (!o) {
        m_status->setText(why);
        return false;
    }
    const QString file = m_tmp.filePath(QStringLiteral("preview.pdf"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_pdf->close();
        BriefProgress progress(this);
        const report::BriefResult r = report::BriefWriter::write(m_project, *o, file, progress.callback());
        QApplication::restoreOverrideCursor();
        if (m_pdf->load(file) != QPdfDocument::Error::None) {
            m_status->setText(tr("The preview cannot be shown."));
            return false;
        }
        m_warnings = r.warnings;
        m_status->setText(withWarnings(tr("%1 pages, %2 map figures.").arg(r.pages).arg(r.figures), r));
        m_pageNumber->setRange(1, m_pdf->pageCount());
        m_pageNumber->setEnabled(true);
        m_pageNumber->setValue(1);
        showPage(0);
        return true;
    } catch (const report::BriefError &e) {
        QApplication::restoreOverrideCursor();
        m_status->setText(e.message());
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        m_status->setText(e.message());
    }
    return false;
}

int BriefDialog::previewPages() const
{
    return m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
}

QImage BriefDialog::previewImage() const
{
    return m_shown;
}

QStringList BriefDialog::flaggedSentences() const
{
    return m_flagged;
}

void BriefDialog::showPage(int page)
{
    if (page < 0 || page >= previewPages()) return;
    const QSizeF points = m_pdf->pagePointSize(page);
    const double scale = m_pageImage->minimumWidth() / points.width() * devicePixelRatioF();
    m_shown = m_pdf->render(page, (points * scale).toSize());
    QPixmap pixmap = QPixmap::fromImage(m_shown);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_pageImage->setPixmap(pixmap);
}

void BriefDialog::updateFlags()
{
    m_flagged = report::sentencesMixingLikelihoodAndConfidence(m_bluf->toPlainText());
    for (const Judgment &j : m_project.all<Judgment>())
        if (j.status == JudgmentStatus::Issued)
            m_flagged += report::sentencesMixingLikelihoodAndConfidence(j.statement + u'\n' + j.notes);
    QStringList lines;
    for (const QString &s : std::as_const(m_flagged))
        lines << QStringLiteral("“%1”").arg(s.toHtmlEscaped());
    m_flags->setText(
        m_flagged.isEmpty()
            ? QString()
            : tr("These sentences mix a likelihood word with a confidence level; ICD 203 keeps them "
                 "apart:<br>%1")
                  .arg(lines.join(QStringLiteral("<br>"))));
}

bool BriefDialog::saveTo(const QString &path, QString *why)
{
    const auto o = options(why);
    if (!o) return false;
    try {
        BriefProgress progress(this);
        const report::BriefResult r = report::BriefWriter::write(m_project, *o, path, progress.callback());
        report::logShownInBrief(m_project, r);
        m_warnings = r.warnings;
        m_status->setText(withWarnings(tr("Wrote %1 (%2 pages).").arg(path).arg(r.pages), r));
        return true;
    } catch (const report::BriefError &e) {
        *why = e.message();
    } catch (const StoreError &e) {
        *why = e.message();
    }
    return false;
}

void BriefDialog::save()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the brief"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty()) return;
    QString why;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = saveTo(path, &why);
    QApplication::restoreOverrideCursor();
    if (!ok) m_status->setText(why);
}

} // namespace sightline::ui
