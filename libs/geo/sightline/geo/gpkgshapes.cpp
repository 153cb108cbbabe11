#include "sightline/geo/gpkgshapes.h"

#include <sqlite3.h>

#include <cmath>
#include <cstring>

namespace sightline::geo {
namespace {

enum class Parse { Ok, Bad, Unsupported };

// A bounds-checked cursor over one blob; every read fails rather than pass the end.
class Cursor
{
public:
    Cursor(const uchar *data, qsizetype size) : m_at(data), m_end(data + size) {}
    qsizetype left() const { return m_end - m_at; }
    bool skip(qsizetype n)
    {
        if (n < 0 || left() < n)
            return false;
        m_at += n;
        return true;
    }
    bool byte(uchar *v)
    {
        if (left() < 1)
            return false;
        *v = *m_at++;
        return true;
    }
    bool u32(bool little, quint32 *v)
    {
        if (left() < 4)
            return false;
        const uchar *b = m_at;
        *v = little ? quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24
                    : quint32(b[3]) | quint32(b[2]) << 8 | quint32(b[1]) << 16 | quint32(b[0]) << 24;
        m_at += 4;
        return true;
    }
    // n coordinates of `dims` doubles each, x and y kept: the caller checked that they fit.
    void points(bool little, quint32 n, int dims, QPolygonF *out)
    {
        out->resize(n);
        QPointF *p = out->data();
        const qsizetype step = 8 * dims;
        for (quint32 i = 0; i < n; ++i, m_at += step)
            p[i] = QPointF(real(m_at, little), real(m_at + 8, little));
    }
    bool fits(quint32 n, qsizetype bytesEach) const { return n <= static_cast<quint64>(left()) / bytesEach; }

private:
    static double real(const uchar *b, bool little)
    {
        quint64 bits;
        std::memcpy(&bits, b, 8);
        if (!little)
            bits = __builtin_bswap64(bits);
        double v;
        std::memcpy(&v, &bits, 8);
        return v;
    }
    const uchar *m_at, *m_end;
};

// One ISO WKB geometry into f's parts, as vectorfile.cpp's flatten() does with OGR's geometry:
// the first kind found wins, parts of other kinds are dropped, empty points and empty rings
// and lines add nothing.
Parse parseWkb(Cursor &c, VectorFeature &f, bool &kindSet, int depth)
{
    uchar order = 0;
    quint32 code = 0;
    if (depth > 32 || !c.byte(&order) || order > 1)
        return Parse::Bad;
    const bool little = order == 1;
    if (!c.u32(little, &code))
        return Parse::Bad;
    // ISO codes only (1000s Z, 2000s M, 3000s ZM); the extended flag bits are left to OGR.
    if (code > 3999)
        return Parse::Unsupported;
    const quint32 base = code % 1000, zm = code / 1000;
    const int dims = zm == 0 ? 2 : zm == 3 ? 4 : 3;
    auto setKind = [&](VectorFeature::Kind k) {
        if (!kindSet) {
            f.kind = k;
            kindSet = true;
        }
        return f.kind == k;
    };
    auto curve = [&](QPolygonF *out) {
        quint32 n = 0;
        if (!c.u32(little, &n) || !c.fits(n, 8 * dims))
            return false;
        c.points(little, n, dims, out);
        return true;
    };
    switch (base) {
    case 1: { // Point
        QPolygonF pt;
        if (!c.fits(1, 8 * dims))
            return Parse::Bad;
        c.points(little, 1, dims, &pt);
        const bool empty = std::isnan(pt[0].x()) && std::isnan(pt[0].y());
        if (setKind(VectorFeature::Kind::Point) && !empty)
            f.parts << pt;
        return Parse::Ok;
    }
    case 2: { // LineString
        QPolygonF line;
        if (!curve(&line))
            return Parse::Bad;
        if (setKind(VectorFeature::Kind::Line) && !line.isEmpty())
            f.parts << line;
        return Parse::Ok;
    }
    case 3: { // Polygon
        quint32 rings = 0;
        if (!c.u32(little, &rings) || !c.fits(rings, 4))
            return Parse::Bad;
        const bool keep = setKind(VectorFeature::Kind::Polygon);
        for (quint32 i = 0; i < rings; ++i) {
            QPolygonF ring;
            if (!curve(&ring))
                return Parse::Bad;
            if (keep && !ring.isEmpty())
                f.parts << ring;
        }
        return Parse::Ok;
    }
    case 4: case 5: case 6: case 7: { // Multi*, GeometryCollection
        quint32 n = 0;
        if (!c.u32(little, &n) || !c.fits(n, 5))
            return Parse::Bad;
        for (quint32 i = 0; i < n; ++i)
            if (const Parse p = parseWkb(c, f, kindSet, depth + 1); p != Parse::Ok)
                return p;
        return Parse::Ok;
    }
    default: return Parse::Unsupported; // curves, surfaces, triangles: OGR linearises them
    }
}

// A GeoPackage geometry blob (OGC 12-128r18 §2.1.3): "GP", version, flags, srs_id, envelope, WKB.
Parse parseBlob(const uchar *data, int size, VectorFeature &f)
{
    Cursor c(data, size);
    uchar g = 0, p = 0, version = 0, flags = 0;
    if (!c.byte(&g) || !c.byte(&p) || g != 'G' || p != 'P')
        return Parse::Unsupported; // not a GeoPackage blob (OGR reads some other encodings)
    if (!c.byte(&version) || !c.byte(&flags) || !c.skip(4))
        return Parse::Bad;
    if (flags & 0x20) // an extended GeoPackage geometry
        return Parse::Unsupported;
    static const int envelopeBytes[8] = {0, 32, 48, 48, 64, -1, -1, -1};
    const int envelope = envelopeBytes[(flags >> 1) & 7];
    if (envelope < 0 || !c.skip(envelope))
        return Parse::Bad;
    if (flags & 0x10) // empty: nothing to draw
        return Parse::Ok;
    bool kindSet = false;
    return parseWkb(c, f, kindSet, 0);
}

QByteArray quoted(const QString &identifier)
{
    QByteArray q = identifier.toUtf8();
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

struct Connection
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    ~Connection()
    {
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
};

} // namespace

GpkgShapesRead readGpkgShapes(const QString &file, const QString &table, const QString &geometryColumn,
                              qint64 expectedFeatures, VectorLayerData *out)
{
    Connection c;
    if (sqlite3_open_v2(file.toUtf8().constData(), &c.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK)
        return GpkgShapesRead::NotHandled;
    // Pages mapped rather than copied in by a read call each.
    sqlite3_exec(c.db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    // A table, not a view: reading a view runs whatever SQL the file's author wrote.
    if (sqlite3_prepare_v2(c.db, "SELECT type FROM sqlite_master WHERE name = ?1", -1, &c.stmt, nullptr) != SQLITE_OK)
        return GpkgShapesRead::NotHandled;
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(c.stmt, 1, name.constData(), static_cast<int>(name.size()), SQLITE_STATIC);
    const bool isTable = sqlite3_step(c.stmt) == SQLITE_ROW &&
                         qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(c.stmt, 0)), "table") == 0;
    sqlite3_finalize(c.stmt);
    c.stmt = nullptr;
    if (!isTable)
        return GpkgShapesRead::NotHandled;
    // Rowid order, as OGR reads the table.
    const QByteArray sql = "SELECT " + quoted(geometryColumn) + " FROM " + quoted(table);
    if (sqlite3_prepare_v2(c.db, sql.constData(), -1, &c.stmt, nullptr) != SQLITE_OK)
        return GpkgShapesRead::NotHandled;
    QList<VectorFeature> features;
    int skipped = 0;
    if (expectedFeatures > 0)
        features.reserve(static_cast<qsizetype>(std::min<qint64>(expectedFeatures, 50'000'000)));
    int rc;
    while ((rc = sqlite3_step(c.stmt)) == SQLITE_ROW) {
        const auto *blob = static_cast<const uchar *>(sqlite3_column_blob(c.stmt, 0));
        const int size = sqlite3_column_bytes(c.stmt, 0);
        VectorFeature f;
        const Parse parsed = blob ? parseBlob(blob, size, f) : Parse::Bad;
        if (parsed == Parse::Unsupported)
            return GpkgShapesRead::NotHandled;
        if (parsed == Parse::Bad || f.parts.isEmpty()) {
            ++skipped;
            continue;
        }
        f.bounds = partsBounds(f.parts);
        features.append(std::move(f));
    }
    if (rc != SQLITE_DONE)
        return GpkgShapesRead::NotHandled; // a damaged page: OGR says what it makes of it
    out->features = std::move(features);
    out->skipped = skipped;
    return GpkgShapesRead::Done;
}

} // namespace sightline::geo
