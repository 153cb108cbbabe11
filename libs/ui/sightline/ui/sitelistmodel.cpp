#include "sightline/ui/sitelistmodel.h"

#include "sightline/present/sitewords.h"

namespace sightline::ui {

SiteListModel::SiteListModel(QObject *parent) : QAbstractListModel(parent) {}

void SiteListModel::reload(const Project &project)
{
    beginResetModel();
    m_sites = project.all<Site>();
    std::sort(m_sites.begin(), m_sites.end(), [](const Site &a, const Site &b) { return a.name < b.name; });
    endResetModel();
}

void SiteListModel::clear()
{
    beginResetModel();
    m_sites.clear();
    endResetModel();
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sites.size());
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_sites.size())
        return {};
    const Site &s = m_sites[index.row()];
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1  (%2)").arg(s.name, toLabel(s.kind));
    if (role == Qt::ToolTipRole) {
        // How precise the point is on a line of its own, before the (often long) note.
        QString precision = present::locationPrecisionWords(s);
        precision[0] = precision[0].toUpper();
        return QStringLiteral("%1\n%2, %3 (%4 N, %5 E)\n%6\n%7")
            .arg(s.name, toLabel(s.kind), s.country)
            .arg(s.location.lat, 0, 'f', 4)
            .arg(s.location.lon, 0, 'f', 4)
            .arg(precision, s.locationNote);
    }
    return {};
}

} // namespace sightline::ui
