#include "sightline/ui/offlineareadialog.h"

#include "sightline/render/basemapsourcelayer.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

#include <algorithm>

namespace sightline::ui {

OfflineAreaDialog::OfflineAreaDialog(const BasemapSource &source, const GeoBounds &area, int currentZoom,
                                     const geo::TileServiceSettings &settings, QWidget *parent)
    : QDialog(parent), m_source(source), m_area(area), m_settings(settings), m_minZoom(new QSpinBox(this)),
      m_maxZoom(new QSpinBox(this)), m_count(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Make this area available offline"));
    m_minZoom->setRange(0, source.maxZoom);
    m_maxZoom->setRange(0, source.maxZoom);
    m_minZoom->setValue(std::clamp(currentZoom - 2, 0, source.maxZoom));
    m_maxZoom->setValue(std::clamp(currentZoom + 2, 0, source.maxZoom));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Service"), new QLabel(source.name.toHtmlEscaped(), this));
    form->addRow(tr("Area"), new QLabel(QStringLiteral("%1, %2 – %3, %4")
                                            .arg(area.minLat, 0, 'f', 4)
                                            .arg(area.minLon, 0, 'f', 4)
                                            .arg(area.maxLat, 0, 'f', 4)
                                            .arg(area.maxLon, 0, 'f', 4),
                                        this));
    form->addRow(tr("From zoom"), m_minZoom);
    form->addRow(tr("To zoom"), m_maxZoom);
    form->addRow(m_count);
    form->addRow(m_progress);
    form->addRow(m_buttons);
    QPushButton *go = m_buttons->addButton(tr("Download"), QDialogButtonBox::AcceptRole);
    connect(go, &QPushButton::clicked, this, &OfflineAreaDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OfflineAreaDialog::reject);
    connect(m_minZoom, &QSpinBox::valueChanged, this, &OfflineAreaDialog::updateCount);
    connect(m_maxZoom, &QSpinBox::valueChanged, this, &OfflineAreaDialog::updateCount);
    updateCount();
}

OfflineAreaDialog::~OfflineAreaDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void OfflineAreaDialog::updateCount()
{
    const qint64 n = geo::xyzTileCount(m_area, m_minZoom->value(), m_maxZoom->value());
    const bool tooMany = n > kMaxTiles;
    m_count->setText(
        tooMany ? tr("%1 tiles: more than the %2 a download may ask of a service. Choose fewer zoom levels "
                     "or a smaller area.")
                      .arg(n)
                      .arg(kMaxTiles)
                : tr("%1 tiles, at most %2 a second.").arg(n).arg(m_source.requestsPerSecond));
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!tooMany && n > 0 && m_minZoom->value() <= m_maxZoom->value() && !m_thread);
}

void OfflineAreaDialog::start()
{
    if (m_thread) return;
    m_cancel = false;
    m_failure.clear();
    m_minZoom->setEnabled(false);
    m_maxZoom->setEnabled(false);
    const int z0 = m_minZoom->value(), z1 = m_maxZoom->value();
    m_thread = QThread::create([this, z0, z1] {
        geo::CacheFillResult result;
        QString why;
        const bool ok = render::downloadServiceArea(
            m_source, m_settings, m_area, z0, z1, kMaxTiles,
            [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [this, done, total] {
                    m_progress->setRange(0, static_cast<int>(total));
                    m_progress->setValue(static_cast<int>(done));
                });
                return !m_cancel.load();
            },
            &result, &why);
        QMetaObject::invokeMethod(this, [this, ok, why, result] {
            m_done = result.done;
            m_failure = ok ? QString() : why;
            m_count->setText(!ok                ? why
                             : result.cancelled ? tr("Cancelled after %1 tiles.").arg(result.done)
                                                : tr("%1 tiles kept for offline use.").arg(result.done));
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            m_minZoom->setEnabled(true);
            m_maxZoom->setEnabled(true);
            m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
            emit downloadFinished(ok && !result.cancelled);
        });
    });
    m_thread->start();
    updateCount();
}

void OfflineAreaDialog::reject()
{
    if (m_thread) { // first press: stop the download, keep the dialog to say so
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

} // namespace sightline::ui
