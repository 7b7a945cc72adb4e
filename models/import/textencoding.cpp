// SPDX-License-Identifier: MIT
#include "textencoding.h"

#include <QIODevice>
#include <QStringDecoder>

#include <cstring>

namespace Quadrant {

namespace {
constexpr qint64 s_chunkSize = 1 << 20;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return QString();
}

bool parseEncodingName(const QString &name, TextEncoding *encoding)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("auto"))
        *encoding = TextEncoding::Auto;
    else if (n == QLatin1String("utf8"))
        *encoding = TextEncoding::Utf8;
    else if (n == QLatin1String("utf16") || n == QLatin1String("utf16le"))
        *encoding = TextEncoding::Utf16LE;
    else if (n == QLatin1String("utf16be"))
        *encoding = TextEncoding::Utf16BE;
    else if (n == QLatin1String("gb18030") || n == QLatin1String("gbk")
             || n == QLatin1String("gb2312"))
        *encoding = TextEncoding::Gb18030;
    else
        return false;
    return true;
}

bool isValidUtf8(const char *data, qsizetype size, bool allowTruncatedTail)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        // ASCII fast path, eight bytes at a time.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length;
        unsigned int min;
        unsigned int codePoint;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, codePoint = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length) {
            if (!allowTruncatedTail)
                return false;
            for (const unsigned char *q = p + 1; q < end; ++q)
                if ((*q & 0xC0) != 0x80)
                    return false;
            return true;
        }
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i] & 0x3F);
        }
        if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

EncodingGuess detectEncoding(const QByteArray &head)
{
    EncodingGuess guess;
    if (head.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 2};
    // UTF-16 without a mark: text in Latin script has a zero in every other byte.
    const qsizetype n = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    if (n >= 4) {
        qsizetype evenZeros = 0, oddZeros = 0;
        for (qsizetype i = 0; i < n; i += 2) {
            evenZeros += head[i] == 0;
            oddZeros += head[i + 1] == 0;
        }
        const qsizetype pairs = n / 2;
        if (oddZeros * 10 > pairs * 3 && evenZeros * 20 < pairs)
            return {TextEncoding::Utf16LE, 0};
        if (evenZeros * 10 > pairs * 3 && oddZeros * 20 < pairs)
            return {TextEncoding::Utf16BE, 0};
    }
    guess.encoding = isValidUtf8(head.constData(), head.size(), true) ? TextEncoding::Utf8
                                                                      : TextEncoding::Gb18030;
    return guess;
}

Utf8ChunkReader::Utf8ChunkReader(QIODevice *device, TextEncoding encoding)
    : m_device(device)
    , m_encoding(encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
        break;
    case TextEncoding::Utf16BE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);
        break;
    case TextEncoding::Gb18030:
        m_decoder = std::make_unique<QStringDecoder>("GB18030");
        break;
    default:
        break;
    }
}

Utf8ChunkReader::~Utf8ChunkReader() = default;

bool Utf8ChunkReader::readChunk(QByteArray &out)
{
    QByteArray bytes = m_device->read(s_chunkSize);
    m_bytesRead += bytes.size();
    if (m_atStart) {
        m_atStart = false;
        if (bytes.startsWith("\xEF\xBB\xBF") && m_encoding == TextEncoding::Utf8)
            bytes.remove(0, 3);
        else if ((bytes.startsWith("\xFF\xFE") && m_encoding == TextEncoding::Utf16LE)
                 || (bytes.startsWith("\xFE\xFF") && m_encoding == TextEncoding::Utf16BE))
            bytes.remove(0, 2);
    }
    if (bytes.isEmpty()) {
        if (m_carry.isEmpty())
            return false;
        out.append(m_carry); // a truncated sequence at end of file: the row gets rejected
        m_carry.clear();
        return true;
    }
    if (m_decoder) {
        const QString text = m_decoder->decode(bytes);
        out.append(text.toUtf8());
        return true;
    }
    // UTF-8: pass bytes through, holding back a sequence the chunk boundary cut.
    if (!m_carry.isEmpty()) {
        bytes.prepend(m_carry);
        m_carry.clear();
    }
    qsizetype cut = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto c = uchar(bytes[bytes.size() - back]);
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte: keep looking for the lead byte
        if (c >= 0xC0) {
            const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (length > back)
                cut = bytes.size() - back;
        }
        break;
    }
    if (cut < bytes.size()) {
        m_carry = bytes.mid(cut);
        bytes.truncate(cut);
    }
    out.append(bytes);
    return true;
}

} // namespace Quadrant
