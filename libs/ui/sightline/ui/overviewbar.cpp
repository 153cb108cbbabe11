#include "sightline/ui/overviewbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>

#include <algorithm>

namespace sightline::ui {

OverviewBar::OverviewBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_build(new QPushButton(tr("Build overviews"), this)), m_notNow(new QPushButton(tr("Not now"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setMinimumWidth(1); // cut before the map's readout beside it is
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_build);
    layout->addWidget(m_notNow);
    layout->addWidget(m_cancel);
    m_progress->setRange(0, 1000);
    m_progress->setFixedWidth(180);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p %"));
    connect(m_build, &QPushButton::clicked, this, [this] {
        const QList<Job> jobs = std::exchange(m_offered, {});
        start(jobs);
    });
    connect(m_notNow, &QPushButton::clicked, this, [this] {
        m_offered.clear();
        hide();
    });
    connect(m_cancel, &QPushButton::clicked, this, &OverviewBar::cancel);
    hide();
}

OverviewBar::~OverviewBar()
{
    m_queue.clear();
    if (m_thread) {
        m_stop->store(true);
        m_thread->wait();
    }
}

QString OverviewBar::text() const
{
    return m_label->text();
}

void OverviewBar::offer(const QList<Job> &jobs)
{
    if (jobs.isEmpty())
        return;
    m_offered << jobs;
    if (!m_thread)
        showOffer(); // else once the running build is done

}

void OverviewBar::keepOnly(const QSet<QUuid> &sceneIds)
{
    const auto before = m_offered.size();
    m_offered.removeIf([&](const Job &o) { return !sceneIds.contains(o.sceneId); });
    if (m_offered.size() == before || m_thread)
        return;
    if (m_offered.isEmpty())
        withdrawOffer();
    else
        showOffer();
}

void OverviewBar::showOffer()
{
    m_label->setText(m_offered.size() == 1
                         ? tr("%1 has no overviews: it draws slowly when zoomed out").arg(m_offered.first().name)
                         : tr("%n image(s) have no overviews: they draw slowly when zoomed out", nullptr,
                              static_cast<int>(m_offered.size())));
    m_progress->hide();
    m_cancel->hide();
    m_build->show();
    m_notNow->show();
    show();
}

void OverviewBar::start(const QList<Job> &jobs)
{
    // What is being built is no longer on offer.
    m_offered.removeIf([&](const Job &o) {
        return std::any_of(jobs.begin(), jobs.end(), [&](const Job &j) { return j.file == o.file; });
    });
    m_queue << jobs;
    m_total += static_cast<int>(jobs.size());
    if (!m_thread)
        startNext();
}

void OverviewBar::withdrawOffer()
{
    m_offered.clear();
    if (!m_thread)
        hide();
}

void OverviewBar::cancel()
{
    m_queue.clear();
    if (m_thread)
        m_stop->store(true); // the build stops at its next progress step and removes its file;
                             // one that had already finished is undone in finishOne
}

void OverviewBar::startNext()
{
    if (m_queue.isEmpty()) {
        m_total = 0;
        if (m_offered.isEmpty())
            hide();
        else
            showOffer();
        return;
    }
    m_current = m_queue.takeFirst();
    const int index = m_total - static_cast<int>(m_queue.size());
    m_label->setText(m_total > 1 ? tr("Building overviews of %1 (%2 of %3)").arg(m_current.name).arg(index).arg(m_total)
                                 : tr("Building overviews of %1").arg(m_current.name));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_build->hide();
    m_notNow->hide();
    show();

    m_stop = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<geo::OverviewBuilder::Result>();
    m_thread = QThread::create([file = m_current.file, stop = m_stop, result, bar = m_progress] {
        int lastShown = -1;
        *result = geo::OverviewBuilder::build(file, [&](double fraction) {
            // Only whole steps of the bar reach the GUI thread: GDAL reports far more often.
            const int value = static_cast<int>(fraction * 1000);
            if (value != lastShown) {
                lastShown = value;
                QMetaObject::invokeMethod(bar, [bar, value] { bar->setValue(value); }, Qt::QueuedConnection);
            }
            return !stop->load();
        });
    });
    m_thread->setObjectName(QStringLiteral("overviews"));
    m_thread->setParent(this); // deleted with the bar, after the destructor has waited for it
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finishOne(*result);
    });
    m_thread->start(QThread::LowPriority);
}

void OverviewBar::finishOne(const geo::OverviewBuilder::Result &outcome)
{
    geo::OverviewBuilder::Result result = outcome;
    // Cancel may have been pressed after the build's last look at the flag, while its result was
    // on the way here. The worker has stopped now, so its .ovr can go safely: cancelled means no
    // .ovr, whenever the press came.
    if (m_stop->load() && result.ok && result.written) {
        geo::OverviewBuilder::discard(m_current.file);
        result = {};
        result.cancelled = true;
    }
    if (result.cancelled) {
        m_queue.clear();
        m_total = 0;
        emit cancelled();
    } else if (!result.ok) {
        emit failed(result.error);
    } else {
        m_progress->setValue(1000);
        emit built(m_current.sceneId, m_current.file, result.overviewCount);
    }
    startNext();
}

} // namespace sightline::ui
