#include "sightline/ui/sitedialog.h"

#include "sightline/present/sitewords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sightline::ui {

SiteDialog::SiteDialog(const Site &site, QWidget *parent)
    : QDialog(parent), m_site(site), m_name(new QLineEdit(site.name, this)), m_kind(new QComboBox(this)),
      m_aliases(new QLineEdit(site.aliases.join(QStringLiteral(", ")), this)), m_country(new QLineEdit(site.country, this)),
      m_lat(new QDoubleSpinBox(this)), m_lon(new QDoubleSpinBox(this)), m_locationNote(new QLineEdit(site.locationNote, this)),
      m_notes(new QPlainTextEdit(site.notes, this))
{
    setWindowTitle(site.meta.isNew() ? tr("New site") : tr("Edit site"));
    m_name->setObjectName(QStringLiteral("name"));
    for (const QString &key : allKeys<SiteKind>())
        m_kind->addItem(toLabel(*fromKey<SiteKind>(key)), key);
    m_kind->setCurrentIndex(m_kind->findData(toKey(site.kind)));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("ISO code, e.g. KP"));
    for (auto [box, range] : {std::pair{m_lat, 90.0}, std::pair{m_lon, 180.0}}) {
        box->setRange(-range, range);
        box->setDecimals(6);
    }
    m_lat->setValue(site.location.lat);
    m_lon->setValue(site.location.lon);
    m_locationNote->setPlaceholderText(tr("Where the position comes from, and how precise it is"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Aliases"), m_aliases);
    form->addRow(tr("Country"), m_country);
    form->addRow(tr("Latitude"), m_lat);
    form->addRow(tr("Longitude"), m_lon);
    form->addRow(tr("Position source"), m_locationNote);
    // How precise the position is, as the site's details and the brief will say it.
    auto *precision = new QLabel(this);
    precision->setObjectName(QStringLiteral("precision"));
    precision->setWordWrap(true);
    const auto showPrecision = [this, precision] {
        const QString words = present::locationPrecisionWords(this->site());
        precision->setText(words.left(1).toUpper() + words.mid(1));
    };
    showPrecision();
    connect(m_locationNote, &QLineEdit::textChanged, this, showPrecision);
    form->addRow(QString(), precision);
    form->addRow(tr("Notes"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Site SiteDialog::site() const
{
    Site s = m_site;
    s.name = m_name->text().trimmed();
    s.kind = fromKey<SiteKind>(m_kind->currentData().toString()).value_or(SiteKind::Other);
    s.aliases.clear();
    for (const QString &a : m_aliases->text().split(u',', Qt::SkipEmptyParts))
        s.aliases << a.trimmed();
    s.country = m_country->text().trimmed().toUpper();
    s.location = {m_lon->value(), m_lat->value()};
    s.locationNote = m_locationNote->text().trimmed();
    s.notes = m_notes->toPlainText();
    return s;
}

} // namespace sightline::ui
