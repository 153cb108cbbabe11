// The map's layer state (schema 2): one row per layer in map_layers, replaced as a whole.
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/sqlite.h"

#include <QSet>

namespace sightline {

using namespace store;

namespace {

const QString kTable = QStringLiteral("map_layers");

QStringList layerProblems(const QList<LayerState> &states)
{
    QStringList out;
    QSet<QString> seen;
    for (const LayerState &l : states) {
        if (l.layerId.trimmed().isEmpty())
            out << QStringLiteral("a layer state needs its layer id");
        else if (seen.contains(l.layerId))
            out << QStringLiteral("layer %1 is listed twice").arg(l.layerId);
        seen.insert(l.layerId);
        if (!(l.opacity >= 0.0 && l.opacity <= 1.0)) // also refuses NaN
            out << QStringLiteral("layer %1: opacity %2 is outside 0..1").arg(l.layerId).arg(l.opacity);
    }
    return out;
}

} // namespace

QList<LayerState> Project::layerStates() const
{
    QList<LayerState> out;
    if (!hasTable(kTable))
        return out;
    auto s = m_db->prepare(QStringLiteral("SELECT layer_id, position, visible, opacity, hidden_kinds FROM map_layers "
                                          "ORDER BY position, layer_id"));
    while (s.next()) {
        RowReader r(s);
        LayerState l;
        l.layerId = r.text();
        l.position = static_cast<int>(r.int64());
        l.visible = r.boolean();
        l.opacity = r.real();
        l.hiddenKinds = r.stringList();
        out.append(l);
    }
    return out;
}

void Project::setLayerStates(const QList<LayerState> &states)
{
    requireWritable();
    if (const QStringList problems = layerProblems(states); !problems.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("cannot save the map's layers: ") + problems.join(QStringLiteral("; ")));

    // A savepoint inside a batch: a failure here leaves the batch's other edits usable.
    sql::Transaction tx(*m_db);
    m_db->exec(QStringLiteral("DELETE FROM map_layers"));
    auto ins = m_db->prepare(QStringLiteral(
        "INSERT INTO map_layers (layer_id, position, visible, opacity, hidden_kinds) VALUES (?, ?, ?, ?, ?)"));
    for (const LayerState &l : states) {
        RowWriter(ins) << l.layerId << l.position << l.visible << l.opacity << l.hiddenKinds;
        ins.run();
    }

    // The layer state belongs to the project, so its history is filed under the project's UUID;
    // the revision counts its replacements.
    RecordMeta meta;
    meta.id = projectId();
    meta.modifiedUtc = nowUtc();
    {
        auto n = m_db->prepare(
            QStringLiteral("SELECT count(*) FROM change_log WHERE record_uuid = ? AND record_type = ?"));
        n.bind(1, uuidText(meta.id)).bind(2, kTable);
        meta.revision = n.next() ? static_cast<int>(n.int64(0)) + 1 : 1;
    }
    appendChangeLog(ChangeLogEntry::Action::Update, kTable, meta, QStringLiteral("%1 map layers").arg(states.size()));
    tx.commit();
}

} // namespace sightline
