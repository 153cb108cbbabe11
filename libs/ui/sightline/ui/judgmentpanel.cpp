#include "sightline/ui/judgmentpanel.h"

#include "sightline/edit/document.h"
#include "sightline/edit/judgmentcommands.h"
#include "sightline/ui/judgmentdialog.h"
#include "sightline/ui/judgmenttablemodel.h"
#include "sightline/ui/selectionmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sightline::ui {

JudgmentPanel::JudgmentPanel(SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_model(new JudgmentTableModel(this)), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_message(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The statement takes the width; the short columns keep what their contents need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JudgmentTableModel::StatementColumn, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            openEditor(currentRow());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteRow(currentRow()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { openEditor(i.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_loading && currentRow() >= 0)
            selectRow(currentRow());
    });
    setDocument(nullptr);
}

void JudgmentPanel::setDocument(edit::Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // Any edit can change what a judgment rests on: a link, a claim's grade, a review flag.
    if (m_document)
        connect(m_document, &edit::Document::recordsChanged, this, &JudgmentPanel::reload);
    m_add->setEnabled(m_document != nullptr);
    m_edit->setEnabled(m_document != nullptr);
    m_delete->setEnabled(m_document != nullptr);
    reload();
}

void JudgmentPanel::reload()
{
    m_loading = true;
    const QUuid current = currentRow() >= 0 ? m_model->judgmentAt(currentRow()).meta.id : QUuid();
    if (m_document)
        m_model->reload(m_document->project());
    else
        m_model->clear();
    if (const int row = m_model->rowOf(current); row >= 0)
        m_table->selectRow(row);
    m_loading = false;
}

int JudgmentPanel::currentRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().row() : -1;
}

void JudgmentPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (currentRow() != row) {
        m_loading = true;
        m_table->selectRow(row);
        m_loading = false;
    }
    QList<RecordRef> refs{{RecordType::Judgment, m_model->judgmentAt(row).meta.id}};
    refs += m_model->basisAt(row);
    m_selection->select(refs);
}

JudgmentDialog *JudgmentPanel::openEditor(int row)
{
    if (!m_document)
        return nullptr;
    Judgment j;
    QList<RecordRef> basis;
    if (row >= 0 && row < m_model->rowCount()) {
        j = m_model->judgmentAt(row);
        basis = m_model->basisAt(row);
    } else {
        // A new judgment starts from the claims chosen elsewhere (the ledger, the map).
        for (const QUuid &id : m_selection->selectedOfType(RecordType::Claim))
            basis << RecordRef{RecordType::Claim, id};
    }
    auto *dialog = new JudgmentDialog(m_document->project(), j, basis, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { apply(dialog); });
    dialog->open();
    return dialog;
}

void JudgmentPanel::apply(JudgmentDialog *dialog)
{
    if (!m_document)
        return;
    Judgment j = dialog->judgment();
    const QString text = j.meta.isNew() ? tr("Add judgment") : tr("Edit judgment");
    if (j.meta.id.isNull())
        j.meta.id = QUuid::createUuid();
    const QString refused = m_document->push(edit::saveJudgmentCommand(*m_document, j, dialog->restsOn(), text));
    m_message->setText(refused);
    if (refused.isEmpty())
        selectRow(m_model->rowOf(j.meta.id));
}

bool JudgmentPanel::deleteRow(int row)
{
    if (!m_document || row < 0 || row >= m_model->rowCount())
        return false;
    const Judgment j = m_model->judgmentAt(row);
    const QString refused = m_document->push(
        edit::deleteJudgmentCommand(*m_document, j.meta.id, tr("Delete judgment \"%1\"").arg(j.statement.left(40))));
    m_message->setText(refused);
    return refused.isEmpty();
}

} // namespace sightline::ui
