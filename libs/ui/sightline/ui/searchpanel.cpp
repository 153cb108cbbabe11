#include "sightline/ui/searchpanel.h"

#include "sightline/edit/document.h"
#include "sightline/ui/documentfollower.h"
#include "sightline/present/recordwords.h"
#include "sightline/ui/selectionmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sightline::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kTypeRole = Qt::UserRole + 2;
constexpr int kLimit = 100;
} // namespace

SearchPanel::SearchPanel(SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_follower(new DocumentFollower(this, [this] { refresh(); })),
      m_field(new QLineEdit(this)), m_results(new QTreeWidget(this)), m_message(new QLabel(this))
{
    m_field->setPlaceholderText(tr("Search sources, claims, sites, events, captures"));
    m_field->setClearButtonEnabled(true);
    m_results->setColumnCount(ColumnCount);
    m_results->setHeaderLabels({tr("Kind"), tr("Title"), tr("Match")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_message);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { search(m_field->text()); });
    connect(m_results, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { choose(m_results->indexOfTopLevelItem(item)); });
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { choose(m_results->indexOfTopLevelItem(item)); });
}

void SearchPanel::setDocument(edit::Document *document)
{
    m_searched.clear();
    m_results->clear();
    m_message->clear();
    m_follower->setDocument(document);
}

const Project *SearchPanel::project() const
{
    return m_follower->document() ? &m_follower->document()->project() : nullptr;
}

void SearchPanel::search(const QString &text)
{
    if (m_field->text() != text)
        m_field->setText(text);
    m_results->clear();
    m_message->clear();
    m_searched = text;
    if (!project() || text.trimmed().isEmpty())
        return;
    QList<SearchHit> hits;
    try {
        hits = project()->search(text, kLimit);
    } catch (const std::exception &e) { // an unbalanced quote, say
        m_message->setText(tr("Cannot search for this: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    for (const SearchHit &hit : hits) {
        QString title = present::recordTitle(*project(), hit.record);
        // A capture's file name says little; its source says where the text is from.
        if (hit.record.type == RecordType::Capture)
            if (const auto capture = project()->find<Capture>(hit.record.id))
                title = tr("%1 (captured text)").arg(present::recordTitle(*project(), {RecordType::Source, capture->sourceId}));
        auto *item = new QTreeWidgetItem(m_results, {present::recordKindLabel(hit.record.type), title, hit.snippet});
        item->setToolTip(TitleColumn, title);
        item->setToolTip(SnippetColumn, hit.snippet);
        item->setData(0, kIdRole, hit.record.id);
        item->setData(0, kTypeRole, int(hit.record.type));
    }
    m_message->setText(hits.isEmpty() ? tr("Nothing found.")
                                      : hits.size() >= kLimit ? tr("The first %1 hits.").arg(kLimit) : QString());
    m_results->resizeColumnToContents(KindColumn);
    m_results->setColumnWidth(TitleColumn, 260);
}

void SearchPanel::refresh()
{
    if (!m_searched.trimmed().isEmpty())
        search(m_searched);
}

int SearchPanel::resultCount() const { return m_results->topLevelItemCount(); }

RecordRef SearchPanel::resultAt(int row) const
{
    const QTreeWidgetItem *item = m_results->topLevelItem(row);
    if (!item)
        return {};
    return {static_cast<RecordType>(item->data(0, kTypeRole).toInt()), item->data(0, kIdRole).toUuid()};
}

void SearchPanel::choose(int row)
{
    RecordRef record = resultAt(row);
    if (record.id.isNull() || !project())
        return;
    m_results->setCurrentItem(m_results->topLevelItem(row));
    // A capture is shown through its source: the sources panel chooses it.
    if (record.type == RecordType::Capture)
        if (const auto capture = project()->find<Capture>(record.id))
            record = {RecordType::Source, capture->sourceId};
    m_selection->select({record});
}

} // namespace sightline::ui
