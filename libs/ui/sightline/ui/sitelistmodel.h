#pragma once

#include "sightline/store/project.h"

#include <QAbstractListModel>

namespace sightline::ui {

// Sites of a project by name, with kind and position as a tooltip. GUI thread only.
class SiteListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit SiteListModel(QObject *parent = nullptr);
    void reload(const Project &project);
    void clear();
    const Site *siteAt(int row) const { return row >= 0 && row < m_sites.size() ? &m_sites[row] : nullptr; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<Site> m_sites;
};

} // namespace sightline::ui
