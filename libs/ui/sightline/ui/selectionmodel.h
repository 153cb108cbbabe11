#pragma once

#include "sightline/core/link.h"

#include <QList>
#include <QObject>

namespace sightline::ui {

// What the analyst has selected, shared by the map and every evidence panel: each view
// writes to it and follows it, and no view talks to another directly. GUI thread only.
class SelectionModel : public QObject
{
    Q_OBJECT
public:
    explicit SelectionModel(QObject *parent = nullptr);
    void select(const QList<RecordRef> &records);
    void clear() { select({}); }
    const QList<RecordRef> &selected() const { return m_selected; }
    QList<QUuid> selectedOfType(RecordType type) const;

signals:
    void changed();

private:
    QList<RecordRef> m_selected;
};

} // namespace sightline::ui
