#include "sightline/ui/claimledger.h"

#include "sightline/present/countwords.h"

#include "sightline/edit/document.h"
#include "sightline/ui/claimtablemodel.h"
#include "sightline/store/selectionrelations.h"
#include "sightline/ui/documentfollower.h"
#include "sightline/ui/selectionmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sightline::ui {

ClaimLedger::ClaimLedger(QWidget *parent)
    : QWidget(parent), m_follower(new DocumentFollower(this, [this] { reload(); })), m_model(new ClaimTableModel(this)), m_proxy(new ClaimFilterModel(this)),
      m_table(new QTableView(this)), m_filterLine(new QLabel(this)), m_showAll(new QPushButton(tr("Show all claims"), this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClaimTableModel::TimeColumn, Qt::AscendingOrder);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // Ctrl+click picks two claims to link
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long columns wrap at a width of their own; the quote takes what is left.
    for (auto [column, width] : {std::pair{ClaimTableModel::TimeColumn, 175}, std::pair{ClaimTableModel::QuantityColumn, 150},
                                 std::pair{ClaimTableModel::SitesColumn, 160}, std::pair{ClaimTableModel::SourceColumn, 210}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setSectionResizeMode(ClaimTableModel::QuoteColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_selecting)
            emit claimsSelected(selectedClaims());
    });
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        setSourceFilter({});
        emit showAllRequested();
    });

    auto *line = new QHBoxLayout;
    line->setContentsMargins(4, 0, 4, 0);
    line->addWidget(m_filterLine, 1);
    line->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_table, 1);
    updateFilterLine();
}

void ClaimLedger::setDocument(edit::Document *document)
{
    m_follower->setDocument(document);
}

void ClaimLedger::reload()
{
    const QList<QUuid> keep = selectedClaims();
    m_selecting = true;
    if (const edit::Document *document = m_follower->document())
        m_model->reload(document->project());
    else
        m_model->clear();
    m_selecting = false;
    selectClaims(QSet<QUuid>(keep.begin(), keep.end()));
    updateFilterLine();
    showSelection(); // a new claim about a selected site is selected too
}

void ClaimLedger::followSelection(SelectionModel *selection)
{
    m_selection = selection;
    connect(selection, &SelectionModel::changed, this, &ClaimLedger::showSelection);
    connect(this, &ClaimLedger::claimsSelected, selection, [this](const QList<QUuid> &claims) {
        if (m_following)
            return;
        QList<RecordRef> refs;
        for (const QUuid &id : claims)
            refs << RecordRef{RecordType::Claim, id};
        m_selection->select(refs);
    });
}

void ClaimLedger::showSelection()
{
    const edit::Document *document = m_follower->document();
    if (!document || !m_selection)
        return;
    const bool sites = !m_selection->selectedOfType(RecordType::Site).isEmpty();
    const QSet<QUuid> claims = store::relationsOf(document->project(), m_selection->selected()).claims;
    if (claims.isEmpty() && !sites)
        return;
    m_following = true;
    if (sites) // a site's claims come from every source
        setSourceFilter({});
    selectClaims(claims);
    m_following = false;
}

void ClaimLedger::setSourceFilter(const QUuid &sourceId, const QString &sourceName)
{
    m_sourceName = sourceName;
    if (sourceId == m_proxy->sourceFilter()) {
        updateFilterLine();
        return;
    }
    m_selecting = true;
    m_proxy->setSourceFilter(sourceId);
    m_selecting = false;
    updateFilterLine();
}

QUuid ClaimLedger::sourceFilter() const
{
    return m_proxy->sourceFilter();
}

int ClaimLedger::visibleRows() const
{
    return m_proxy->rowCount();
}

QString ClaimLedger::filterLine() const
{
    return m_filterLine->text();
}

void ClaimLedger::setTimeWindow(const TimeWindow &window)
{
    m_proxy->setTimeWindow(window);
    updateFilterLine();
}

void ClaimLedger::updateFilterLine()
{
    const bool filtered = !m_proxy->sourceFilter().isNull();
    QString line = filtered ? tr("%n claim(s) of %1", nullptr, m_proxy->rowCount()).arg(m_sourceName)
                            : m_proxy->timeWindow().isOpen() ? tr("All %n claim(s)", nullptr, m_model->rowCount())
                                                             : present::countText(m_proxy->rowCount(), present::Counted::Claim);
    if (!m_proxy->timeWindow().isOpen())
        line += tr(" in the time window %1").arg(m_proxy->timeWindow().toDisplayString());
    m_filterLine->setText(line);
    m_showAll->setVisible(filtered);
}

void ClaimLedger::selectClaims(const QSet<QUuid> &claimIds)
{
    QItemSelection rows;
    QModelIndex first;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const Claim *c = m_model->claimAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (!c || !claimIds.contains(c->meta.id))
            continue;
        rows.select(m_proxy->index(row, 0), m_proxy->index(row, m_proxy->columnCount() - 1));
        if (!first.isValid())
            first = m_proxy->index(row, 0);
    }
    m_selecting = true;
    m_table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        m_table->scrollTo(first);
    m_selecting = false;
}

QList<QUuid> ClaimLedger::selectedClaims() const
{
    QList<QUuid> out;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const Claim *c = m_model->claimAt(m_proxy->mapToSource(row).row()))
            out << c->meta.id;
    return out;
}

} // namespace sightline::ui
