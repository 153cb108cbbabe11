#include "sightline/ui/reviewview.h"

#include "sightline/edit/document.h"
#include "sightline/edit/reviewcommands.h"
#include "sightline/ui/recordtitle.h"
#include "sightline/ui/selectionmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sightline::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kTypeRole = Qt::UserRole + 2;
} // namespace

ReviewView::ReviewView(SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_table(new QTableWidget(this)), m_note(new QLineEdit(this)),
      m_markReviewed(new QPushButton(tr("Mark reviewed"), this)), m_message(new QLabel(this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Record"), tr("Reason"), tr("Raised")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_markReviewed->setEnabled(false);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_note, 1);
    row->addWidget(m_markReviewed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        m_markReviewed->setEnabled(rows.size() == 1);
        if (!m_loading && rows.size() == 1)
            m_selection->select({recordAt(rows.first().row())});
    });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int clicked) { m_selection->select({recordAt(clicked)}); });
    connect(m_markReviewed, &QPushButton::clicked, this, &ReviewView::markReviewed);
}

void ReviewView::setDocument(edit::Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // Any edit, undo or redo can raise or clear flags (a source's grade, a review marked).
    if (m_document)
        connect(m_document, &edit::Document::recordsChanged, this, &ReviewView::reload);
    reload();
}

void ReviewView::reload()
{
    m_loading = true;
    const QList<ReviewFlag> flags = m_document ? m_document->project().reviewFlags() : QList<ReviewFlag>{};
    m_table->clearContents();
    m_table->setRowCount(int(flags.size()));
    for (int row = 0; row < flags.size(); ++row) {
        const ReviewFlag &f = flags[row];
        const QString title = recordTitle(m_document->project(), f.record);
        const QStringList cells{recordKindLabel(f.record.type), title, f.reason,
                                QLocale().toString(f.raisedUtc.toLocalTime(), QLocale::ShortFormat)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            m_table->setItem(row, col, item);
        }
        m_table->item(row, 0)->setData(kIdRole, f.record.id);
        m_table->item(row, 0)->setData(kTypeRole, int(f.record.type));
    }
    m_table->resizeColumnToContents(KindColumn);
    m_table->setColumnWidth(TitleColumn, 320);
    m_table->setColumnWidth(ReasonColumn, 320);
    m_markReviewed->setEnabled(false);
    m_loading = false;
}

int ReviewView::rowCount() const { return m_table->rowCount(); }

RecordRef ReviewView::recordAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    if (!item)
        return {};
    return {static_cast<RecordType>(item->data(kTypeRole).toInt()), item->data(kIdRole).toUuid()};
}

bool ReviewView::markReviewed()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (!m_document || rows.size() != 1)
        return false;
    const RecordRef record = recordAt(rows.first().row());
    // An undoable edit: the flags stay in the file, marked cleared with who, when and the note.
    const QString why = m_document->push(
        new edit::ClearReviewCommand(*m_document, record, m_note->text().trimmed(), tr("Mark reviewed")));
    if (!why.isEmpty()) {
        m_message->setText(tr("Could not mark the record reviewed: %1").arg(why));
        m_message->show();
        return false;
    }
    m_message->hide();
    m_note->clear();
    reload();
    emit reviewed(record);
    return true;
}

} // namespace sightline::ui
