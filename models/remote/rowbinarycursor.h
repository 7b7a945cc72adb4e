// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace Quadrant {

// Reads fixed-size and length-prefixed values out of a RowBinary stream that arrives in pieces.
class RowBinaryCursor
{
public:
    void append(QByteArrayView bytes)
    {
        if (m_at > 0 && m_at == m_buffer.size()) {
            m_buffer.clear();
            m_at = 0;
        } else if (m_at > (1 << 20)) {
            m_buffer.remove(0, m_at);
            m_at = 0;
        }
        m_buffer.append(bytes.data(), bytes.size());
    }
    // Marks where a row starts: a row cut by the end of a piece is read again from here.
    void mark() { m_mark = m_at; }
    void rewind() { m_at = m_mark; }
    bool atEnd() const { return m_at >= m_buffer.size(); }
    template<typename T>
    bool read(T *value)
    {
        if (m_buffer.size() - m_at < qsizetype(sizeof(T)))
            return false;
        std::memcpy(value, m_buffer.constData() + m_at, sizeof(T));
        m_at += qsizetype(sizeof(T));
        return true;
    }
    bool readString(QByteArrayView *text)
    {
        quint64 length = 0;
        int shift = 0;
        for (;;) {
            if (shift > 63) { // more than ten bytes of length: not a length at all
                m_tooLong = true;
                return false;
            }
            if (m_at >= m_buffer.size())
                return false;
            const auto byte = quint8(m_buffer[m_at++]);
            length |= quint64(byte & 0x7f) << shift;
            shift += 7;
            if (!(byte & 0x80))
                break;
        }
        if (length > maxTextBytes) {
            m_tooLong = true;
            return false;
        }
        if (quint64(m_buffer.size() - m_at) < length)
            return false;
        *text = QByteArrayView(m_buffer.constData() + m_at, qsizetype(length));
        m_at += qsizetype(length);
        return true;
    }

    // A text longer than any the file holds, or a length that is no length (a damaged or
    // hostile server): reading stops.
    bool tooLong() const { return m_tooLong; }
    static constexpr quint64 maxTextBytes = quint64(64) << 20;

private:
    QByteArray m_buffer;
    qsizetype m_at = 0, m_mark = 0;
    bool m_tooLong = false;
};

// One event as RemoteEvents::readIndex asks the server for it: person_row Int64, ts Int64,
// seq UInt64, the name's and the source's 1-based places in the lists the query sent (UInt32
// each), then the properties' JSON text when the analysis reads properties.
struct RemoteEventRow
{
    qint64 personRow = 0, ts = 0;
    quint64 seq = 0;
    quint32 name = 0, source = 0;
    QByteArrayView properties;

    // Reads one row; false (the cursor where it was) when the bytes so far end within it, or
    // when a text is longer than any the project holds (cursor.tooLong()).
    bool read(RowBinaryCursor &cursor, bool withProperties)
    {
        cursor.mark();
        const bool whole = cursor.read(&personRow) && cursor.read(&ts) && cursor.read(&seq)
                           && cursor.read(&name) && cursor.read(&source)
                           && (!withProperties || cursor.readString(&properties));
        if (!whole)
            cursor.rewind();
        return whole;
    }
};

} // namespace Quadrant
