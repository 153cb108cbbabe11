#include "sightline/ui/basemapsourcedialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace sightline::ui {

BasemapSourceDialog::BasemapSourceDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_location(new QLineEdit(this)),
      m_attribution(new QLineEdit(this)), m_maxZoom(new QSpinBox(this)), m_rate(new QDoubleSpinBox(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add basemap source"));
    m_name->setObjectName(QStringLiteral("name"));
    m_location->setObjectName(QStringLiteral("location"));
    m_attribution->setObjectName(QStringLiteral("attribution"));
    m_location->setPlaceholderText(tr("https://tiles.example.org/{z}/{x}/{y}.png, or a file"));
    m_attribution->setPlaceholderText(tr("© OpenStreetMap contributors"));
    m_maxZoom->setRange(0, 24);
    m_maxZoom->setValue(19);
    m_rate->setRange(0.1, 50);
    m_rate->setValue(4);
    m_rate->setSuffix(tr(" a second"));
    auto *browse = new QPushButton(tr("File…"), this);
    auto *where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(browse);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a33;"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("URL or file"), where);
    form->addRow(tr("Attribution"), m_attribution);
    form->addRow(tr("Deepest zoom"), m_maxZoom);
    form->addRow(tr("Download rate"), m_rate);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Basemap file"), QString(),
            tr("Basemaps (*.mbtiles *.gpkg *.tif *.tiff *.osm *.pbf *.geojson *.shp *.kml);;All files (*)"));
        if (!file.isEmpty()) m_location->setText(file);
    });
    for (QLineEdit *e : {m_name, m_location, m_attribution})
        connect(e, &QLineEdit::textChanged, this, &BasemapSourceDialog::check);
    connect(m_location, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_name->isModified() || text.isEmpty()) return;
        m_name->setText(basemapSourceFromText(text, {}).name); // a name until the analyst gives one
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

BasemapSource BasemapSourceDialog::source() const
{
    BasemapSource s = basemapSourceFromText(m_location->text(), m_attribution->text());
    s.name = m_name->text().trimmed();
    s.maxZoom = m_maxZoom->value();
    s.requestsPerSecond = m_rate->value();
    return s;
}

void BasemapSourceDialog::check()
{
    const BasemapSource s = source();
    const bool service = s.isService();
    m_maxZoom->setEnabled(service);
    m_rate->setEnabled(service);
    const QString why =
        m_location->text().trimmed().isEmpty() ? tr("Give a URL or a file.") : basemapSourceProblem(s);
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace sightline::ui
