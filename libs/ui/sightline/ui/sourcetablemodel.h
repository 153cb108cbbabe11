#pragma once

#include "sightline/store/project.h"

#include <QAbstractTableModel>

namespace sightline::ui {

// The project's sources as a table: title, reliability (letter and meaning in the words of the
// project's grading scheme), publisher, kind, captures and claims counted, published date.
// SortRole gives each column a value that sorts naturally (reliability A before F, dates as
// dates). A snapshot, refreshed by reload().
// GUI thread only.
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ReliabilityColumn, PublisherColumn, KindColumn, CapturesColumn, ClaimsColumn,
                  PublishedColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SourceTableModel(QObject *parent = nullptr);
    void reload(const Project &project);
    void clear();
    const Source *sourceAt(int row) const { return row >= 0 && row < m_sources.size() ? &m_sources[row] : nullptr; }
    int rowOf(const QUuid &id) const;
    int captureCount(const QUuid &sourceId) const { return m_captures.value(sourceId); }
    int claimCount(const QUuid &sourceId) const { return m_claims.value(sourceId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Source> m_sources;
    QHash<QUuid, int> m_captures;
    QHash<QUuid, int> m_claims;
    QHash<QUuid, QList<SourceGradeChange>> m_history; // each source's grades, oldest first
    const GradingScheme *m_scheme = &GradingScheme::admiralty(); // the project's, for the labels
};

} // namespace sightline::ui
