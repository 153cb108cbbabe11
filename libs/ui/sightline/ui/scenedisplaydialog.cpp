#include "sightline/ui/scenedisplaydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace sightline::ui {

namespace {
QDoubleSpinBox *spin(QWidget *parent, double lo, double hi, double step, int decimals)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setRange(lo, hi);
    b->setSingleStep(step);
    b->setDecimals(decimals);
    return b;
}

QWidget *row(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    for (QWidget *x : widgets)
        l->addWidget(x);
    return w;
}
} // namespace

SceneDisplayDialog::SceneDisplayDialog(const ImageryScene &scene, QWidget *parent)
    : QDialog(parent), m_bandCount(std::max(1, scene.bandCount)), m_stretch(new QComboBox(this)),
      m_percentLow(spin(this, 0, 100, 0.5, 1)), m_percentHigh(spin(this, 0, 100, 0.5, 1)),
      m_gamma(spin(this, 0.1, 10, 0.05, 2)), m_brightness(spin(this, -1, 1, 0.02, 2)),
      m_contrast(spin(this, 0, 4, 0.05, 2)), m_opacity(spin(this, 0, 1, 0.05, 2)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Display of %1").arg(QFileInfo(scene.filePath).fileName()));
    for (size_t c = 0; c < 3; ++c) {
        m_bands[c] = new QSpinBox(this);
        m_bands[c]->setRange(0, m_bandCount);
        m_bands[c]->setSpecialValueText(tr("from the file"));
        m_minimum[c] = spin(this, -1e9, 1e9, 1, 2);
        m_maximum[c] = spin(this, -1e9, 1e9, 1, 2);
    }
    m_stretch->addItem(tr("Automatic (8-bit as it is, others 2–98 %)"), toKey(SceneDisplay::Stretch::Auto));
    m_stretch->addItem(tr("None (the pixel type's range)"), toKey(SceneDisplay::Stretch::None));
    m_stretch->addItem(tr("Darkest to brightest value"), toKey(SceneDisplay::Stretch::MinMax));
    m_stretch->addItem(tr("Percentiles"), toKey(SceneDisplay::Stretch::Percentile));
    m_stretch->addItem(tr("Fixed values"), toKey(SceneDisplay::Stretch::Manual));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Bands (red, green, blue)"), row(this, {m_bands[0], m_bands[1], m_bands[2]}));
    form->addRow(tr("Stretch"), m_stretch);
    form->addRow(tr("Percentiles (low, high)"), row(this, {m_percentLow, m_percentHigh}));
    form->addRow(tr("Lowest values (red, green, blue)"), row(this, {m_minimum[0], m_minimum[1], m_minimum[2]}));
    form->addRow(tr("Highest values (red, green, blue)"), row(this, {m_maximum[0], m_maximum[1], m_maximum[2]}));
    form->addRow(tr("Gamma"), m_gamma);
    form->addRow(tr("Brightness"), m_brightness);
    form->addRow(tr("Contrast"), m_contrast);
    form->addRow(tr("Opacity"), m_opacity);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                         this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QStringList problems = display().problems();
        m_problem->setText(problems.join(QStringLiteral("; ")));
        if (problems.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setDisplay(SceneDisplay()); });
    connect(m_stretch, &QComboBox::currentIndexChanged, this, &SceneDisplayDialog::updateEnabled);
    setDisplay(scene.display);
}

void SceneDisplayDialog::setDisplay(const SceneDisplay &d)
{
    for (size_t c = 0; c < 3; ++c) {
        m_bands[c]->setValue(std::clamp(d.bands[c], 0, m_bandCount));
        m_minimum[c]->setValue(d.minimum[c]);
        m_maximum[c]->setValue(d.maximum[c]);
    }
    m_stretch->setCurrentIndex(m_stretch->findData(toKey(d.stretch)));
    m_percentLow->setValue(d.percentLow);
    m_percentHigh->setValue(d.percentHigh);
    m_gamma->setValue(d.gamma);
    m_brightness->setValue(d.brightness);
    m_contrast->setValue(d.contrast);
    m_opacity->setValue(d.opacity);
    updateEnabled();
}

void SceneDisplayDialog::updateEnabled()
{
    const auto stretch = stretchFromKey(m_stretch->currentData().toString());
    m_percentLow->setEnabled(stretch == SceneDisplay::Stretch::Percentile);
    m_percentHigh->setEnabled(stretch == SceneDisplay::Stretch::Percentile);
    for (size_t c = 0; c < 3; ++c) {
        m_minimum[c]->setEnabled(stretch == SceneDisplay::Stretch::Manual);
        m_maximum[c]->setEnabled(stretch == SceneDisplay::Stretch::Manual);
    }
}

SceneDisplay SceneDisplayDialog::display() const
{
    SceneDisplay d;
    for (size_t c = 0; c < 3; ++c) {
        d.bands[c] = m_bands[c]->value();
        d.minimum[c] = m_minimum[c]->value();
        d.maximum[c] = m_maximum[c]->value();
    }
    // One band chosen and the others left to the file: that band in grey.
    if (d.bands[0] > 0 && d.bands[1] == 0 && d.bands[2] == 0)
        d.bands = {d.bands[0], d.bands[0], d.bands[0]};
    d.stretch = stretchFromKey(m_stretch->currentData().toString()).value_or(SceneDisplay::Stretch::Auto);
    d.percentLow = m_percentLow->value();
    d.percentHigh = m_percentHigh->value();
    d.gamma = m_gamma->value();
    d.brightness = m_brightness->value();
    d.contrast = m_contrast->value();
    d.opacity = m_opacity->value();
    return d;
}

} // namespace sightline::ui
