// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <memory>
#include <vector>

namespace Quadrant {

// Maps byte strings to 64-bit ids without allocating per lookup: keys live in an arena, slots
// in an open-addressing table. Used to turn millions of user ids and event names into
// integers during an import at 16 bytes per slot plus the key's bytes.
class StringInterner
{
public:
    StringInterner();

    // The id stored for key, or -1.
    qint64 find(QByteArrayView key) const;
    void insert(QByteArrayView key, qint64 id);
    qsizetype size() const { return m_count; }
    qsizetype memoryBytes() const;

private:
    // 16 bytes: a 32-bit hash check (0 = empty), where the key is (chunk << 20 | offset; the
    // key is stored there behind its varint length), and the id.
    struct Slot
    {
        std::uint32_t check = 0;
        std::uint32_t location = 0;
        qint64 id = 0;
    };
    static std::uint64_t hashOf(QByteArrayView key);
    static std::uint32_t checkOf(std::uint64_t hash) { return std::uint32_t(hash >> 32) | 1; }
    QByteArrayView keyOf(const Slot &slot) const;
    void grow();

    std::vector<Slot> m_slots;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::uint32_t m_chunkUsed = 0;
    qsizetype m_count = 0;
};

} // namespace Quadrant
