// SPDX-License-Identifier: MIT
#include "httpanswer.h"

#include <QRegularExpression>

namespace Quadrant {

namespace {

// The last bytes of a 200 body are kept to find an exception ClickHouse appended to it.
constexpr qsizetype tailBytes = 4096;

// Where the server's exception starts in the tail of an answer, or -1.
qsizetype exceptionIn(const QByteArray &tail)
{
    const qsizetype at = tail.lastIndexOf("Code: ");
    return at >= 0 && tail.indexOf("DB::Exception", at) > at ? at : -1;
}

} // namespace

HttpAnswer::HttpAnswer(Sink sink)
    : m_sink(std::move(sink))
{}

void HttpAnswer::feed(QByteArrayView bytes)
{
    if (m_notHttp || bytes.isEmpty())
        return;
    if (!m_headerDone) {
        // Only what can still belong to the header is kept; its end may straddle two pieces.
        const qsizetype before = m_header.size();
        const qsizetype keep = std::min(bytes.size(), maxHeaderBytes + 4 - before);
        m_header.append(bytes.first(keep));
        const qsizetype end = m_header.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_header.size() >= maxHeaderBytes + 4)
                m_notHttp = true;
            return;
        }
        m_header.truncate(end);
        takeHeader();
        if (m_notHttp)
            return;
        bytes = bytes.sliced(end + 4 - before); // the body's first bytes, if this piece has any
    }
    if (m_announced >= 0) // what follows the announced length belongs to no answer
        bytes = bytes.first(std::min<qint64>(bytes.size(), m_announced - m_bodyBytes));
    if (bytes.isEmpty())
        return;
    m_bodyBytes += bytes.size();
    if (m_status != 200) {
        const qsizetype room = maxErrorBytes - m_errorBody.size();
        if (room > 0)
            m_errorBody.append(bytes.first(std::min(bytes.size(), room)));
        return;
    }
    if (bytes.size() >= tailBytes) {
        m_tail = bytes.last(tailBytes).toByteArray();
    } else {
        m_tail.append(bytes.data(), bytes.size());
        if (m_tail.size() > tailBytes)
            m_tail.remove(0, m_tail.size() - tailBytes);
    }
    if (m_sinkStopped) {
        m_afterStop += bytes.size();
        return;
    }
    if (m_sink && !m_sink(bytes))
        m_sinkStopped = true;
}

void HttpAnswer::takeHeader()
{
    m_headerDone = true;
    // "HTTP/1.x 200 OK": a protocol, a three-digit status.
    const qsizetype lineEnd = m_header.indexOf("\r\n");
    const QList<QByteArray> first = (lineEnd < 0 ? m_header : m_header.left(lineEnd)).split(' ');
    bool ok = false;
    const int status = first.size() >= 2 ? first[1].toInt(&ok) : 0;
    if (!first[0].startsWith("HTTP/") || !ok || status < 100 || status > 599) {
        m_notHttp = true;
        return;
    }
    m_status = status;
    // Content-Length, when the server sends one: anything else is not a length.
    for (const QByteArray &line : m_header.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool isNumber = false;
        const qlonglong length = line.mid(colon + 1).trimmed().toLongLong(&isNumber);
        if (!isNumber || length < 0) {
            m_notHttp = true;
            return;
        }
        m_announced = length;
    }
}

std::optional<QString> HttpAnswer::exceptionAtEnd() const
{
    const qsizetype at = exceptionIn(m_tail);
    if (at < 0)
        return std::nullopt;
    return serverMessage(QByteArrayView(m_tail).sliced(at));
}

QString HttpAnswer::errorText() const
{
    return serverMessage(m_errorBody);
}

bool HttpAnswer::errorIsAuthentication() const
{
    return m_status == 401 || m_status == 403 || m_errorBody.contains("Wrong password")
           || m_errorBody.contains("Authentication failed");
}

QString HttpAnswer::serverMessage(QByteArrayView body)
{
    const QString text = QString::fromUtf8(body).trimmed();
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(Code:\s*(\d+)[,.]\s*(?:e\.displayText\(\) = )?(?:DB::Exception:\s*)?(.*?)(?:,\s*e\.what\(\) = .*)?$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return text.left(300).simplified();
    QString words = match.captured(2).simplified();
    if (words.size() > 300)
        words = words.left(300) + QStringLiteral("...");
    return QStringLiteral("%1 (code %2)").arg(words, match.captured(1).left(12));
}

} // namespace Quadrant
