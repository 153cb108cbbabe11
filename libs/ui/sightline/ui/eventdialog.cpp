#include "sightline/ui/eventdialog.h"

#include "sightline/core/timespan.h"
#include "sightline/present/recordwords.h"
#include "sightline/store/project.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sightline::ui {
namespace {

void fill(QListWidget *list, const QList<std::pair<QUuid, QString>> &rows, const QList<QUuid> &checked)
{
    for (const auto &[id, name] : rows) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<QUuid> checkedIds(const QListWidget *list)
{
    QList<QUuid> out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toUuid();
    return out;
}

} // namespace

EventDialog::EventDialog(const Project &project, const Event &event, QWidget *parent)
    : QDialog(parent), m_event(event), m_title(new QLineEdit(this)), m_time(new QLineEdit(this)),
      m_timeMessage(new QLabel(this)), m_sites(new QListWidget(this)), m_sources(new QListWidget(this)),
      m_notes(new QPlainTextEdit(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(event.meta.id.isNull() ? tr("New event") : tr("Edit event"));
    m_title->setText(event.title);
    m_time->setText(event.time.toText());
    m_time->setPlaceholderText(tr("2023-09-13, 2023-09, 2023-09-07/2023-10-01, ../2024-12-23"));
    m_timeMessage->setWordWrap(true);
    QList<std::pair<QUuid, QString>> sites, sources;
    for (const Site &s : project.all<Site>())
        sites.append({s.meta.id, s.name});
    for (const Source &s : project.all<Source>())
        sources.append({s.meta.id, present::sourceTitle(s)});
    fill(m_sites, sites, event.siteIds);
    fill(m_sources, sources, event.sourceIds);
    m_notes->setPlainText(event.notes);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(QString(), m_timeMessage);
    form->addRow(tr("&Sites:"), m_sites);
    form->addRow(tr("S&ources:"), m_sources);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::check);
    connect(m_time, &QLineEdit::textChanged, this, &EventDialog::check);
    check();
}

void EventDialog::check()
{
    QString why;
    const bool timeOk = TimeSpan::parse(m_time->text(), &why).has_value();
    m_timeMessage->setText(timeOk ? QString() : why + QStringLiteral("; ") + TimeWindow::acceptedForms() +
                                                    tr(", a range 2023-09-07/2023-10-01, ../2024-12-23 (no later than) or "
                                                       "2024-03/.. (since)"));
    m_timeMessage->setStyleSheet(timeOk ? QString() : QStringLiteral("color: #b00000;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(timeOk && !m_title->text().trimmed().isEmpty());
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.title = m_title->text().trimmed();
    e.time = TimeSpan::parse(m_time->text()).value_or(m_event.time);
    e.siteIds = checkedIds(m_sites);
    e.sourceIds = checkedIds(m_sources);
    e.notes = m_notes->toPlainText();
    return e;
}

} // namespace sightline::ui
