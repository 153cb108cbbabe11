#include "sightline/geo/arrowgeometries.h"

#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <cstring>
#include <utility>

namespace sightline::geo {
namespace {

// The Arrow structures own their buffers until released; each is released once, here.
struct StreamGuard
{
    ArrowArrayStream stream{};
    ~StreamGuard()
    {
        if (stream.release) stream.release(&stream);
    }
};

struct SchemaGuard
{
    ArrowSchema schema{};
    ~SchemaGuard()
    {
        if (schema.release) schema.release(&schema);
    }
};

struct ArrayGuard
{
    ArrowArray array{};
    ~ArrayGuard()
    {
        if (array.release) array.release(&array);
    }
};

bool isBinary(const char *format)
{
    // Arrow's binary type with 32-bit ("z") or 64-bit ("Z") offsets: how OGR hands over WKB.
    return format && (std::strcmp(format, "z") == 0 || std::strcmp(format, "Z") == 0);
}

QString streamError(ArrowArrayStream &stream)
{
    const char *why = stream.get_last_error ? stream.get_last_error(&stream) : nullptr;
    return QString::fromUtf8(why && *why ? why : "no reason given").simplified();
}

} // namespace

ArrowRead forEachArrowGeometry(OGRLayer &layer,
                               const std::function<void(std::unique_ptr<OGRGeometry>)> &visit, QString *error)
{
    if (!layer.TestCapability(OLCFastGetArrowStream) || layer.GetLayerDefn()->GetGeomFieldCount() != 1)
        return ArrowRead::Unsuitable;
    // With the feature ids: GDAL 3.6.2 hands over every geometry empty when a GeoPackage's
    // stream would hold the geometry alone (mended in GDAL 3.6.3).
    static const char *const options[] = {"INCLUDE_FID=YES", nullptr};
    StreamGuard s;
    if (!layer.GetArrowStream(&s.stream, const_cast<char **>(options))) return ArrowRead::Unsuitable;
    SchemaGuard schema;
    if (s.stream.get_schema(&s.stream, &schema.schema) != 0) return ArrowRead::Unsuitable;
    // The ids and the geometry (the caller has OGR ignore every attribute).
    int64_t geometry = -1;
    for (int64_t i = 0; i < schema.schema.n_children; ++i)
        if (isBinary(schema.schema.children[i]->format))
            geometry = geometry < 0 ? i : schema.schema.n_children; // a second one: unsuitable
    if (geometry < 0 || geometry >= schema.schema.n_children || schema.schema.n_children > 2)
        return ArrowRead::Unsuitable;
    const bool wideOffsets = schema.schema.children[geometry]->format[0] == 'Z';
    for (bool first = true;; first = false) {
        ArrayGuard batch;
        if (s.stream.get_next(&s.stream, &batch.array) != 0) {
            *error = streamError(s.stream);
            return ArrowRead::Failed;
        }
        // The end of the stream; or an empty batch, which OGR sends only from a damaged
        // GeoPackage (GDAL 3.6.2 then sends them without end): the caller's check of GDAL's
        // errors says whether anything was read.
        if (!batch.array.release || batch.array.length == 0)
            return ArrowRead::Done;
        if (batch.array.n_children != schema.schema.n_children ||
            batch.array.children[geometry]->n_buffers != 3) {
            *error = QStringLiteral("OGR's column stream does not hold the columns it announced");
            return ArrowRead::Failed;
        }
        const ArrowArray &column = *batch.array.children[geometry];
        const auto *valid = static_cast<const unsigned char *>(column.buffers[0]);
        const auto *data = static_cast<const unsigned char *>(column.buffers[2]);
        auto isNull = [&](int64_t i) { return valid && !(valid[i / 8] & (1u << (i % 8))); };
        auto bytes = [&](int64_t i) -> std::pair<int64_t, int64_t> {
            if (wideOffsets)
                return {static_cast<const int64_t *>(column.buffers[1])[i],
                        static_cast<const int64_t *>(column.buffers[1])[i + 1]};
            return {static_cast<const int32_t *>(column.buffers[1])[i],
                    static_cast<const int32_t *>(column.buffers[1])[i + 1]};
        };
        const int64_t start = column.offset + batch.array.offset;
        // A geometry handed over as no bytes at all is no WKB OGR writes: a stream that does so
        // is not to be believed. Before anything is visited, the caller can still read the rows
        // one by one.
        for (int64_t i = start; i < start + batch.array.length; ++i) {
            if (isNull(i)) continue;
            if (const auto [begin, end] = bytes(i); end <= begin) {
                if (first) return ArrowRead::Unsuitable;
                *error = QStringLiteral("OGR's column stream holds an empty geometry value");
                return ArrowRead::Failed;
            }
        }
        for (int64_t i = start; i < start + batch.array.length; ++i) {
            if (isNull(i)) {
                visit(nullptr);
                continue;
            }
            const auto [begin, end] = bytes(i);
            OGRGeometry *g = nullptr;
            if (OGRGeometryFactory::createFromWkb(data + begin, nullptr, &g,
                                                  static_cast<size_t>(end - begin)) != OGRERR_NONE) {
                delete g;
                g = nullptr;
            }
            visit(std::unique_ptr<OGRGeometry>(g));
        }
    }
}

} // namespace sightline::geo
