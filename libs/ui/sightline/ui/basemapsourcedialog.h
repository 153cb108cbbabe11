#pragma once

#include "sightline/store/basemapsources.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sightline::ui {

// Adds a basemap source: a name, an XYZ template, WMTS or WMS URL or a file (tile package,
// raster, OSM extract, vector file), its attribution (required for a service, as its terms
// ask), and a service's deepest zoom and request rate. OK stays off, with the reason shown,
// while the source would be refused (basemapSourceProblem: only http and https URLs, no other
// scheme). GUI thread only.
class BasemapSourceDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit BasemapSourceDialog(QWidget *parent = nullptr);
    BasemapSource source() const;

  private:
    void check();

    QLineEdit *m_name;
    QLineEdit *m_location;
    QLineEdit *m_attribution;
    QSpinBox *m_maxZoom;
    QDoubleSpinBox *m_rate;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sightline::ui
