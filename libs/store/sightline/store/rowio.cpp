#include "sightline/store/rowio.h"

#include "sightline/geo/gpkgblob.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sightline::store {

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString dateTimeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // Formatted by hand: QDateTime::toString goes through the locale machinery and snprintf
    // through format parsing, and this runs several times for every record stored.
    const QDateTime u = utc.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    char16_t buf[24];
    auto put = [&buf](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buf[at + i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    buf[4] = u'-';
    put(5, d.month(), 2);
    buf[7] = u'-';
    put(8, d.day(), 2);
    buf[10] = u'T';
    put(11, t.hour(), 2);
    buf[13] = u':';
    put(14, t.minute(), 2);
    buf[16] = u':';
    put(17, t.second(), 2);
    buf[19] = u'.';
    put(20, t.msec(), 3);
    buf[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buf), 24);
}

QDateTime dateTimeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QStringList timeColumns(const QString &prefix)
{
    return {prefix + QStringLiteral("_text TEXT"), prefix + QStringLiteral("_start DATETIME"),
            prefix + QStringLiteral("_end DATETIME"), prefix + QStringLiteral("_precision TEXT")};
}

QStringList quantityColumns(const QString &p)
{
    return {p + QStringLiteral("_value DOUBLE"), p + QStringLiteral("_min DOUBLE"), p + QStringLiteral("_max DOUBLE"),
            p + QStringLiteral("_approximate BOOLEAN"), p + QStringLiteral("_unit TEXT"),
            p + QStringLiteral("_object TEXT")};
}

RowWriter &RowWriter::operator<<(const QString &v)
{
    m_s.bind(m_i++, v);
    return *this;
}

RowWriter &RowWriter::operator<<(const QUuid &v)
{
    return *this << uuidText(v);
}

RowWriter &RowWriter::operator<<(const QDateTime &v)
{
    return *this << dateTimeText(v);
}

RowWriter &RowWriter::operator<<(const QDate &v)
{
    return *this << (v.isValid() ? v.toString(Qt::ISODate) : QString());
}

RowWriter &RowWriter::operator<<(const QStringList &v)
{
    if (v.isEmpty())
        return *this << QString();
    return *this << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v)).toJson(QJsonDocument::Compact));
}

RowWriter &RowWriter::operator<<(const QList<QUuid> &v)
{
    QStringList s;
    for (const auto &id : v)
        s << uuidText(id);
    return *this << s;
}

RowWriter &RowWriter::operator<<(const QByteArray &v)
{
    m_s.bind(m_i++, v);
    return *this;
}

RowWriter &RowWriter::operator<<(qint64 v)
{
    m_s.bind(m_i++, v);
    return *this;
}

RowWriter &RowWriter::operator<<(double v)
{
    m_s.bind(m_i++, v);
    return *this;
}

RowWriter &RowWriter::operator<<(std::optional<double> v)
{
    m_s.bind(m_i++, v);
    return *this;
}

RowWriter &RowWriter::operator<<(const TimeSpan &v)
{
    if (v.isUnknown()) {
        for (int k = 0; k < 4; ++k)
            m_s.bindNull(m_i++);
        return *this;
    }
    return *this << v.toText() << v.earliest() << v.latest() << toKey(v.precision());
}

RowWriter &RowWriter::operator<<(const Quantity &v)
{
    if (v.isEmpty() && v.unit.isEmpty()) {
        for (int k = 0; k < 6; ++k)
            m_s.bindNull(m_i++);
        return *this;
    }
    return *this << v.value << v.min << v.max << v.approximate << v.unit << v.objectKind;
}

RowWriter &RowWriter::operator<<(const Geometry &v)
{
    m_bounds.unite(v.bounds());
    m_s.bind(m_i++, geo::encodeGpkgGeometry(v));
    return *this;
}

RowWriter &RowWriter::operator<<(const RecordMeta &v)
{
    return *this << v.id << v.createdUtc << v.modifiedUtc << v.author << v.revision;
}

QDate RowReader::date()
{
    const QString t = text();
    return t.isEmpty() ? QDate() : QDate::fromString(t, Qt::ISODate);
}

QStringList RowReader::stringList()
{
    const QString t = text();
    if (t.isEmpty())
        return {};
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(t.toUtf8()).array())
        out << v.toString();
    return out;
}

QList<QUuid> RowReader::uuidList()
{
    QList<QUuid> out;
    for (const auto &s : stringList())
        out << QUuid::fromString(s);
    return out;
}

TimeSpan RowReader::time()
{
    const QString t = text();
    m_i += 3; // start, end and precision are derived from the text
    return TimeSpan::parse(t).value_or(TimeSpan());
}

Quantity RowReader::quantity()
{
    Quantity q;
    q.value = optReal();
    q.min = optReal();
    q.max = optReal();
    q.approximate = boolean();
    q.unit = text();
    q.objectKind = text();
    return q;
}

Geometry RowReader::geometry()
{
    const QByteArray b = blob();
    if (b.isEmpty())
        return {};
    return geo::decodeGpkgGeometry(b).value_or(Geometry());
}

RecordMeta RowReader::meta()
{
    RecordMeta m;
    m.id = uuid();
    m.createdUtc = dateTime();
    m.modifiedUtc = dateTime();
    m.author = text();
    m.revision = static_cast<int>(int64());
    return m;
}

} // namespace sightline::store
