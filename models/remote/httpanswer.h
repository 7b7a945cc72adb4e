// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace Quadrant {

// What a ClickHouse server sends back over HTTP/1.0, read as it arrives in pieces of any size:
// the status line and headers (at most maxHeaderBytes), then the body, which goes to a sink
// when the status is 200 and is kept (at most maxErrorBytes) as the server's error otherwise.
// Nothing here grows with what the server sends: a hostile or broken server that sends an
// endless header, an endless error or an endless body costs a bounded amount of memory.
// ClickHouseClient feeds it from its socket; tests/fuzz/fuzz_clickhouse feeds it anything.
class HttpAnswer
{
public:
    static constexpr qsizetype maxHeaderBytes = qsizetype(64) << 10;
    static constexpr qsizetype maxErrorBytes = qsizetype(64) << 10;
    // Takes a piece of a 200 answer's body; false: send no more (the sink's own failure).
    using Sink = std::function<bool(QByteArrayView bytes)>;

    explicit HttpAnswer(Sink sink);

    void feed(QByteArrayView bytes);

    // maxHeaderBytes without the header's end, or a status line that is not HTTP's.
    bool notHttp() const { return m_notHttp; }
    bool headerDone() const { return m_headerDone; }
    int status() const { return m_status; }
    bool sinkStopped() const { return m_sinkStopped; }
    // A non-200 answer whose error text reached maxErrorBytes: nothing more is worth reading.
    bool errorFull() const { return m_status != 200 && m_errorBody.size() >= maxErrorBytes; }
    // The body's length as its Content-Length header says, or -1 when it has none (HTTP/1.0
    // answers end with the connection); and whether the body has all (or more) of it.
    qint64 announcedLength() const { return m_announced; }
    bool bodyComplete() const { return m_announced >= 0 && m_bodyBytes >= m_announced; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    // Nothing more that arrives belongs to what can be reported: not HTTP (64 KB of header
    // without its end, or not HTTP's status line), an error's 64 KB, or every byte announced.
    bool complete() const { return m_notHttp || errorFull() || bodyComplete(); }
    // Bytes of body that came after the sink stopped (read only to find the server's reason).
    qint64 bytesAfterStop() const { return m_afterStop; }
    // The server's exception at the end of a 200 answer (ClickHouse writes it there when a
    // query fails after its first rows were sent), as one line with its code.
    std::optional<QString> exceptionAtEnd() const;
    // The error a non-200 answer carries, as one line with its code.
    QString errorText() const;
    bool errorIsAuthentication() const;

    // "Code: 193, e.displayText() = DB::Exception: Wrong password ..., e.what() = ..." (18.16)
    // or "Code: 60. DB::Exception: Table x doesn't exist. (UNKNOWN_TABLE)" (newer): the words
    // and the code, on one line of at most 300 characters.
    static QString serverMessage(QByteArrayView body);

private:
    void takeHeader();

    Sink m_sink;
    QByteArray m_header, m_errorBody, m_tail;
    int m_status = 0;
    qint64 m_afterStop = 0, m_bodyBytes = 0, m_announced = -1;
    bool m_headerDone = false, m_notHttp = false, m_sinkStopped = false;
};

} // namespace Quadrant
