#include "sightline/ui/conflictsview.h"

#include "sightline/core/claimgroups.h"
#include "sightline/edit/document.h"
#include "sightline/present/claimwords.h"
#include "sightline/present/quantitywords.h"
#include "sightline/present/timewords.h"
#include "sightline/ui/documentfollower.h"
#include "sightline/ui/selectionmodel.h"

#include <QHash>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sightline::ui {

namespace {
constexpr int kIdsRole = Qt::UserRole + 1;

} // namespace

ConflictsView::ConflictsView(SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection),
      m_follower(new DocumentFollower(this, [this] { reload(); },
                                      {RecordType::Claim, RecordType::Link, RecordType::Source, RecordType::Site})),
      m_table(new QTableWidget(this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Object"), tr("Site"), tr("Claim A"), tr("Date A"), tr("Grade A"),
                                        tr("Claim B"), tr("Date B"), tr("Grade B"), tr("Why they conflict")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false); // the whole reason is in the tooltip
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    // The claims of every chosen row.
    const auto selectChosen = [this] {
        if (m_loading)
            return;
        QList<RecordRef> claims;
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
            for (const RecordRef &c : claimsAt(row.row()))
                if (!claims.contains(c))
                    claims << c;
        if (!claims.isEmpty())
            m_selection->select(claims);
    };
    connect(m_table, &QTableWidget::itemSelectionChanged, this, selectChosen);
    connect(m_selection, &SelectionModel::changed, this, &ConflictsView::followSelection);
    // A click on the row already chosen selects its claims again after another view changed the selection.
    connect(m_table, &QTableWidget::cellClicked, this, selectChosen);
}

void ConflictsView::setDocument(edit::Document *document)
{
    m_follower->setDocument(document);
}

void ConflictsView::reload()
{
    m_loading = true;
    if (!m_follower->document()) {
        m_table->clearContents();
        m_table->setRowCount(0);
        m_loading = false;
        return;
    }
    const Project &project = m_follower->document()->project();
    const QList<Claim> claims = project.all<Claim>();
    const QList<ClaimConflict> conflicts = findContradictions(claims, project.all<Link>());
    const present::ClaimWords words(project);

    m_table->clearContents();
    m_table->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const ClaimConflict &c = conflicts[row];
        const QStringList cells{c.first.quantity.objectKind,
                                words.conflictSites(c).join(QStringLiteral(", ")),
                                present::quantityText(c.first.quantity),
                                present::timeText(c.first.time),
                                words.grade(c.first),
                                present::quantityText(c.second.quantity),
                                present::timeText(c.second.time),
                                words.grade(c.second),
                                words.conflictReason(c)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            if (col == FigureA)
                item->setToolTip(c.first.quote);
            else if (col == FigureB)
                item->setToolTip(c.second.quote);
            else if (col == WhyColumn)
                item->setToolTip(cells[col] + QStringLiteral("\n") + present::ClaimWords::conflictText(c));
            // A dismissed pair stays in the list, greyed, its note saying why it was dismissed.
            if (c.dismissed)
                item->setForeground(m_table->palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, col, item);
        }
        m_table->item(row, 0)->setData(kIdsRole, QVariantList{c.first.meta.id, c.second.meta.id});
    }
    m_table->resizeColumnsToContents();
    // Long site lists give way to the reason; the cells' tooltips keep the whole text.
    for (int col = 0; col + 1 < ColumnCount; ++col)
        m_table->setColumnWidth(col, std::min(m_table->columnWidth(col), 240));
    m_table->resizeRowsToContents();
    m_loading = false;
    followSelection();
}

void ConflictsView::followSelection()
{
    const QList<QUuid> ids = m_selection->selectedOfType(RecordType::Claim);
    const QSet<QUuid> selected(ids.begin(), ids.end());
    // A row whose two claims are both selected is the one chosen (here or in the ledger);
    // otherwise every row that has a selected claim.
    QList<int> both, either;
    for (int row = 0; row < rowCount(); ++row) {
        int count = 0;
        for (const RecordRef &c : claimsAt(row))
            count += selected.contains(c.id) ? 1 : 0;
        if (count == 2)
            both << row;
        if (count > 0)
            either << row;
    }
    const QList<int> &rows = both.isEmpty() ? either : both;
    m_loading = true; // following the selection must not set it again
    QItemSelection selection;
    for (int row : rows)
        selection.select(m_table->model()->index(row, 0), m_table->model()->index(row, ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_table->scrollToItem(m_table->item(rows.first(), 0));
    m_loading = false;
}

int ConflictsView::rowCount() const { return m_table->rowCount(); }

QList<RecordRef> ConflictsView::claimsAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    if (!item)
        return {};
    QList<RecordRef> refs;
    for (const QVariant &id : item->data(kIdsRole).toList())
        refs.append({RecordType::Claim, id.toUuid()});
    return refs;
}

} // namespace sightline::ui
