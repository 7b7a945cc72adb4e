// SPDX-License-Identifier: MIT
// The event blocks' format: EventBlock encoded and decoded (eventblocks.h).
#include "common/crashpoint.h"
#include "eventblocks.h"
#include "projectstore.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>
#include <zstd.h>

namespace Quadrant {

namespace {

constexpr quint8 s_format = 1;
constexpr int s_compressionLevel = 1;
// A block never holds more than this once decompressed: a damaged or hostile file cannot make
// a reader allocate more.
constexpr size_t s_maxBlockBytes = size_t(256) << 20;

// Deltas wrap around instead of overflowing (a damaged block may hold any values); decoding
// undoes exactly what encoding did.
qint64 wrappingSub(qint64 a, qint64 b)
{
    return qint64(quint64(a) - quint64(b));
}

qint64 wrappingAdd(qint64 a, qint64 b)
{
    return qint64(quint64(a) + quint64(b));
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64((value >> 1) ^ (~(value & 1) + 1));
}

class ByteSink
{
public:
    void varint(quint64 value)
    {
        while (value >= 0x80) {
            m_bytes.push_back(char(value | 0x80));
            value >>= 7;
        }
        m_bytes.push_back(char(value));
    }
    void signedVarint(qint64 value) { varint(zigzag(value)); }
    void bytes(QByteArrayView data) { m_bytes.append(data.data(), data.size()); }
    void byte(quint8 value) { m_bytes.push_back(char(value)); }
    const QByteArray &data() const { return m_bytes; }
    void reserve(qsizetype size) { m_bytes.reserve(size); }

private:
    QByteArray m_bytes;
};

// Reads what ByteSink wrote; every read is checked, and the first failure sticks.
class ByteSource
{
public:
    explicit ByteSource(QByteArrayView data)
        : m_at(reinterpret_cast<const quint8 *>(data.data()))
        , m_end(m_at + data.size())
    {}
    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at == m_end) {
                m_ok = false;
                return 0;
            }
            const quint8 byte = *m_at++;
            value |= quint64(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        m_ok = false;
        return 0;
    }
    qint64 signedVarint() { return unzigzag(varint()); }
    quint8 byte()
    {
        if (m_at == m_end) {
            m_ok = false;
            return 0;
        }
        return *m_at++;
    }
    QByteArrayView bytes(quint64 count)
    {
        if (quint64(m_end - m_at) < count) {
            m_ok = false;
            return {};
        }
        const auto *start = m_at;
        m_at += count;
        return QByteArrayView(reinterpret_cast<const char *>(start), qsizetype(count));
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

private:
    const quint8 *m_at;
    const quint8 *m_end;
    bool m_ok = true;
};

} // namespace

Failure damagedBlockFailure(qint64 blockId)
{
    return Failure(QCoreApplication::translate(
                       "Quadrant", "block %1 of the events is damaged; the project cannot be read")
                       .arg(blockId));
}

void EventBlock::clear()
{
    identities.clear();
    names.clear();
    times.clear();
    sources.clear();
    properties.clear();
    values.clear();
}

namespace EventBlockCodec {

QByteArray encode(const EventBlock &block)
{
    const size_t n = block.size();
    ByteSink sink;
    sink.reserve(qsizetype(n * 8 + 64));
    sink.byte(s_format);
    sink.varint(n);
    // Identities as runs of equal values.
    std::vector<std::pair<qint64, quint64>> runs;
    for (size_t i = 0; i < n; ++i) {
        if (runs.empty() || runs.back().first != block.identities[i])
            runs.push_back({block.identities[i], 0});
        ++runs.back().second;
    }
    sink.varint(runs.size());
    qint64 previous = 0;
    for (const auto &[identity, count] : runs) {
        sink.signedVarint(wrappingSub(identity, previous));
        sink.varint(count);
        previous = identity;
    }
    for (qint64 name : block.names)
        sink.varint(quint64(name));
    previous = 0;
    for (qint64 time : block.times) {
        sink.signedVarint(wrappingSub(time, previous));
        previous = time;
    }
    for (qint64 source : block.sources)
        sink.varint(quint64(source));
    sink.varint(block.values.size());
    for (const QByteArray &value : block.values) {
        sink.varint(quint64(value.size()));
        sink.bytes(value);
    }
    for (quint32 code : block.properties)
        sink.varint(code);

    const QByteArray &raw = sink.data();
    // One compression context per thread, reused; each block carries a checksum, so that a
    // damaged page reads as an error rather than as other events.
    struct Context
    {
        ZSTD_CCtx *context = ZSTD_createCCtx();
        Context()
        {
            ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, s_compressionLevel);
            ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1);
        }
        ~Context() { ZSTD_freeCCtx(context); }
    };
    thread_local Context compression;
    QByteArray compressed(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compress2(compression.context,
                                       compressed.data(),
                                       size_t(compressed.size()),
                                       raw.constData(),
                                       size_t(raw.size()));
    if (ZSTD_isError(size))
        return {};
    compressed.truncate(qsizetype(size));
    return compressed;
}

bool decode(QByteArrayView data,
            bool withProperties,
            EventBlock *out,
            std::optional<qint64> expectedEvents)
{
    out->clear();
    if (expectedEvents && (*expectedEvents < 0 || quint64(*expectedEvents) > maxEvents))
        return false;
    const unsigned long long rawSize = ZSTD_getFrameContentSize(data.data(), size_t(data.size()));
    if (rawSize == ZSTD_CONTENTSIZE_ERROR || rawSize == ZSTD_CONTENTSIZE_UNKNOWN
        || rawSize > s_maxBlockBytes)
        return false;
    QByteArray raw(qsizetype(rawSize), Qt::Uninitialized);
    const size_t got
        = ZSTD_decompress(raw.data(), size_t(raw.size()), data.data(), size_t(data.size()));
    if (ZSTD_isError(got) || got != rawSize)
        return false;

    ByteSource source(raw);
    if (source.byte() != s_format)
        return false;
    // The claimed count sizes every column: it is checked against the row and the limit first
    // (a few kilobytes of zstd can claim 250M events, 8 GB of columns).
    const quint64 n = source.varint();
    if (!source.ok() || n > maxEvents || (expectedEvents && n != quint64(*expectedEvents)))
        return false;
    // Every event takes at least a byte in each of four columns.
    if (n > quint64(raw.size()))
        return false;
    const quint64 runCount = source.varint();
    if (!source.ok() || runCount > n)
        return false;
    out->identities.reserve(n);
    qint64 identity = 0;
    for (quint64 r = 0; r < runCount && source.ok(); ++r) {
        identity = wrappingAdd(identity, source.signedVarint());
        const quint64 count = source.varint();
        if (count > n - out->identities.size())
            return false;
        out->identities.insert(out->identities.end(), count, identity);
    }
    if (!source.ok() || out->identities.size() != n)
        return false;
    out->names.resize(n);
    for (quint64 i = 0; i < n; ++i)
        out->names[i] = qint64(source.varint());
    out->times.resize(n);
    qint64 time = 0;
    for (quint64 i = 0; i < n; ++i) {
        time = wrappingAdd(time, source.signedVarint());
        out->times[i] = time;
    }
    out->sources.resize(n);
    for (quint64 i = 0; i < n; ++i)
        out->sources[i] = qint64(source.varint());
    if (!source.ok())
        return false;
    if (!withProperties)
        return true;
    // A text takes at least its length's byte; a block never holds more texts than events.
    const quint64 valueCount = source.varint();
    if (!source.ok() || valueCount > maxEvents || valueCount > quint64(raw.size()))
        return false;
    out->values.reserve(valueCount);
    for (quint64 v = 0; v < valueCount; ++v) {
        const QByteArrayView text = source.bytes(source.varint());
        if (!source.ok())
            return false;
        out->values.emplace_back(text.data(), text.size());
    }
    out->properties.resize(n);
    for (quint64 i = 0; i < n; ++i) {
        const quint64 code = source.varint();
        if (code > valueCount)
            return false;
        out->properties[i] = quint32(code);
    }
    return source.ok() && source.atEnd();
}

} // namespace EventBlockCodec

} // namespace Quadrant
