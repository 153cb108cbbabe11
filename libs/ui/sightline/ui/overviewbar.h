#pragma once

#include "sightline/geo/overviewbuilder.h"

#include <QUuid>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace sightline::ui {

// The status bar's overview work. First an offer, for scenes whose files have no overviews (they
// draw slowly when zoomed out): Build overviews, or Not now. Then, while they are built one
// after another on a thread of their own (never the render pool, never the GUI thread), a
// progress bar with Cancel. Hidden when there is nothing to offer or build. GUI thread.
class OverviewBar : public QWidget
{
    Q_OBJECT
public:
    struct Job
    {
        QUuid sceneId;
        QString file; // the file GDAL reads (for an embedded scene, its extracted copy)
        QString name; // for people
    };

    explicit OverviewBar(QWidget *parent = nullptr);
    ~OverviewBar() override; // cancels a running build and waits for it to clean up

    // Offers overviews for these scenes (once the running build is done, if one is).
    void offer(const QList<Job> &jobs);
    // Builds them now, after any queued.
    void start(const QList<Job> &jobs);
    // Stops the running build (its partial file is removed) and drops the queue.
    void cancel();
    // Drops the offer (another project was opened). A build already asked for goes on: its
    // overviews belong to the image file, whichever project shows it.
    void withdrawOffer();
    // Drops from the offer the scenes no longer in the project (an import undone).
    void keepOnly(const QSet<QUuid> &sceneIds);
    bool isBuilding() const { return m_thread != nullptr; }

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *buildButton() const { return m_build; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString text() const;

signals:
    void built(const QUuid &sceneId, const QString &file, int overviewCount);
    void failed(const QString &message);
    void cancelled();

private:
    void startNext();
    void finishOne(const geo::OverviewBuilder::Result &result);
    void showOffer();

    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_build;
    QPushButton *m_notNow;
    QPushButton *m_cancel;
    QList<Job> m_offered;
    QList<Job> m_queue;
    Job m_current;
    int m_total = 0; // jobs in this run, for "2 of 3"
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace sightline::ui
