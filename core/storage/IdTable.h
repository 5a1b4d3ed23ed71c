#pragma once

// A value for each row id of a table, looked up once per row of a large scan (the agenda
// reads some 20,000 actions and looks up each child). SQLite gives rows the ids 1, 2, 3...
// so the values are kept in a flat array indexed by id: a look-up is one read, where a hash
// took a quarter of the scan's time. Ids beyond FlatLimit (some 4 million: far more than a
// county's children) would make the array wasteful: then a hash is used.

#include "domain/Records.h"

#include <QHash>

#include <vector>

namespace enc {

template <typename T> class IdTable
{
public:
    static constexpr Id FlatLimit = Id(1) << 22;

    // maxId: the largest id that will be looked up (SELECT max(id) of the table).
    explicit IdTable(Id maxId) : m_flat(maxId >= 0 && maxId <= FlatLimit)
    {
        if (m_flat) {
            m_values.resize(size_t(maxId) + 1);
            m_set.resize(size_t(maxId) + 1, false);
        }
    }

    bool isFlat() const { return m_flat; }

    // The value for id, or nullptr when none was inserted.
    const T *find(Id id) const
    {
        if (m_flat && id >= 0 && size_t(id) < m_values.size())
            return m_set[size_t(id)] ? &m_values[size_t(id)] : nullptr;
        const auto it = m_hash.constFind(id);
        return it == m_hash.cend() ? nullptr : &*it;
    }

    // The value for id, default-constructed and inserted when there was none; isNew tells
    // which. Ids beyond maxId go to the hash.
    T &slot(Id id, bool *isNew = nullptr)
    {
        if (m_flat && id >= 0 && size_t(id) < m_values.size()) {
            if (isNew)
                *isNew = !m_set[size_t(id)];
            m_set[size_t(id)] = true;
            return m_values[size_t(id)];
        }
        if (isNew)
            *isNew = !m_hash.contains(id);
        return m_hash[id];
    }

    void insert(Id id, const T &value) { slot(id) = value; }

private:
    bool m_flat;
    std::vector<T> m_values;
    std::vector<bool> m_set;
    QHash<Id, T> m_hash; // when not flat, and for ids beyond maxId
};

} // namespace enc
