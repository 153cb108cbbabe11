#pragma once

#include "sightline/core/judgment.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sightline {
class Project;
}

namespace sightline::ui {

// The judgments of a project, one row each: statement, likelihood (words and band), confidence,
// period, what it rests on (counted, with the grades of its claims) and whether it needs review.
// Filled from the project by reload(). GUI thread only.
class JudgmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatementColumn, LikelihoodColumn, ConfidenceColumn, TimeColumn, BasisColumn, ReviewColumn,
                  ColumnCount };

    explicit JudgmentTableModel(QObject *parent = nullptr);
    void reload(const Project &project);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Judgment &judgmentAt(int row) const { return m_rows[row].judgment; }
    const QList<RecordRef> &basisAt(int row) const { return m_rows[row].basis; }
    int rowOf(const QUuid &id) const;

private:
    struct Row
    {
        Judgment judgment;
        QList<RecordRef> basis;
        QString basisText;
        QStringList reviewReasons; // open flags
    };
    QList<Row> m_rows;
};

} // namespace sightline::ui
