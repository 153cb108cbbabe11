#pragma once

#include <QString>

#include <map>

namespace sightline::render {

// The image datasets and reprojection transformers of one worker thread: GDAL handles must not
// be shared between threads, and opening a file for every tile would cost more than reading
// it. At most 32 files stay open per thread. Each thread uses its own (threadDatasets()).
class ThreadDatasets
{
public:
    struct Entry
    {
        void *ds = nullptr;                     // GDALDatasetH
        std::map<QString, void *> transformers; // GDAL reprojection transformers, by map CRS
    };
    ThreadDatasets() = default;
    ThreadDatasets(const ThreadDatasets &) = delete;
    ThreadDatasets &operator=(const ThreadDatasets &) = delete;
    ~ThreadDatasets() { clear(); }

    // The file open for reading on this thread, or null when GDAL cannot open it.
    Entry *get(const QString &file);

    // Makes every thread open its files afresh before its next read (overviews were built
    // since). Any thread.
    static void reopenAll();

private:
    void clear();
    std::map<QString, Entry> m_open;
    int m_epoch = 0;
};

// The calling thread's datasets.
ThreadDatasets &threadDatasets();

// GDAL's last error message on this thread, its first line.
QString lastGdalError();

} // namespace sightline::render
