#pragma once

#include <QHash>
#include <QMutex>

#include <optional>

namespace sightline::geo {

// Answers that are the same every time for a key (what PROJ's database says of a CRS, say),
// kept for the process. Up to a bound, since keys can come from files. Any thread.
template <class Key, class Value>
class ProcessMemo
{
public:
    std::optional<Value> find(const Key &key) const
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_values.constFind(key);
        return it == m_values.cend() ? std::nullopt : std::optional<Value>(*it);
    }
    void keep(const Key &key, const Value &value)
    {
        QMutexLocker lock(&m_mutex);
        if (m_values.size() < kBound)
            m_values.insert(key, value);
    }

private:
    static constexpr qsizetype kBound = 1024;
    mutable QMutex m_mutex;
    QHash<Key, Value> m_values;
};

} // namespace sightline::geo
