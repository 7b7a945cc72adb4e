// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace Quadrant {

class JobContext;

// Where a project's events live on a ClickHouse server: `http://[USER@]HOST:PORT` and a
// database. The password is never part of it as written down (the project file, a command line,
// a status line); it comes from QUADRANT_CLICKHOUSE_PASSWORD or is asked for.
struct ClickHouseTarget
{
    QString host;
    quint16 port = 8123;
    QString user = QStringLiteral("default");
    QString database = QStringLiteral("quadrant");
    QString password;

    // Reads `http://[USER@]HOST[:PORT]`; a password in the URL is refused (it would end up in
    // shell histories and the project file).
    static std::optional<ClickHouseTarget>
    parse(const QString &url, const QString &database, QString *error);
    // The URL without the password, as parse() reads it back.
    QString url() const;
    // "user@host:port/database", for status lines and messages.
    QString display() const;
    // QUADRANT_CLICKHOUSE_PASSWORD, when set.
    void takePasswordFromEnvironment();
};

// Runs statements on a ClickHouse server over its HTTP interface, blocking the calling thread
// (a worker's, never the GUI's): one connection per statement, HTTP/1.0 so the answer is plain
// bytes up to the close. A JobContext cancels: the connection is dropped and the server is told
// to KILL QUERY, so nothing keeps running there. Errors are one line that says what happened
// (refused, wrong password, no answer in time, the server's own exception with its code).
class ClickHouseClient
{
public:
    explicit ClickHouseClient(ClickHouseTarget target);

    // Receives the answer as it arrives, in pieces of any size; false stops reading (a failure
    // the receiver keeps for itself).
    using Receiver = std::function<bool(QByteArrayView bytes)>;

    // `sql` runs with `body` as its input (INSERT ... FORMAT X data). With a receiver the answer
    // streams to it; otherwise it lands in *answer when given.
    std::optional<Failure> run(const QString &sql,
                               const QByteArray &body = QByteArray(),
                               QByteArray *answer = nullptr,
                               JobContext *context = nullptr,
                               const Receiver &receiver = Receiver());
    // One row, one value: SELECT count() ...
    std::optional<Failure>
    scalar(const QString &sql, QString *value, JobContext *context = nullptr);

    // Seconds to wait for the connection and for each piece of the answer (a long query that
    // streams nothing for this long is given up).
    void setTimeouts(int connectSeconds, int idleSeconds);
    // Seconds one statement may take from connecting to its answer's last byte, plus one for
    // each 64 KB it sends or receives, so that only a server that answers too slowly (one
    // dripping a byte a second keeps the idle timeout at bay for ever) is given up on, and told
    // to stop the query. QUADRANT_CLICKHOUSE_DEADLINE or defaultDeadlineSeconds.
    void setDeadline(int seconds);
    static constexpr int defaultDeadlineSeconds = 600;
    // The deadline QUADRANT_CLICKHOUSE_DEADLINE sets, the default when unset, or nothing with
    // *error saying why when it is not a number of seconds (each statement then fails so).
    static std::optional<int> deadlineFromEnvironment(QString *error);
    // The most an answer not streamed to a receiver may hold (those are a few rows: a count,
    // a push's state, each block's count); a server that sends more is stopped and refused.
    static constexpr qint64 maxAnswerBytes = qint64(16) << 20;
    const ClickHouseTarget &target() const { return m_target; }

    // A literal for SQL: 'text' with quotes and backslashes escaped.
    static QString quote(const QString &text);
    // A name for SQL: `name` with backquotes escaped.
    static QString identifier(const QString &name);

private:
    std::optional<Failure> killQuery(const QByteArray &queryId);

    ClickHouseTarget m_target;
    int m_connectSeconds = 10;
    int m_idleSeconds = 300;
    int m_deadlineSeconds = defaultDeadlineSeconds;
    QString m_deadlineError;
    bool m_isKiller = false; // sends the KILL QUERY for a statement another client gave up on
};

} // namespace Quadrant
