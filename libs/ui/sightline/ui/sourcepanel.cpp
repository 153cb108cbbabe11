#include "sightline/ui/sourcepanel.h"

#include "sightline/edit/capturecommands.h"
#include "sightline/ui/captureexportdialog.h"
#include "sightline/ui/documentfollower.h"
#include "sightline/interop/captureintake.h"
#include "sightline/present/recordwords.h"
#include "sightline/present/timewords.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sourcedialog.h"
#include "sightline/ui/sourcetablemodel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sightline::ui {

SourcePanel::SourcePanel(QWidget *parent)
    : QWidget(parent),
      m_follower(new DocumentFollower(this, [this] { reload(); },
                                      {RecordType::Source, RecordType::Capture, RecordType::Claim, RecordType::Link})),
      m_model(new SourceTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_table(new QTableView(this)), m_capturesLabel(new QLabel(this)),
      m_captures(new QListWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(SourceTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search sources"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SourceTableModel::PublishedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setTextElideMode(Qt::ElideRight);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Titles and publishers can be long: they share what the short columns leave.
    for (auto [column, width] : {std::pair{SourceTableModel::TitleColumn, 230}, std::pair{SourceTableModel::PublisherColumn, 140}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setMinimumSectionSize(40);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        const Source *s = m_model->sourceAt(m_proxy->mapToSource(index).row());
        const QUuid id = s ? s->meta.id : QUuid();
        if (id == m_current)
            return;
        m_current = id;
        fillCaptures();
        emit currentSourceChanged(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, &SourcePanel::editCurrentSource);

    auto *add = new QPushButton(tr("Add…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_attach = new QPushButton(tr("Attach file…"), this);
    m_attach->setToolTip(tr("Store a file (PDF, web page, image, any file) in the project as a capture of this source"));
    m_open = new QPushButton(tr("Open"), this);
    m_export = new QPushButton(tr("Export capture…"), this);
    m_export->setToolTip(tr("Write the capture's stored bytes to a file; the custody log records the export"));
    connect(m_export, &QPushButton::clicked, this, &SourcePanel::exportCurrentCapture);
    connect(add, &QPushButton::clicked, this, &SourcePanel::addSource);
    connect(m_edit, &QPushButton::clicked, this, &SourcePanel::editCurrentSource);
    connect(m_delete, &QPushButton::clicked, this, &SourcePanel::deleteCurrentSource);
    connect(m_attach, &QPushButton::clicked, this, &SourcePanel::attachCapture);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_captures->currentItem())
            emit captureActivated(item->data(Qt::UserRole).toUuid());
    });
    connect(m_captures, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit captureActivated(item->data(Qt::UserRole).toUuid());
    });
    connect(m_captures, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                m_open->setEnabled(item != nullptr);
                m_export->setEnabled(item != nullptr);
            });

    m_capturesLabel->setWordWrap(true); // a long title must not widen the dock
    m_captures->setWordWrap(true);
    m_captures->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    topLayout->addLayout(buttons);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_capturesLabel);
    bottomLayout->addWidget(m_captures, 1);
    auto *captureButtons = new QHBoxLayout;
    captureButtons->addWidget(m_open);
    captureButtons->addWidget(m_export);
    captureButtons->addWidget(m_attach);
    captureButtons->addStretch(1);
    bottomLayout->addLayout(captureButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 100});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    fillCaptures();
}

void SourcePanel::setDocument(edit::Document *document)
{
    m_current = QUuid();
    m_follower->setDocument(document);
}

edit::Document *SourcePanel::document() const
{
    return m_follower->document();
}

void SourcePanel::reload()
{
    const QUuid keep = m_current;
    {
        const QSignalBlocker block(m_table->selectionModel());
        if (document())
            m_model->reload(document()->project());
        else
            m_model->clear();
    }
    m_current = QUuid();
    setCurrentSource(keep);
    fillCaptures();
}

QUuid SourcePanel::currentSource() const
{
    return m_current;
}

void SourcePanel::followSelection(SelectionModel *selection)
{
    m_selection = selection;
    connect(selection, &SelectionModel::changed, this, [this] {
        m_following = true;
        if (const QList<QUuid> sources = m_selection->selectedOfType(RecordType::Source); sources.size() == 1)
            setCurrentSource(sources.first());
        else if (!m_selection->selectedOfType(RecordType::Site).isEmpty())
            setCurrentSource({});
        m_following = false;
    });
    connect(this, &SourcePanel::currentSourceChanged, selection, [this](const QUuid &id) {
        if (!m_following && !id.isNull())
            m_selection->select({{RecordType::Source, id}});
    });
}

void SourcePanel::setCurrentSource(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
        if (!m_current.isNull()) {
            m_current = QUuid();
            fillCaptures();
            emit currentSourceChanged(m_current);
        }
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the search: show it
        m_search->clear();
        setCurrentSource(id);
        return;
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void SourcePanel::setCurrentCapture(const QUuid &captureId)
{
    for (int row = 0; row < m_captures->count(); ++row)
        if (m_captures->item(row)->data(Qt::UserRole).toUuid() == captureId)
            m_captures->setCurrentRow(row);
}

void SourcePanel::fillCaptures()
{
    const QUuid keep = m_captures->currentItem() ? m_captures->currentItem()->data(Qt::UserRole).toUuid() : QUuid();
    m_captures->clear();
    const bool has = !m_current.isNull() && document();
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_attach->setEnabled(has);
    m_open->setEnabled(false);
    m_export->setEnabled(false);
    if (!has) {
        m_capturesLabel->setText(tr("Captures: choose a source above"));
        return;
    }
    const QLocale locale;
    for (const Capture &c : document()->project().all<Capture>()) {
        if (c.sourceId != m_current)
            continue;
        const QString type = QMimeDatabase().mimeTypeForName(c.mediaType).comment();
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3 · %4")
                                             .arg(c.fileName.isEmpty() ? tr("(unnamed)") : c.fileName,
                                                  type.isEmpty() ? c.mediaType : type,
                                                  locale.formattedDataSize(c.sizeBytes),
                                                  tr("captured %1 by %2")
                                                      .arg(present::utcText(c.capturedAtUtc), c.capturedBy)),
                                         m_captures);
        item->setData(Qt::UserRole, c.meta.id);
        item->setToolTip(tr("Media type: %1\nSHA-256: %2\nSize: %3 bytes\nOriginal URL: %4")
                             .arg(c.mediaType, QString::fromLatin1(c.sha256))
                             .arg(c.sizeBytes)
                             .arg(c.originalUrl.isEmpty() ? tr("not recorded") : c.originalUrl));
    }
    const Source *s = m_model->sourceAt(m_model->rowOf(m_current));
    m_capturesLabel->setText(tr("Captures of %1: %2")
                                 .arg(s ? present::sourceTitle(*s) : QString())
                                 .arg(m_captures->count()));
    m_capturesLabel->setToolTip(m_capturesLabel->text());
    if (m_captures->count() > 0)
        m_captures->setCurrentRow(0);
    setCurrentCapture(keep);
}

bool SourcePanel::run(edit::RecordCommandBase *command, bool slow)
{
    if (slow)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString why = document()->push(command);
    if (slow)
        QGuiApplication::restoreOverrideCursor();
    if (!why.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot make this change"), why);
        return false;
    }
    return true;
}

void SourcePanel::addSource()
{
    if (!document())
        return;
    Source fresh;
    fresh.accessed = QDate::currentDate();
    fresh.reliability = document()->project().gradingScheme().unjudged();
    SourceDialog dialog(fresh, document()->project().gradingScheme(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new edit::SaveRecordCommand<Source>(*document(), dialog.source(),
                                                        tr("Add source %1").arg(dialog.source().title));
    const QUuid id = command->after().meta.id;
    if (run(command))
        setCurrentSource(id);
}

void SourcePanel::editCurrentSource()
{
    if (!document())
        return;
    const auto source = document()->project().find<Source>(m_current);
    if (!source)
        return;
    SourceDialog dialog(*source, document()->project().gradingScheme(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.source() == *source)
        return;
    run(new edit::SaveRecordCommand<Source>(*document(), dialog.source(), tr("Edit source %1").arg(source->title)));
}

QString SourcePanel::whyNotDeletable(const QUuid &sourceId) const
{
    const auto source = document() ? document()->project().find<Source>(sourceId) : std::nullopt;
    if (!source)
        return {};
    // Claims, captures and links that refer to the source would be left pointing at nothing.
    const int claims = m_model->claimCount(sourceId);
    const int captures = m_model->captureCount(sourceId);
    int links = 0;
    for (const Link &l : document()->project().all<Link>())
        links += (l.from.id == sourceId || l.to.id == sourceId) ? 1 : 0;
    for (const Claim &c : document()->project().all<Claim>())
        links += c.attributedTo == sourceId ? 1 : 0;
    if (claims + captures + links == 0)
        return {};
    return tr("“%1” still has %2 claims, %3 captures and %4 links or attributions. Delete or move them first.")
        .arg(present::sourceTitle(*source))
        .arg(claims)
        .arg(captures)
        .arg(links);
}

void SourcePanel::deleteCurrentSource()
{
    const auto source = document() ? document()->project().find<Source>(m_current) : std::nullopt;
    if (!source)
        return;
    if (const QString why = whyNotDeletable(source->meta.id); !why.isEmpty()) {
        QMessageBox::information(this, tr("Cannot delete source"), why);
        return;
    }
    run(new edit::DeleteRecordCommand<Source>(*document(), source->meta.id,
                                              tr("Delete source %1").arg(present::sourceTitle(*source))));
}

void SourcePanel::exportCurrentCapture()
{
    QListWidgetItem *item = m_captures->currentItem();
    if (!document() || !item)
        return;
    const QString summary = chooseAndExportCapture(this, document()->project(), item->data(Qt::UserRole).toUuid());
    if (!summary.isEmpty())
        emit captureExported(summary);
}

void SourcePanel::attachCapture()
{
    if (!document() || m_current.isNull())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a capture"), QString(),
                                                      tr("Captures (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    attachFile(path);
}

bool SourcePanel::attachFile(const QString &path)
{
    if (!document() || m_current.isNull())
        return false;
    Capture description;
    description.sourceId = m_current;
    description.fileName = QFileInfo(path).fileName();
    // Slow: hashing a large file and reading a PDF's text (within the PDF reader's time limit).
    return run(new edit::AttachCaptureCommand(*document(), description, path, interop::intakeForEdits(),
                                              tr("Attach %1").arg(description.fileName)),
               true);
}

} // namespace sightline::ui
