// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;
class QStringDecoder;

namespace Quadrant {

enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Gb18030 };

QString encodingName(TextEncoding encoding);
// "utf-8", "utf8", "UTF-16", "gbk", "gb18030" ... ; false if unknown.
bool parseEncodingName(const QString &name, TextEncoding *encoding);

// Decides how a file's bytes are text: byte-order mark first, then UTF-16 by its zero bytes,
// then strict UTF-8, and GB18030 (a superset of GBK) when UTF-8 fails.
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;
};
EncodingGuess detectEncoding(const QByteArray &head);

// True if bytes are valid UTF-8; a sequence cut off at the very end counts as valid when
// allowTruncatedTail is set (a sample taken from the middle of a stream).
bool isValidUtf8(const char *data, qsizetype size, bool allowTruncatedTail = false);

// Reads a device in chunks and hands out UTF-8, transcoding when the file is not UTF-8.
// Chunks never split a character.
class Utf8ChunkReader
{
public:
    Utf8ChunkReader(QIODevice *device, TextEncoding encoding);
    ~Utf8ChunkReader();

    TextEncoding encoding() const { return m_encoding; }
    // Appends the next chunk to out; false at the end of the device.
    bool readChunk(QByteArray &out);
    qint64 bytesRead() const { return m_bytesRead; }

private:
    QIODevice *m_device;
    TextEncoding m_encoding;
    std::unique_ptr<QStringDecoder> m_decoder;
    QByteArray m_carry; // an incomplete UTF-8 sequence from the previous chunk
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
};

} // namespace Quadrant
