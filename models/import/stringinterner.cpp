// SPDX-License-Identifier: MIT
#include "stringinterner.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>

namespace Quadrant {

namespace {
constexpr int s_offsetBits = 20;
constexpr std::uint32_t s_offsetMask = (1u << s_offsetBits) - 1;
constexpr std::uint32_t s_chunkSize = 1u << s_offsetBits;
} // namespace

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
    const auto *at = reinterpret_cast<const std::uint8_t *>(
        m_chunks[slot.location >> s_offsetBits].get() + (slot.location & s_offsetMask));
    std::uint64_t length = 0;
    for (int shift = 0;; shift += 7) {
        const std::uint8_t byte = *at++;
        length |= std::uint64_t(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0)
            break;
    }
    return QByteArrayView(reinterpret_cast<const char *>(at), qsizetype(length));
}

qint64 StringInterner::find(QByteArrayView key) const
{
    const std::uint64_t h = hashOf(key);
    const std::uint32_t check = checkOf(h);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.check == 0)
            return -1;
        if (slot.check == check && keyOf(slot) == key)
            return slot.id;
    }
}

void StringInterner::insert(QByteArrayView key, qint64 id)
{
    const std::uint64_t h = hashOf(key);
    const std::uint32_t check = checkOf(h);
    size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        if (m_slots[i].check == 0)
            break;
        if (m_slots[i].check == check && keyOf(m_slots[i]) == key) {
            m_slots[i].id = id;
            return;
        }
    }
    if ((m_count + 1) * 10 > qsizetype(m_slots.size()) * 7) {
        grow();
        mask = m_slots.size() - 1;
    }
    // The key behind its varint length, in the current chunk or a new one (a key longer than
    // a chunk gets a chunk of its own).
    char header[10];
    int headerBytes = 0;
    for (std::uint64_t length = std::uint64_t(key.size());; length >>= 7) {
        header[headerBytes++] = char((length & 0x7F) | (length >= 0x80 ? 0x80 : 0));
        if (length < 0x80)
            break;
    }
    const size_t needed = size_t(headerBytes) + size_t(key.size());
    if (m_chunks.empty() || m_chunkUsed + needed > s_chunkSize) {
        if (m_chunks.size() >= (size_t(1) << (32 - s_offsetBits)))
            qFatal("StringInterner: more than 4 GB of keys");
        m_chunks.push_back(std::make_unique<char[]>(std::max<size_t>(s_chunkSize, needed)));
        m_chunkUsed = 0;
    }
    char *target = m_chunks.back().get() + m_chunkUsed;
    std::memcpy(target, header, size_t(headerBytes));
    if (!key.isEmpty())
        std::memcpy(target + headerBytes, key.data(), size_t(key.size()));
    Slot slot;
    slot.check = check;
    slot.location = std::uint32_t((m_chunks.size() - 1) << s_offsetBits) | m_chunkUsed;
    slot.id = id;
    m_chunkUsed += std::uint32_t(needed);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        if (m_slots[i].check == 0) {
            m_slots[i] = slot;
            break;
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
        if (slot.check == 0)
            continue;
        size_t i = hashOf(keyOf(slot)) & mask;
        while (m_slots[i].check != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

qsizetype StringInterner::memoryBytes() const
{
    return qsizetype(m_slots.size() * sizeof(Slot) + m_chunks.size() * s_chunkSize);
}

} // namespace Quadrant
