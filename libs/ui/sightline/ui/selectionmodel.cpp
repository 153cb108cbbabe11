#include "sightline/ui/selectionmodel.h"

namespace sightline::ui {

SelectionModel::SelectionModel(QObject *parent) : QObject(parent) {}

void SelectionModel::select(const QList<RecordRef> &records)
{
    if (records == m_selected)
        return; // views that follow the selection and set it again do not loop
    m_selected = records;
    emit changed();
}

QList<QUuid> SelectionModel::selectedOfType(RecordType type) const
{
    QList<QUuid> out;
    for (const RecordRef &r : m_selected)
        if (r.type == type)
            out << r.id;
    return out;
}

} // namespace sightline::ui
