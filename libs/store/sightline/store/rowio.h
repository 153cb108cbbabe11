#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/quantity.h"
#include "sightline/core/record.h"
#include "sightline/core/timespan.h"
#include "sightline/store/sqlite.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace sightline::store {

// How the model's value types become columns, in one place: UUIDs as 36-character text, times as
// GeoPackage DATETIME text (UTC, milliseconds), lists as JSON arrays, a TimeSpan as four
// columns, a Quantity as six. RowWriter binds parameters in order; RowReader reads them back.

QString uuidText(const QUuid &id);
QString dateTimeText(const QDateTime &utc);
QDateTime dateTimeFromText(const QString &text);

class RowWriter
{
public:
    RowWriter(sql::Statement &s, int first = 1) : m_s(s), m_i(first) {}
    RowWriter &operator<<(const QString &v);
    RowWriter &operator<<(const QUuid &v);
    RowWriter &operator<<(const QDateTime &v);
    RowWriter &operator<<(const QDate &v);
    RowWriter &operator<<(const QStringList &v);
    RowWriter &operator<<(const QList<QUuid> &v);
    RowWriter &operator<<(const QByteArray &v);
    RowWriter &operator<<(qint64 v);
    RowWriter &operator<<(int v) { return *this << static_cast<qint64>(v); }
    RowWriter &operator<<(bool v) { return *this << static_cast<qint64>(v ? 1 : 0); }
    RowWriter &operator<<(double v);
    RowWriter &operator<<(std::optional<double> v);
    RowWriter &operator<<(const TimeSpan &v);   // 4 columns
    RowWriter &operator<<(const Quantity &v);   // 6 columns
    RowWriter &operator<<(const Geometry &v);   // GeoPackage blob
    RowWriter &operator<<(const RecordMeta &v); // uuid, created, modified, author, revision
    int next() const { return m_i; }
    // The bounds of every geometry written so far (for the layer extents).
    const GeoBounds &geometryBounds() const { return m_bounds; }

private:
    sql::Statement &m_s;
    int m_i;
    GeoBounds m_bounds;
};

class RowReader
{
public:
    RowReader(const sql::Statement &s, int first = 0) : m_s(s), m_i(first) {}
    QString text() { return m_s.text(m_i++); }
    QUuid uuid() { return QUuid::fromString(text()); }
    QDateTime dateTime() { return dateTimeFromText(text()); }
    QDate date();
    QStringList stringList();
    QList<QUuid> uuidList();
    QByteArray blob() { return m_s.blob(m_i++); }
    qint64 int64() { return m_s.int64(m_i++); }
    bool boolean() { return int64() != 0; }
    double real() { return m_s.real(m_i++); }
    std::optional<double> optReal() { return m_s.optReal(m_i++); }
    TimeSpan time();
    Quantity quantity();
    Geometry geometry();
    RecordMeta meta();

private:
    const sql::Statement &m_s;
    int m_i;
};

// Column declarations shared by every record table.
inline constexpr const char *kMetaColumns[] = {"uuid", "created_utc", "modified_utc", "author", "revision"};
QStringList timeColumns(const QString &prefix = QStringLiteral("time"));
QStringList quantityColumns(const QString &prefix = QStringLiteral("q"));

} // namespace sightline::store
