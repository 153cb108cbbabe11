#include "sightline/store/rowio.h"

#include "sightline/geo/gpkgblob.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sightline::store {
namespace {

// The text of a UUID (lowercase, without braces, as QUuid writes it) and of a time, written into
// a buffer on the stack: a save binds several of each, and neither needs a QString on its way to
// SQLite.
constexpr int kUuidChars = 36;
constexpr int kDateTimeChars = 24;

void writeUuid(const QUuid &id, char *buf)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray bytes = id.toRfc4122(); // 16 bytes, in the order the text shows them
    int at = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            buf[at++] = '-';
        const auto b = static_cast<unsigned char>(bytes[i]);
        buf[at++] = hex[b >> 4];
        buf[at++] = hex[b & 15];
    }
}

// Formatted by hand: QDateTime::toString goes through the locale machinery and snprintf through
// format parsing, and this runs several times for every record stored.
void writeDateTime(const QDateTime &utc, char *buf)
{
    const QDateTime u = utc.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    auto put = [buf](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buf[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, d.year(), 4);
    buf[4] = '-';
    put(5, d.month(), 2);
    buf[7] = '-';
    put(8, d.day(), 2);
    buf[10] = 'T';
    put(11, t.hour(), 2);
    buf[13] = ':';
    put(14, t.minute(), 2);
    buf[16] = ':';
    put(17, t.second(), 2);
    buf[19] = '.';
    put(20, t.msec(), 3);
    buf[23] = 'Z';
}

} // namespace

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString dateTimeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    char buf[kDateTimeChars];
    writeDateTime(utc, buf);
    return QString::fromLatin1(buf, kDateTimeChars);
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
    if (v.isNull()) {
        m_s.bindNull(m_i++);
        return *this;
    }
    char buf[kUuidChars];
    writeUuid(v, buf);
    m_s.bindText(m_i++, QByteArray::fromRawData(buf, kUuidChars)); // bound as a copy
    return *this;
}

RowWriter &RowWriter::operator<<(const QDateTime &v)
{
    if (!v.isValid()) {
        m_s.bindNull(m_i++);
        return *this;
    }
    char buf[kDateTimeChars];
    writeDateTime(v, buf);
    m_s.bindText(m_i++, QByteArray::fromRawData(buf, kDateTimeChars)); // bound as a copy
    return *this;
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
    if (v.isEmpty())
        return *this << QString();
    // The compact JSON array QJsonDocument writes for the ids' text (a null id as ""): UUIDs
    // need no escaping, so it is written straight.
    QByteArray json;
    json.reserve(v.size() * (kUuidChars + 3) + 1);
    json += '[';
    char buf[kUuidChars];
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (i > 0)
            json += ',';
        json += '"';
        if (!v[i].isNull()) {
            writeUuid(v[i], buf);
            json.append(buf, kUuidChars);
        }
        json += '"';
    }
    json += ']';
    m_s.bindText(m_i++, json);
    return *this;
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
