// SPDX-License-Identifier: MIT
#include "stringinterner.h"

#include <cstring>

namespace Quadrant {

namespace {
constexpr std::uint32_t s_chunkSize = 1 << 20;
}

StringInterner::StringInterner()
    : m_slots(1024)
{}

std::uint64_t StringInterner::hashOf(QByteArrayView key)
{
    // FNV-1a, then a final mix so that linear probing sees well-spread low bits.
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : key) {
        h ^= std::uint8_t(c);
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h | 1; // never 0, which marks an empty slot
}

QByteArrayView StringInterner::keyOf(const Slot &slot) const
{
    return QByteArrayView(m_chunks[slot.chunk].get() + slot.offset, slot.length);
}

qint64 StringInterner::find(QByteArrayView key) const
{
    const std::uint64_t h = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.hash == 0)
            return -1;
        if (slot.hash == h && slot.length == size_t(key.size()) && keyOf(slot) == key)
            return slot.id;
    }
}

void StringInterner::insert(QByteArrayView key, qint64 id)
{
    if ((m_count + 1) * 10 > qsizetype(m_slots.size()) * 7)
        grow();
    const std::uint32_t length = std::uint32_t(key.size());
    if (m_chunks.empty() || m_chunkUsed + length > s_chunkSize) {
        m_chunks.push_back(std::make_unique<char[]>(std::max(s_chunkSize, length)));
        m_chunkUsed = 0;
    }
    char *target = m_chunks.back().get() + m_chunkUsed;
    if (length)
        std::memcpy(target, key.data(), length);
    Slot slot;
    slot.hash = hashOf(key);
    slot.chunk = std::uint32_t(m_chunks.size() - 1);
    slot.offset = m_chunkUsed;
    slot.length = length;
    slot.id = id;
    m_chunkUsed += length;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = slot.hash & mask;; i = (i + 1) & mask) {
        if (m_slots[i].hash == 0) {
            m_slots[i] = slot;
            break;
        }
        if (m_slots[i].hash == slot.hash && keyOf(m_slots[i]) == key) {
            m_slots[i].id = id;
            return;
        }
    }
    ++m_count;
}

void StringInterner::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.hash == 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

qsizetype StringInterner::memoryBytes() const
{
    return qsizetype(m_slots.size() * sizeof(Slot) + m_chunks.size() * s_chunkSize);
}

} // namespace Quadrant
