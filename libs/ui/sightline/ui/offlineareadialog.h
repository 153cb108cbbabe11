#pragma once

#include "sightline/core/geometry.h"
#include "sightline/geo/tileservice.h"
#include "sightline/store/basemapsources.h"

#include <QDialog>

#include <atomic>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QThread;

namespace sightline::ui {

// "Make this area available offline": the tiles of a tile service (XYZ, WMS or WMTS) over an area
// (the map's view) and a zoom range, fetched into the disk cache on a thread of its own with
// progress and cancel (render::downloadServiceArea), within the service's limits (its deepest
// zoom, its request rate, at most kMaxTiles a download, a user agent naming Sightline). The count
// shown before downloading is of Web Mercator tiles, which a WMTS service in another tile matrix
// set may not match: the download itself refuses beyond kMaxTiles with its own count. GUI thread
// only.
class OfflineAreaDialog : public QDialog
{
    Q_OBJECT
  public:
    static constexpr qint64 kMaxTiles = 20000;
    OfflineAreaDialog(const BasemapSource &source, const GeoBounds &area, int currentZoom,
                      const geo::TileServiceSettings &settings, QWidget *parent = nullptr);
    ~OfflineAreaDialog() override;
    // What the last download ended with (empty while none ran, or it went well).
    const QString &failure() const { return m_failure; }
    qint64 tilesDone() const { return m_done; }

    void start();
    void reject() override; // cancels a running download first

  signals:
    void downloadFinished(bool ok);

  private:
    void updateCount();

    BasemapSource m_source;
    GeoBounds m_area;
    geo::TileServiceSettings m_settings;
    QSpinBox *m_minZoom;
    QSpinBox *m_maxZoom;
    QLabel *m_count;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    QString m_failure;
    qint64 m_done = 0;
};

} // namespace sightline::ui
