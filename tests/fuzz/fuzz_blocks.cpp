// SPDX-License-Identifier: MIT
// The event block decoder (store/eventblocks): the input is a block's uncompressed bytes, so
// that the fuzzer explores the column layout rather than zstd's framing; it is also decoded as
// if it were a stored (compressed) block. Whatever decodes must encode and decode to itself.
#include "fuzzsupport.h"
#include "store/eventblocks.h"

#include <cstdlib>
#include <zstd.h>

using namespace Quadrant;

namespace {
bool sameBlock(const EventBlock &a, const EventBlock &b)
{
    return a.identities == b.identities && a.names == b.names && a.times == b.times
           && a.sources == b.sources && a.properties == b.properties && a.values == b.values;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArrayView raw(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray compressed(qsizetype(ZSTD_compressBound(size)), Qt::Uninitialized);
    const size_t packed
        = ZSTD_compress(compressed.data(), size_t(compressed.size()), data, size, 1);
    if (ZSTD_isError(packed))
        return 0;
    compressed.truncate(qsizetype(packed));
    EventBlock block, again;
    for (bool withProperties : {false, true}) {
        if (EventBlockCodec::decode(compressed, withProperties, &block) && withProperties) {
            const QByteArray encoded = EventBlockCodec::encode(block);
            if (!EventBlockCodec::decode(encoded, true, &again) || !sameBlock(block, again))
                std::abort();
        }
        (void)EventBlockCodec::decode(raw, withProperties, &block);
    }
    return 0;
}
