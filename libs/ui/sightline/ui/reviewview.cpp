#include "sightline/ui/reviewview.h"

#include "sightline/edit/document.h"
#include "sightline/edit/reviewcommands.h"
#include "sightline/ui/documentfollower.h"
#include "sightline/present/recordwords.h"
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
    : QWidget(parent), m_selection(selection),
      // Any edit, undo or redo can raise or clear flags (a source's grade, a review marked).
      m_follower(new DocumentFollower(this, [this] { reload(); })), m_table(new QTableWidget(this)), m_note(new QLineEdit(this)),
      m_markReviewed(new QPushButton(tr("Mark reviewed"), this)), m_message(new QLabel(this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Record"), tr("Reason"), tr("Raised")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The record and the reason share the width; the kind and the time keep what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
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
        const QList<RecordRef> records = selectedRecords();
        m_markReviewed->setEnabled(records.size() == 1);
        if (!m_loading && !records.isEmpty())
            m_selection->select(records);
    });
    connect(m_selection, &SelectionModel::changed, this, &ReviewView::followSelection);
    // A click on a row already chosen selects its records again after another view changed the selection.
    connect(m_table, &QTableWidget::cellClicked, this, [this] {
        if (const QList<RecordRef> records = selectedRecords(); !records.isEmpty())
            m_selection->select(records);
    });
    connect(m_markReviewed, &QPushButton::clicked, this, &ReviewView::markReviewed);
}

void ReviewView::setDocument(edit::Document *document)
{
    m_follower->setDocument(document);
}

void ReviewView::reload()
{
    m_loading = true;
    edit::Document *document = m_follower->document();
    const QList<ReviewFlag> flags = document ? document->project().reviewFlags() : QList<ReviewFlag>{};
    m_table->clearContents();
    m_table->setRowCount(int(flags.size()));
    for (int row = 0; row < flags.size(); ++row) {
        const ReviewFlag &f = flags[row];
        const QString title = present::recordTitle(document->project(), f.record);
        const QStringList cells{present::recordKindLabel(f.record.type), title, f.reason,
                                QLocale().toString(f.raisedUtc.toLocalTime(), QLocale::ShortFormat)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            m_table->setItem(row, col, item);
        }
        m_table->item(row, 0)->setData(kIdRole, f.record.id);
        m_table->item(row, 0)->setData(kTypeRole, int(f.record.type));
    }
    m_markReviewed->setEnabled(false);
    m_loading = false;
    followSelection();
}

QList<RecordRef> ReviewView::selectedRecords() const
{
    QList<RecordRef> out;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const RecordRef r = recordAt(row.row()); !r.id.isNull() && !out.contains(r))
            out << r;
    return out;
}

void ReviewView::followSelection()
{
    const QList<RecordRef> &selected = m_selection->selected();
    m_loading = true; // following the selection must not set it again
    QItemSelection rows;
    int first = -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (!selected.contains(recordAt(row)))
            continue;
        rows.select(m_table->model()->index(row, 0), m_table->model()->index(row, ColumnCount - 1));
        if (first < 0)
            first = row;
    }
    m_table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (first >= 0)
        m_table->scrollToItem(m_table->item(first, 0));
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
    const QList<RecordRef> records = selectedRecords();
    edit::Document *document = m_follower->document();
    if (!document || records.size() != 1)
        return false;
    const RecordRef record = records.first();
    // An undoable edit: the flags stay in the file, marked cleared with who, when and the note.
    const QString why = document->push(
        new edit::ClearReviewCommand(*document, record, m_note->text().trimmed(), tr("Mark reviewed")));
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
