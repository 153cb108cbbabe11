#include "sightline/render/scenedatasets.h"

#include <cpl_error.h>
#include <gdal.h>
#include <gdal_alg.h>

#include <atomic>

namespace sightline::render {

namespace {
std::atomic<int> g_reopenEpoch{0};
}

ThreadDatasets::Entry *ThreadDatasets::get(const QString &file)
{
    if (const int epoch = g_reopenEpoch.load(std::memory_order_relaxed); epoch != m_epoch) {
        clear(); // files gained overviews since they were opened
        m_epoch = epoch;
    }
    auto it = m_open.find(file);
    if (it != m_open.end())
        return &it->second;
    if (m_open.size() >= 32) // bounds open files with many scenes
        clear();
    GDALDatasetH ds = GDALOpenEx(file.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        return nullptr;
    return &m_open.emplace(file, Entry{ds, {}}).first->second;
}

void ThreadDatasets::reopenAll()
{
    g_reopenEpoch.fetch_add(1);
}

void ThreadDatasets::clear()
{
    for (auto &[file, e] : m_open) {
        for (auto &[crs, t] : e.transformers)
            if (t)
                GDALDestroyGenImgProjTransformer(t);
        GDALClose(e.ds);
    }
    m_open.clear();
}

ThreadDatasets &threadDatasets()
{
    thread_local ThreadDatasets datasets;
    return datasets;
}

QString lastGdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).section(u'\n', 0, 0);
}

} // namespace sightline::render
