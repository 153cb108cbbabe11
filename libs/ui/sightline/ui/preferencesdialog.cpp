#include "sightline/ui/preferencesdialog.h"

#include "sightline/core/marking.h"
#include "sightline/geo/crs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sightline::ui {

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent) : QDialog(parent), m_initial(current)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;
    m_analyst = new QLineEdit(current.analystName);
    m_analyst->setPlaceholderText(Preferences{}.author());
    m_analyst->setToolTip(tr("Written as the author of every record and custody entry you make."));
    form->addRow(tr("&Analyst's name:"), m_analyst);

    m_crs = new QLineEdit(current.defaultCrs);
    m_crs->setToolTip(tr("The map's CRS when a project opens: EPSG:3857, EPSG:4326, EPSG:32652, ..."));
    form->addRow(tr("Default &CRS:"), m_crs);
    m_crsName = new QLabel;
    m_crsName->setWordWrap(true);
    form->addRow(QString(), m_crsName);

    m_format = new QComboBox;
    m_format->addItem(tr("Decimal degrees (42.42170, 130.60260)"));
    m_format->addItem(tr("Degrees, minutes, seconds (42°25′18.1″N)"));
    m_format->addItem(tr("MGRS (52TGN 08553 96738)"));
    m_format->setCurrentIndex(static_cast<int>(current.coordinateFormat));
    form->addRow(tr("C&oordinates:"), m_format);

    m_units = new QComboBox;
    m_units->addItem(tr("Metric (m, km)"));
    m_units->addItem(tr("Imperial (ft, mi)"));
    m_units->setCurrentIndex(static_cast<int>(current.units));
    form->addRow(tr("&Units:"), m_units);

    m_tileCache = new QSpinBox;
    m_tileCache->setRange(Preferences::kMinTileCacheMegabytes, Preferences::kMaxTileCacheMegabytes);
    m_tileCache->setSuffix(tr(" MB"));
    m_tileCache->setValue(current.tileCacheMegabytes);
    form->addRow(tr("&Tile cache:"), m_tileCache);

    m_network = new QCheckBox(tr("Fetch basemap tiles from the &network"));
    m_network->setChecked(current.networkEnabled);
    form->addRow(QString(), m_network);

    m_language = new QComboBox;
    m_language->addItem(tr("The system's language"), QString());
    for (const QString &code : Preferences::languages())
        m_language->addItem(Preferences::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel;
    m_languageNote->setWordWrap(true);
    form->addRow(QString(), m_languageNote);

    m_marking = new QComboBox;
    m_marking->addItem(tr("None"), QString());
    for (const QString &text : allMarkingTexts())
        m_marking->addItem(text, text);
    m_marking->setCurrentIndex(std::max(0, m_marking->findData(current.defaultMarking)));
    form->addRow(tr("New projects' &marking:"), m_marking);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_crs, &QLineEdit::textChanged, this, &PreferencesDialog::update);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::update);
    update();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.analystName = m_analyst->text().trimmed();
    p.defaultCrs = m_crs->text().trimmed();
    p.coordinateFormat = static_cast<Preferences::CoordinateFormat>(m_format->currentIndex());
    p.units = static_cast<Preferences::Units>(m_units->currentIndex());
    p.tileCacheMegabytes = m_tileCache->value();
    p.networkEnabled = m_network->isChecked();
    p.language = m_language->currentData().toString();
    p.defaultMarking = m_marking->currentData().toString();
    return p;
}

bool PreferencesDialog::canAccept() const
{
    return m_ok->isEnabled();
}

void PreferencesDialog::update()
{
    QString why;
    const auto info = geo::crsInfo(m_crs->text().trimmed(), &why);
    m_crsName->setText(info ? info->name : why);
    m_ok->setEnabled(info.has_value());
    m_languageNote->setText(m_language->currentData().toString() != m_initial.language
                                ? tr("The language changes when Sightline starts again.")
                                : QString());
}

} // namespace sightline::ui
