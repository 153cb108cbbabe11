#include "sightline/merge/mergeio.h"

#include "sightline/store/history.h"
#include "sightline/store/rowio.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sightline::merge {

using namespace store;

QString jsonText(const QJsonValue &value)
{
    // Wrapped in an array: a bare scalar is no JSON document.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue jsonFromText(const QString &text)
{
    if (text.isEmpty()) return QJsonValue(QJsonValue::Null);
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    return a.isEmpty() ? QJsonValue(QJsonValue::Null) : a.first();
}

const TableSpec *specForTable(const QString &table)
{
    for (const TableSpec *spec : allTableSpecs())
        if (spec->table == table) return spec;
    return nullptr;
}

void logChange(sql::Database &db, const QString &action, const TableSpec &spec, const RecordMeta &meta,
               const QString &author, const QString &summary)
{
    auto s =
        db.prepare(QStringLiteral("INSERT INTO change_log (at_utc, author, action, record_type, record_uuid, "
                                  "revision, summary, entry_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    RowWriter(s) << nowUtc() << author << action << toKey(spec.type) << meta.id << meta.revision << summary
                 << newEntryId();
    s.run();
}

} // namespace sightline::merge
