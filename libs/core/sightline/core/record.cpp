#include "sightline/core/record.h"

namespace sightline {

QDateTime nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
}

RecordMeta RecordMeta::fresh(const QString &author)
{
    RecordMeta m;
    m.id = QUuid::createUuid();
    m.createdUtc = nowUtc();
    m.modifiedUtc = m.createdUtc;
    m.author = author;
    return m;
}

void RecordMeta::touch(const QString &by)
{
    modifiedUtc = nowUtc();
    author = by;
    ++revision;
}

} // namespace sightline
