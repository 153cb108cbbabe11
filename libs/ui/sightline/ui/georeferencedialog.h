#pragma once

#include "sightline/geo/georeferencer.h"
#include "sightline/interop/georeferencescene.h"
#include "sightline/render/mapsettings.h"
#include "sightline/render/renderjob.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sightline::edit {
class Document;
}

namespace sightline::ui {

class GcpTableModel;
class GeorefImageView;
class MapCanvas;

// Georeferences an image without georeferencing: a click on the image adds a ground control
// point, a click on the map (or typed lon/lat) says where it is; the residuals and their RMS
// follow every change. Save as scene writes the warped GeoTIFF and adds it to the project as
// one undoable command. GUI thread only.
class GeoreferenceDialog : public QDialog
{
    Q_OBJECT
public:
    // georeferencer: the image, opened. layers and view: what the map side shows, and where.
    GeoreferenceDialog(edit::Document &document, geo::Georeferencer georeferencer, const render::LayerList &layers,
                       const render::MapSettings &view, QWidget *parent = nullptr);

    GcpTableModel *points() const { return m_model; }
    GeorefImageView *imageView() const { return m_image; }
    MapCanvas *mapCanvas() const { return m_canvas; }
    QComboBox *methodBox() const { return m_method; }
    QLabel *rmsLabel() const { return m_rms; }
    QPushButton *saveButton() const { return m_save; }
    // Where Save as scene suggests writing: IMAGE.georef.tif in the project's folder.
    QString defaultOutputPath() const;

    // Writes the GeoTIFF to outPath and adds it as a scene (undoable), through the one routine
    // the command line uses too (interop::georeferenceToScene). False, with the reason in *error,
    // when the fit fails, GDAL cannot write, the project refuses, outPath is a scene's file, or it
    // exists and existing is Refuse; nothing is left behind. Save as scene passes Replace only for
    // a file the save dialog asked about.
    bool saveAs(const QString &outPath, QString *error = nullptr,
                interop::ExistingOutput existing = interop::ExistingOutput::Refuse);

private:
    void addPointAt(QPointF imagePixel);
    void placeOnMap(QPointF widgetPixel);
    void removeSelected();
    void refit();
    void chooseFileAndSave();
    int selectedRow() const;
    void selectRow(int row);

    edit::Document &m_document;
    geo::Georeferencer m_georeferencer;
    GcpTableModel *m_model;
    GeorefImageView *m_image;
    MapCanvas *m_canvas;
    QWidget *m_mapNumbers;
    QTableView *m_table;
    QComboBox *m_method;
    QLabel *m_rms;
    QLabel *m_hint;
    QPushButton *m_remove;
    QPushButton *m_save;
};

} // namespace sightline::ui
