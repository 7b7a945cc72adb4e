// SPDX-License-Identifier: MIT
#include "clickhouseclient.h"

#include "jobs/jobcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>
#include <QUuid>

namespace Quadrant {

namespace {

// "Code: 193, e.displayText() = DB::Exception: Wrong password for user x, e.what() = ..."
// (18.16), or "Code: 60. DB::Exception: Table x doesn't exist. (UNKNOWN_TABLE)" (newer): the
// server's words and its code, on one line.
QString serverMessage(const QByteArray &body)
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
    return QStringLiteral("%1 (code %2)").arg(words, match.captured(1));
}

// Where the server's exception starts when it broke off an answer already under way, or -1.
qsizetype exceptionInTail(const QByteArray &tail)
{
    const qsizetype at = tail.lastIndexOf("Code: ");
    return at >= 0 && tail.indexOf("DB::Exception", at) > at ? at : -1;
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
{}

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

    QTcpSocket socket;
    socket.connectToHost(m_target.host, m_target.port);
    QElapsedTimer waited;
    waited.start();
    while (!socket.waitForConnected(100)) {
        if (socket.state() == QAbstractSocket::UnconnectedState
            || waited.elapsed() > m_connectSeconds * 1000) {
            const QString reason
                = socket.state() == QAbstractSocket::UnconnectedState
                      ? socket.errorString()
                      : QCoreApplication::translate("Quadrant", "no answer in %1 s")
                            .arg(m_connectSeconds);
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
    auto cancelled = [&]() {
        socket.abort();
        killQuery(queryId);
        return Failure(QCoreApplication::translate("Quadrant", "canceled"));
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
            waited.restart();
            while (socket.bytesToWrite() > 0) {
                if (context && context->isCanceled())
                    return cancelled();
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

    QByteArray header, errorBody, tail;
    int status = 0;
    bool headerDone = false, receiverStopped = false;
    auto deliver = [&](QByteArray bytes) {
        if (!headerDone) {
            header += bytes;
            const qsizetype end = header.indexOf("\r\n\r\n");
            if (end < 0) {
                if (header.size() > (1 << 16))
                    status = -1;
                return;
            }
            headerDone = true;
            const QList<QByteArray> first = header.left(header.indexOf("\r\n")).split(' ');
            status = first.size() >= 2 ? first[1].toInt() : -1;
            bytes = header.mid(end + 4);
            header.truncate(end);
        }
        if (bytes.isEmpty())
            return;
        if (status != 200) {
            if (errorBody.size() < (1 << 16))
                errorBody += bytes;
            return;
        }
        tail = QByteArray(tail + bytes).right(4096);
        if (receiverStopped)
            return;
        if (receiver) {
            if (!receiver(QByteArrayView(bytes)))
                receiverStopped = true;
        } else if (answer) {
            *answer += bytes;
        }
    };
    waited.restart();
    qint64 drained = 0;
    for (;;) {
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(100)) {
            const QByteArray bytes = socket.readAll();
            if (receiverStopped)
                drained += bytes.size();
            deliver(bytes);
            waited.restart();
            // A receiver that stopped gets no more; read on a little for the server's own
            // exception, which explains the stop better than the receiver could.
            if (receiverStopped && (drained > (1 << 20) || exceptionInTail(tail) >= 0))
                break;
            if (status < 0) // 64 KB of header without its end: not an HTTP server's answer
                break;
            continue;
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        if (context && context->isCanceled())
            return cancelled();
        if (waited.elapsed() > m_idleSeconds * 1000) {
            socket.abort();
            killQuery(queryId);
            return Failure(
                QCoreApplication::translate(
                    "Quadrant",
                    "ClickHouse at %1 sent nothing for %2 s; the query was stopped on the server")
                    .arg(where)
                    .arg(m_idleSeconds));
        }
    }
    if (socket.error() != QAbstractSocket::RemoteHostClosedError
        && socket.error() != QAbstractSocket::UnknownSocketError && !receiverStopped)
        return lost();
    if (!headerDone || status <= 0)
        return Failure(
            QCoreApplication::translate("Quadrant", "ClickHouse at %1 did not answer in HTTP")
                .arg(where));
    if (status == 401 || status == 403 || errorBody.contains("Wrong password")
        || errorBody.contains("Authentication failed"))
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "ClickHouse at %1 refused user '%2': %3 (set the password in "
                           "QUADRANT_CLICKHOUSE_PASSWORD)")
                           .arg(where, m_target.user, serverMessage(errorBody)));
    if (status != 200)
        return Failure(QCoreApplication::translate("Quadrant", "ClickHouse at %1: %2")
                           .arg(where, serverMessage(errorBody)));
    // An exception after the first bytes comes at the end of a 200 answer.
    if (const qsizetype at = exceptionInTail(tail); at >= 0)
        return Failure(QCoreApplication::translate("Quadrant", "ClickHouse at %1: %2")
                           .arg(where, serverMessage(tail.mid(at))));
    return std::nullopt;
}

std::optional<Failure> ClickHouseClient::killQuery(const QByteArray &queryId)
{
    ClickHouseClient killer(m_target);
    killer.setTimeouts(3, 5);
    return killer.run(QStringLiteral("KILL QUERY WHERE query_id = %1 ASYNC")
                          .arg(quote(QString::fromLatin1(queryId))));
}

} // namespace Quadrant
