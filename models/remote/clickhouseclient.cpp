// SPDX-License-Identifier: MIT
#include "clickhouseclient.h"

#include "httpanswer.h"
#include "jobs/jobcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace Quadrant {

namespace {

// Beyond the deadline, one second more for each this many bytes sent or received: a large
// insert or a long stream of rows at any sane speed is never cut, a dripping server always is.
constexpr qint64 bytesPerExtraSecond = qint64(64) << 10;
constexpr int longestDeadlineSeconds = 30 * 86400;

bool hasControlCharacter(const QString &text)
{
    // Other_Control is U+0000-001F and U+007F-009F: CR, LF, NUL and DEL among them.
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator
               || c == QChar::ParagraphSeparator;
    });
}

} // namespace

std::optional<ClickHouseTarget>
ClickHouseTarget::parse(const QString &url, const QString &database, QString *error)
{
    auto refuse = [&](const QString &why) -> std::optional<ClickHouseTarget> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("http") || parsed.host().isEmpty())
        return refuse(QCoreApplication::translate(
                          "Quadrant",
                          "'%1' is not a ClickHouse address: write http://[USER@]HOST:PORT, for "
                          "example http://analyst@127.0.0.1:8123")
                          .arg(url.left(200)));
    if (!parsed.password().isEmpty())
        return refuse(QCoreApplication::translate("Quadrant",
                                                  "'%1' holds a password: leave it out and set "
                                                  "QUADRANT_CLICKHOUSE_PASSWORD instead")
                          .arg(parsed.host()));
    if (!(parsed.path().isEmpty() || parsed.path() == QLatin1String("/")) || parsed.hasQuery()
        || parsed.hasFragment())
        return refuse(
            QCoreApplication::translate(
                "Quadrant", "'%1' has a path or query: write http://[USER@]HOST:PORT only")
                .arg(url.left(200)));
    static const QRegularExpression databaseName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    if (!databaseName.match(database).hasMatch())
        return refuse(
            QCoreApplication::translate(
                "Quadrant", "'%1' is not a database name (letters, digits and _, 64 at most)")
                .arg(database.left(80)));
    // The user name goes into a header of every request: a control character there (CR, LF,
    // decoded from %0D%0A in a URL, or one a project file was given) would end the header and
    // add headers or a statement of its own.
    if (hasControlCharacter(parsed.userName()))
        return refuse(QCoreApplication::translate(
                          "Quadrant",
                          "'%1' has a control character in its user name: write the name as it is")
                          .arg(parsed.host()));
    ClickHouseTarget target;
    target.host = parsed.host();
    target.port = quint16(parsed.port(8123));
    if (!parsed.userName().isEmpty())
        target.user = parsed.userName();
    target.database = database;
    return target;
}

QString ClickHouseTarget::url() const
{
    const QString hostPart
        = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("http://%1@%2:%3").arg(user, hostPart).arg(port);
}

QString ClickHouseTarget::display() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

void ClickHouseTarget::takePasswordFromEnvironment()
{
    if (qEnvironmentVariableIsSet("QUADRANT_CLICKHOUSE_PASSWORD"))
        password = qEnvironmentVariable("QUADRANT_CLICKHOUSE_PASSWORD");
}

ClickHouseClient::ClickHouseClient(ClickHouseTarget target)
    : m_target(std::move(target))
{
    if (const auto seconds = deadlineFromEnvironment(&m_deadlineError))
        m_deadlineSeconds = *seconds;
}

std::optional<int> ClickHouseClient::deadlineFromEnvironment(QString *error)
{
    if (!qEnvironmentVariableIsSet("QUADRANT_CLICKHOUSE_DEADLINE"))
        return defaultDeadlineSeconds;
    const QString text = qEnvironmentVariable("QUADRANT_CLICKHOUSE_DEADLINE").trimmed();
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok && seconds >= 1 && seconds <= longestDeadlineSeconds)
        return int(seconds);
    if (error)
        *error = QCoreApplication::translate("Quadrant",
                                             "QUADRANT_CLICKHOUSE_DEADLINE is '%1': write a "
                                             "number of seconds from 1 to %2")
                     .arg(text.left(40))
                     .arg(longestDeadlineSeconds);
    return std::nullopt;
}

void ClickHouseClient::setDeadline(int seconds)
{
    m_deadlineSeconds = std::clamp(seconds, 1, longestDeadlineSeconds);
    m_deadlineError.clear();
}

void ClickHouseClient::setTimeouts(int connectSeconds, int idleSeconds)
{
    m_connectSeconds = std::max(1, connectSeconds);
    m_idleSeconds = std::max(1, idleSeconds);
}

QString ClickHouseClient::quote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString ClickHouseClient::identifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('`'), QLatin1String("\\`"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

std::optional<Failure>
ClickHouseClient::scalar(const QString &sql, QString *value, JobContext *context)
{
    QByteArray answer;
    if (auto failure = run(sql, QByteArray(), &answer, context))
        return failure;
    *value = QString::fromUtf8(answer).trimmed();
    return std::nullopt;
}

std::optional<Failure> ClickHouseClient::run(const QString &sql,
                                             const QByteArray &body,
                                             QByteArray *answer,
                                             JobContext *context,
                                             const Receiver &receiver)
{
    if (!m_deadlineError.isEmpty())
        return Failure(m_deadlineError);
    // Both travel in headers (see parse()); a target made by hand is checked here too.
    if (hasControlCharacter(m_target.user) || hasControlCharacter(m_target.password))
        return Failure(QCoreApplication::translate(
            "Quadrant",
            "the ClickHouse user name or password (QUADRANT_CLICKHOUSE_PASSWORD) has a control "
            "character: write it as it is"));
    const QString where = QStringLiteral("%1:%2").arg(m_target.host).arg(m_target.port);
    const QByteArray queryId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    // A statement with input data goes in the URL; otherwise it is the body (no URL limit).
    QByteArray target = "/?query_id=" + queryId;
    QByteArray payload = body;
    if (!body.isEmpty())
        target += "&query=" + QUrl::toPercentEncoding(sql);
    else
        payload = sql.toUtf8();
    QByteArray request = "POST " + target + " HTTP/1.0\r\n";
    request += "Host: " + where.toUtf8() + "\r\n";
    request += "X-ClickHouse-User: " + m_target.user.toUtf8() + "\r\n";
    if (!m_target.password.isEmpty())
        request += "X-ClickHouse-Key: " + m_target.password.toUtf8() + "\r\n";
    request += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n";

    // The whole statement, connection to last byte, has a deadline that grows with the bytes
    // it moves: neither a silent server (the idle timeout) nor a dripping one holds it longer.
    QElapsedTimer overall;
    overall.start();
    qint64 moved = 0;
    const auto deadlineSeconds = [&]() { return m_deadlineSeconds + moved / bytesPerExtraSecond; };
    const auto overdue = [&]() { return overall.elapsed() > deadlineSeconds() * 1000; };

    QTcpSocket socket;
    socket.connectToHost(m_target.host, m_target.port);
    QElapsedTimer waited;
    waited.start();
    while (!socket.waitForConnected(100)) {
        if (socket.state() == QAbstractSocket::UnconnectedState
            || waited.elapsed() > m_connectSeconds * 1000 || overdue()) {
            const QString reason
                = socket.state() == QAbstractSocket::UnconnectedState
                      ? socket.errorString()
                      : QCoreApplication::translate("Quadrant", "no answer in %1 s")
                            .arg(std::min(m_connectSeconds, m_deadlineSeconds));
            return Failure(
                QCoreApplication::translate("Quadrant", "cannot connect to ClickHouse at %1: %2")
                    .arg(where, reason.toLower()));
        }
        if (context && context->isCanceled())
            return Failure(QCoreApplication::translate("Quadrant", "canceled"));
    }
    auto lost = [&]() {
        return Failure(
            QCoreApplication::translate("Quadrant", "the connection to ClickHouse at %1 broke: %2")
                .arg(where, socket.errorString().toLower()));
    };
    // Gives up on the statement: the connection is dropped and the server told to stop it.
    auto stopped = [&](const QString &why) {
        socket.abort();
        // Not when this is the KILL QUERY itself: a server that floods or drips that answer
        // too would be told again and again, each time on a new connection, without end.
        if (!m_isKiller)
            killQuery(queryId);
        return Failure(why);
    };
    auto cancelled = [&]() { return stopped(QCoreApplication::translate("Quadrant", "canceled")); };
    auto late = [&]() {
        return stopped(QCoreApplication::translate(
                           "Quadrant",
                           "ClickHouse at %1 did not finish within %2 s (a server that answers "
                           "too slowly; QUADRANT_CLICKHOUSE_DEADLINE sets the limit); the query "
                           "was stopped on the server")
                           .arg(where)
                           .arg(deadlineSeconds()));
    };
    // Writes in pieces, so that a cancel is seen during a large insert too.
    const QByteArray parts[] = {request, payload};
    for (const QByteArray &part : parts) {
        for (qsizetype at = 0; at < part.size();) {
            const qint64 wrote = socket.write(part.constData() + at,
                                              std::min<qsizetype>(part.size() - at, 1 << 20));
            if (wrote < 0)
                return lost();
            at += wrote;
            moved += wrote;
            waited.restart();
            while (socket.bytesToWrite() > 0) {
                if (context && context->isCanceled())
                    return cancelled();
                if (overdue())
                    return late();
                if (!socket.waitForBytesWritten(100)) {
                    if (socket.state() != QAbstractSocket::ConnectedState)
                        return lost();
                    if (waited.elapsed() > m_idleSeconds * 1000)
                        return Failure(QCoreApplication::translate(
                                           "Quadrant", "ClickHouse at %1 took no data for %2 s")
                                           .arg(where)
                                           .arg(m_idleSeconds));
                }
            }
        }
    }

    // A whole answer (not streamed to a receiver) is a few rows: more is refused, not kept.
    qint64 wholeBytes = 0;
    bool tooLarge = false;
    HttpAnswer http([&](QByteArrayView bytes) {
        if (receiver)
            return receiver(bytes);
        wholeBytes += bytes.size();
        if (wholeBytes > maxAnswerBytes) {
            tooLarge = true;
            return false;
        }
        if (answer)
            answer->append(bytes.data(), bytes.size());
        return true;
    });
    waited.restart();
    for (;;) {
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(100)) {
            const QByteArray bytes = socket.readAll();
            moved += bytes.size();
            http.feed(bytes);
            waited.restart();
            if (tooLarge)
                return stopped(QCoreApplication::translate(
                                   "Quadrant",
                                   "ClickHouse at %1 sent more than %2 MB where a short answer "
                                   "was expected; the query was stopped on the server")
                                   .arg(where)
                                   .arg(maxAnswerBytes >> 20));
            // A receiver that stopped gets no more; read on a little for the server's own
            // exception, which explains the stop better than the receiver could.
            if (http.sinkStopped() && (http.bytesAfterStop() > (1 << 20) || http.exceptionAtEnd()))
                break;
            if (http.complete())
                break;
            if (context && context->isCanceled())
                return cancelled();
            if (overdue())
                return late();
            continue;
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        if (context && context->isCanceled())
            return cancelled();
        if (overdue())
            return late();
        if (waited.elapsed() > m_idleSeconds * 1000)
            return stopped(
                QCoreApplication::translate(
                    "Quadrant",
                    "ClickHouse at %1 sent nothing for %2 s; the query was stopped on the server")
                    .arg(where)
                    .arg(m_idleSeconds));
    }
    if (socket.error() != QAbstractSocket::RemoteHostClosedError
        && socket.error() != QAbstractSocket::UnknownSocketError && !http.sinkStopped()
        && !http.complete())
        return lost();
    if (!http.headerDone() || http.notHttp())
        return Failure(
            QCoreApplication::translate("Quadrant", "ClickHouse at %1 did not answer in HTTP")
                .arg(where));
    if (http.announcedLength() >= 0 && !http.bodyComplete() && !http.sinkStopped()
        && !http.errorFull())
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "ClickHouse at %1 sent %2 of the %3 bytes its answer announced: the "
                           "connection broke")
                           .arg(where)
                           .arg(http.bodyBytes())
                           .arg(http.announcedLength()));
    if (http.errorIsAuthentication())
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "ClickHouse at %1 refused user '%2': %3 (set the password in "
                           "QUADRANT_CLICKHOUSE_PASSWORD)")
                           .arg(where, m_target.user, http.errorText()));
    if (http.status() != 200)
        return Failure(QCoreApplication::translate("Quadrant", "ClickHouse at %1: %2")
                           .arg(where, http.errorText()));
    // An exception after the first bytes comes at the end of a 200 answer.
    if (const auto exception = http.exceptionAtEnd())
        return Failure(
            QCoreApplication::translate("Quadrant", "ClickHouse at %1: %2").arg(where, *exception));
    return std::nullopt;
}

std::optional<Failure> ClickHouseClient::killQuery(const QByteArray &queryId)
{
    ClickHouseClient killer(m_target);
    killer.setTimeouts(3, 5);
    killer.setDeadline(10);
    killer.m_isKiller = true;
    return killer.run(QStringLiteral("KILL QUERY WHERE query_id = %1 ASYNC")
                          .arg(quote(QString::fromLatin1(queryId))));
}

} // namespace Quadrant
