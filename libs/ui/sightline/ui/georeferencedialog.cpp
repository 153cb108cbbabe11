#include "sightline/ui/georeferencedialog.h"

#include "sightline/edit/document.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/interop/importerror.h"
#include "sightline/render/transformcache.h"
#include "sightline/ui/gcptablemodel.h"
#include "sightline/ui/georefimageview.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/pantool.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sightline::ui {

namespace {

QWidget *framed(const QString &title, QWidget *inside)
{
    auto *box = new QGroupBox(title);
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(4, 4, 4, 4);
    l->addWidget(inside);
    return box;
}

// The points' numbers beside their rings on the map, on a layer over the canvas that lets
// every click through.
class MapNumbers : public QWidget
{
public:
    explicit MapNumbers(MapCanvas *canvas) : QWidget(canvas), m_canvas(canvas)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        auto *fill = new QGridLayout(canvas);
        fill->setContentsMargins(0, 0, 0, 0);
        fill->addWidget(this, 0, 0);
        connect(canvas, &MapCanvas::viewChanged, this, qOverload<>(&QWidget::update));
    }
    void setPoints(const QList<std::pair<int, GeoPoint>> &points)
    {
        m_points = points;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QFont font = p.font();
        font.setBold(true);
        for (const auto &[number, g] : m_points) {
            const QPointF c = m_canvas->widgetPixelOf(g); // this overlay covers the canvas exactly
            QPainterPath text;
            text.addText(c + QPointF(13, -12), font, QString::number(number));
            p.strokePath(text, QPen(Qt::white, 3));
            p.fillPath(text, QColor(0x20, 0x20, 0x20));
        }
    }

private:
    MapCanvas *m_canvas;
    QList<std::pair<int, GeoPoint>> m_points;
};

} // namespace

GeoreferenceDialog::GeoreferenceDialog(edit::Document &document, geo::Georeferencer georeferencer,
                                       const render::LayerList &layers, const render::MapSettings &view,
                                       QWidget *parent)
    : QDialog(parent), m_document(document), m_georeferencer(std::move(georeferencer)),
      m_model(new GcpTableModel(this)), m_image(new GeorefImageView), m_canvas(new MapCanvas), m_table(new QTableView),
      m_method(new QComboBox), m_rms(new QLabel), m_hint(new QLabel), m_remove(new QPushButton(tr("&Remove point"))),
      m_save(new QPushButton(tr("&Save as scene…")))
{
    setWindowTitle(tr("Georeference %1").arg(QFileInfo(m_georeferencer.imagePath()).fileName()));
    m_georeferencer.setCrs(QStringLiteral("EPSG:4326")); // the map gives lon/lat

    double scale = 1;
    m_image->setImage(m_georeferencer.preview(2048, &scale), scale);
    m_canvas->setLayers(layers);
    // The caller's settings count its device pixels; this map is on the same screen.
    m_canvas->setView(view.crs, view.center, view.mapUnitsPerPixel * m_canvas->devicePixelRatioF());
    m_canvas->setMinimumSize(240, 200);
    m_mapNumbers = new MapNumbers(m_canvas);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(GcpTableModel::Number, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5 +
                              m_table->horizontalHeader()->sizeHint().height() + 4);

    m_method->addItem(tr("Polynomial, order 1 (affine; 3 points or more)"),
                      static_cast<int>(geo::GeoreferenceMethod::Polynomial1));
    m_method->addItem(tr("Polynomial, order 2 (6 points or more)"), static_cast<int>(geo::GeoreferenceMethod::Polynomial2));
    m_method->addItem(tr("Thin-plate spline (3 points or more; passes through every point)"),
                      static_cast<int>(geo::GeoreferenceMethod::ThinPlateSpline));
    m_hint->setWordWrap(true);
    m_rms->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *views = new QSplitter(Qt::Horizontal);
    views->addWidget(framed(tr("Image: click to add a point"), m_image));
    views->addWidget(framed(tr("Map: click the same place"), m_canvas));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(views);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    views->setChildrenCollapsible(false);
    views->setSizes({1000, 1000}); // image and map share the width equally

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Method:")));
    controls->addWidget(m_method);
    controls->addSpacing(12);
    controls->addWidget(m_rms, 1);
    controls->addWidget(m_remove);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &GeoreferenceDialog::chooseFileAndSave);
    // The save button is the one that writes; Enter in the table must not.
    m_save->setAutoDefault(false);
    m_save->setDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    layout->addLayout(controls);
    layout->addWidget(buttons);

    connect(m_image, &GeorefImageView::clicked, this, &GeoreferenceDialog::addPointAt);
    connect(m_canvas->panTool(), &PanTool::clicked, this, &GeoreferenceDialog::placeOnMap);
    connect(m_model, &GcpTableModel::pointsChanged, this, &GeoreferenceDialog::refit);
    connect(m_method, &QComboBox::currentIndexChanged, this, &GeoreferenceDialog::refit);
    connect(m_remove, &QPushButton::clicked, this, &GeoreferenceDialog::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GeoreferenceDialog::refit);
    resize(1200, 800);
    refit();
}

QString GeoreferenceDialog::defaultOutputPath() const
{
    return QFileInfo(m_document.project().path())
        .absoluteDir()
        .filePath(QFileInfo(m_georeferencer.imagePath()).completeBaseName() + QStringLiteral(".georef.tif"));
}

int GeoreferenceDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void GeoreferenceDialog::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void GeoreferenceDialog::addPointAt(QPointF imagePixel)
{
    selectRow(m_model->addPoint(imagePixel));
}

void GeoreferenceDialog::placeOnMap(QPointF widgetPixel)
{
    const int row = selectedRow();
    const auto lonLat = m_canvas->lonLatAt(widgetPixel);
    if (row < 0 || !lonLat)
        return;
    m_model->setLonLat(row, QPointF(lonLat->lon, lonLat->lat));
}

void GeoreferenceDialog::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_model->removePoint(row);
    if (m_model->rowCount() > 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
}

void GeoreferenceDialog::refit()
{
    m_georeferencer.setMethod(static_cast<geo::GeoreferenceMethod>(m_method->currentData().toInt()));
    QList<int> rows;
    m_georeferencer.setPoints(m_model->completePoints(&rows));
    QString error;
    const auto fit = m_georeferencer.fit(&error);
    m_model->setResiduals(fit ? fit->residuals : QList<geo::GcpResidual>{});
    const QString prefix = m_georeferencer.imagePath() + QStringLiteral(": ");
    if (fit) {
        m_rms->setText(tr("RMS residual: <b>%1 px</b>, %2 m on the ground")
                           .arg(fit->rmsPixels, 0, 'f', 2)
                           .arg(fit->rmsMeters, 0, 'f', 1));
    } else {
        const QString why = error.startsWith(prefix) ? error.mid(prefix.size()) : error;
        m_rms->setText(m_model->rowCount() == 0 ? QString() : QStringLiteral("<span style='color:#a03010'>%1</span>")
                                                                   .arg(why.toHtmlEscaped()));
    }
    m_save->setEnabled(fit.has_value());
    const int selected = selectedRow();
    m_remove->setEnabled(selected >= 0);

    // What to do next.
    if (selected >= 0 && !m_model->points()[selected].lonLat)
        m_hint->setText(tr("Point %1: now click the same place on the map, or type its longitude and latitude in "
                           "the table.")
                            .arg(selected + 1));
    else if (!fit)
        m_hint->setText(tr("Click a place on the image you can also find on the map (a road junction, a building "
                           "corner), then click it on the map. Spread the points over the whole image."));
    else
        m_hint->setText(tr("Add more points to check the fit: a large residual is a point placed wrongly. Save when "
                           "the residuals are small."));

    // Markers on both sides; a line on the image to where the fit puts each point.
    QList<GeorefImageView::Marker> markers;
    QList<GeoPoint> onMap;
    QList<std::pair<int, GeoPoint>> numbers;
    const auto &points = m_model->points();
    for (const GcpTableModel::Point &p : points) {
        GeorefImageView::Marker m{p.pixel, p.lonLat.has_value(), std::nullopt};
        if (p.residual)
            m.fittedPixel = p.pixel + p.residual->pixelOffset;
        markers << m;
        if (p.lonLat) {
            onMap << GeoPoint{p.lonLat->x(), p.lonLat->y()};
            numbers.append({static_cast<int>(markers.size()), onMap.last()});
        }
    }
    static_cast<MapNumbers *>(m_mapNumbers)->setPoints(numbers);
    m_image->setMarkers(markers, selected);
    m_canvas->setHighlights(onMap);
}

void GeoreferenceDialog::chooseFileAndSave()
{
    const QString out = QFileDialog::getSaveFileName(this, tr("Save the georeferenced image"), defaultOutputPath(),
                                                     tr("GeoTIFF (*.tif *.tiff)"));
    if (out.isEmpty())
        return;
    // The file dialog asked before choosing a file that exists: replacing it is what was asked.
    QString error;
    if (!saveAs(out, &error, interop::ExistingOutput::Replace)) {
        QMessageBox::warning(this, tr("Cannot save the georeferenced image"), error);
        return;
    }
    accept();
}

bool GeoreferenceDialog::saveAs(const QString &outPath, QString *error, interop::ExistingOutput existing)
{
    refit();
    try {
        interop::georeferenceToScene(
            m_document.project(), m_georeferencer, outPath, existing, [this](const ImageryScene &scene) {
                auto *command = new edit::SaveRecordCommand<ImageryScene>(
                    m_document, scene, tr("Georeference %1").arg(QFileInfo(m_georeferencer.imagePath()).fileName()));
                if (const QString why = m_document.push(command); !why.isEmpty())
                    throw StoreError(StoreError::Kind::Invalid, m_document.project().path(), why);
                return *m_document.project().find<ImageryScene>(scene.meta.id);
            });
    } catch (const ImportError &e) {
        if (error)
            *error = e.message();
        return false;
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

} // namespace sightline::ui
