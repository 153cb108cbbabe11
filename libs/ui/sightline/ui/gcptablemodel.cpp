#include "sightline/ui/gcptablemodel.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace sightline::ui {

GcpTableModel::GcpTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int GcpTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int GcpTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GcpTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size())
        return {};
    const Point &p = m_points[index.row()];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() >= Lon && index.column() <= Lat && !p.lonLat)
        return QBrush(QColor(0xb0, 0x40, 0x20));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    auto number = [&](double v, int decimals) -> QVariant {
        return edit ? QVariant(v) : QVariant(QString::number(v, 'f', decimals));
    };
    switch (index.column()) {
    case Number: return index.row() + 1;
    case ImageX: return number(p.pixel.x(), 1);
    case ImageY: return number(p.pixel.y(), 1);
    case Lon:
        return p.lonLat ? number(p.lonLat->x(), 6) : (edit ? QVariant() : QVariant(tr("pick on the map")));
    case Lat: return p.lonLat ? number(p.lonLat->y(), 6) : QVariant();
    case ResidualPixels: return p.residual && !edit ? QVariant(QString::number(p.residual->pixels, 'f', 2)) : QVariant();
    case ResidualMeters: return p.residual && !edit ? QVariant(QString::number(p.residual->meters, 'f', 1)) : QVariant();
    }
    return {};
}

bool GcpTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_points.size())
        return false;
    bool ok = false;
    const double v = value.toString().trimmed().replace(u',', u'.').toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    Point &p = m_points[index.row()];
    switch (index.column()) {
    case ImageX: p.pixel.setX(v); break;
    case ImageY: p.pixel.setY(v); break;
    case Lon:
        if (v < -180 || v > 180)
            return false;
        p.lonLat = QPointF(v, p.lonLat ? p.lonLat->y() : 0.0);
        break;
    case Lat:
        if (v < -90 || v > 90)
            return false;
        p.lonLat = QPointF(p.lonLat ? p.lonLat->x() : 0.0, v);
        break;
    default: return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit pointsChanged();
    return true;
}

QVariant GcpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("#");
    case ImageX: return tr("Image x");
    case ImageY: return tr("Image y");
    case Lon: return tr("Longitude");
    case Lat: return tr("Latitude");
    case ResidualPixels: return tr("Residual (px)");
    case ResidualMeters: return tr("Residual (m)");
    }
    return {};
}

Qt::ItemFlags GcpTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() >= ImageX && index.column() <= Lat)
        f |= Qt::ItemIsEditable;
    return f;
}

int GcpTableModel::addPoint(QPointF pixel)
{
    const int row = static_cast<int>(m_points.size());
    beginInsertRows({}, row, row);
    m_points << Point{pixel, std::nullopt, std::nullopt};
    endInsertRows();
    emit pointsChanged();
    return row;
}

void GcpTableModel::setLonLat(int row, QPointF lonLat)
{
    if (row < 0 || row >= m_points.size())
        return;
    m_points[row].lonLat = lonLat;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit pointsChanged();
}

void GcpTableModel::removePoint(int row)
{
    if (row < 0 || row >= m_points.size())
        return;
    beginRemoveRows({}, row, row);
    m_points.removeAt(row);
    endRemoveRows();
    if (row < m_points.size()) // the numbers after it change
        emit dataChanged(index(row, Number), index(static_cast<int>(m_points.size()) - 1, Number));
    emit pointsChanged();
}

QList<geo::GroundControlPoint> GcpTableModel::completePoints(QList<int> *rows) const
{
    QList<geo::GroundControlPoint> out;
    for (int i = 0; i < m_points.size(); ++i)
        if (m_points[i].lonLat) {
            out << geo::GroundControlPoint{m_points[i].pixel, *m_points[i].lonLat};
            if (rows)
                *rows << i;
        }
    return out;
}

void GcpTableModel::setResiduals(const QList<geo::GcpResidual> &residuals)
{
    QList<int> rows;
    completePoints(&rows);
    for (Point &p : m_points)
        p.residual.reset();
    for (qsizetype i = 0; i < rows.size() && i < residuals.size(); ++i)
        m_points[rows[i]].residual = residuals[i];
    if (!m_points.isEmpty())
        emit dataChanged(index(0, ResidualPixels), index(static_cast<int>(m_points.size()) - 1, ResidualMeters));
}

} // namespace sightline::ui
