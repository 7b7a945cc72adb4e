// SPDX-License-Identifier: MIT
// The text decoders: encoding detection, the UTF-8 check, and chunked transcoding from each
// encoding Quadrant reads (chunks must never split a character, whatever the bytes).
#include "fuzzsupport.h"
#include "import/textencoding.h"

#include <QBuffer>

using namespace Quadrant;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)detectEncoding(bytes);
    (void)isValidUtf8(bytes.constData(), bytes.size(), false);
    (void)isValidUtf8(bytes.constData(), bytes.size(), true);
    for (TextEncoding encoding : {TextEncoding::Utf8,
                                  TextEncoding::Utf16LE,
                                  TextEncoding::Utf16BE,
                                  TextEncoding::Gb18030}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        Utf8ChunkReader reader(&buffer, encoding);
        QByteArray out;
        while (reader.readChunk(out)) {
        }
        // What comes out is UTF-8 (the decoders replace what they cannot read).
        if (encoding != TextEncoding::Utf8 && !isValidUtf8(out.constData(), out.size()))
            __builtin_trap();
    }
    return 0;
}
