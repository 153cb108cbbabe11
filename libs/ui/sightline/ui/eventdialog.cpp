#include "sightline/ui/eventdialog.h"

#include "sightline/core/timespan.h"
#include "sightline/present/recordwords.h"
#include "sightline/store/project.h"

#include <QDialogButtonBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
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

// "42.25, 130.3" (latitude, longitude in decimal degrees); nothing when it is not a point on the globe.
std::optional<GeoPoint> coordinatesFrom(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return std::nullopt;
    bool okLat = false, okLon = false;
    const double lat = parts[0].trimmed().toDouble(&okLat), lon = parts[1].trimmed().toDouble(&okLon);
    if (!okLat || !okLon || lat < -90 || lat > 90 || lon < -180 || lon > 180)
        return std::nullopt;
    return GeoPoint{lon, lat};
}

QString coordinatesText(const GeoPoint &p)
{
    return QStringLiteral("%1, %2").arg(p.lat, 0, 'f', 5).arg(p.lon, 0, 'f', 5);
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

EventDialog::EventDialog(const Project &project, const Event &event, QWidget *parent, const QList<RecordRef> &basis)
    : QDialog(parent), m_event(event), m_title(new QLineEdit(this)), m_time(new QLineEdit(this)),
      m_timeMessage(new QLabel(this)), m_sites(new QListWidget(this)), m_sources(new QListWidget(this)),
      m_place(new QComboBox(this)), m_coordinates(new QLineEdit(this)), m_locationMessage(new QLabel(this)),
      m_basis(new QListWidget(this)), m_notes(new QPlainTextEdit(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
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

    // Where: none, typed coordinates, or the point of a site.
    m_place->addItem(tr("No location"));
    m_place->addItem(tr("Typed coordinates"));
    for (const Site &s : project.all<Site>())
        m_place->addItem(tr("At %1").arg(s.name), QVariant::fromValue(GeoPoint(s.location)));
    m_coordinates->setPlaceholderText(tr("latitude, longitude: 42.25, 130.3"));
    m_locationMessage->setWordWrap(true);
    if (!event.location.isEmpty()) {
        const GeoPoint at = event.location.firstPoint();
        m_coordinates->setText(coordinatesText(at));
        int chosen = 1;
        for (int i = 2; i < m_place->count(); ++i)
            if (const GeoPoint p = m_place->itemData(i).value<GeoPoint>(); p.lat == at.lat && p.lon == at.lon)
                chosen = i;
        m_place->setCurrentIndex(chosen);
    }
    m_coordinates->setEnabled(m_place->currentIndex() == 1);
    connect(m_place, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 2)
            m_coordinates->setText(coordinatesText(m_place->itemData(i).value<GeoPoint>()));
        else if (i == 0)
            m_coordinates->clear();
        m_coordinates->setEnabled(i == 1);
        check();
    });
    connect(m_coordinates, &QLineEdit::textChanged, this, &EventDialog::check);

    // What it rests on: the project's claims (their quotes) and observations, checked as linked.
    for (const Claim &c : project.all<Claim>()) {
        QString quote = c.quote.simplified();
        if (quote.size() > 90)
            quote = quote.left(89) + QChar(0x2026);
        auto *item = new QListWidgetItem(tr("Claim: “%1”").arg(quote), m_basis);
        item->setData(Qt::UserRole, QVariant::fromValue(RecordRef{RecordType::Claim, c.meta.id}));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(basis.contains(RecordRef{RecordType::Claim, c.meta.id}) ? Qt::Checked : Qt::Unchecked);
    }
    for (const Observation &o : project.all<Observation>()) {
        auto *item = new QListWidgetItem(tr("Observation: %1 %2, %3")
                                             .arg(o.count.value ? QString::number(*o.count.value) : QStringLiteral("?"),
                                                  o.objectKind, o.time.toDisplayString()),
                                         m_basis);
        item->setData(Qt::UserRole, QVariant::fromValue(RecordRef{RecordType::Observation, o.meta.id}));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(basis.contains(RecordRef{RecordType::Observation, o.meta.id}) ? Qt::Checked : Qt::Unchecked);
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(QString(), m_timeMessage);
    form->addRow(tr("&Sites:"), m_sites);
    form->addRow(tr("S&ources:"), m_sources);
    auto *where = new QHBoxLayout;
    where->addWidget(m_place);
    where->addWidget(m_coordinates, 1);
    form->addRow(tr("&Location:"), where);
    form->addRow(QString(), m_locationMessage);
    form->addRow(tr("&Rests on:"), m_basis);
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
    const bool placeOk = m_place->currentIndex() != 1 || coordinatesFrom(m_coordinates->text()).has_value();
    m_locationMessage->setText(placeOk ? QString()
                                       : tr("\"%1\" is not a point: latitude (−90 to 90) and longitude (−180 to 180) in "
                                            "decimal degrees, separated by a comma (42.25, 130.3)")
                                             .arg(m_coordinates->text()));
    m_locationMessage->setStyleSheet(placeOk ? QString() : QStringLiteral("color: #b00000;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(timeOk && placeOk && !m_title->text().trimmed().isEmpty());
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.title = m_title->text().trimmed();
    e.time = TimeSpan::parse(m_time->text()).value_or(m_event.time);
    e.siteIds = checkedIds(m_sites);
    e.sourceIds = checkedIds(m_sources);
    e.notes = m_notes->toPlainText();
    const auto at = m_place->currentIndex() == 0 ? std::nullopt : coordinatesFrom(m_coordinates->text());
    e.location = at ? Geometry::point(*at) : Geometry();
    return e;
}

QList<RecordRef> EventDialog::basis() const
{
    QList<RecordRef> out;
    for (int i = 0; i < m_basis->count(); ++i)
        if (m_basis->item(i)->checkState() == Qt::Checked)
            out << m_basis->item(i)->data(Qt::UserRole).value<RecordRef>();
    return out;
}

} // namespace sightline::ui
