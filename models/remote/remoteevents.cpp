// SPDX-License-Identifier: MIT
#include "remoteevents.h"

#include "analysis/analysiskind.h"
#include "analysis/eventindex.h"
#include "analysis/eventmatcher.h"
#include "common/timeparser.h"
#include "jobs/jobcontext.h"
#include "remote/rowbinarycursor.h"
#include "store/eventblocks.h"
#include "store/projectstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <future>
#include <numeric>
#include <unistd.h>

namespace Quadrant {

namespace {

// Rows per insert: at most one block of the server's (max_insert_block_size, 1,048,576 rows),
// so that each insert becomes one part, there whole or not at all.
constexpr qint64 rowsPerInsert = 1000000;
constexpr qint64 bytesPerInsert = qint64(192) << 20;
// seq = block id << 20 | position in the block: storage order, which ties keep.
constexpr int seqBlockShift = 20;
// A person is in a P % sample when the low 32 bits of row id x this, modulo 100, are below P:
// the same test in SQL and here (Knuth's multiplicative hash).
constexpr quint64 samplingMultiplier = 2654435761u;

void appendEscaped(QByteArray &out, QByteArrayView text)
{
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\0':
            out += "\\0";
            break;
        default:
            out += c;
        }
    }
}

// A read transaction on the file for as long as it lives, unless one is open already.
class ReadTransaction
{
public:
    explicit ReadTransaction(sqlite3 *db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db) != 0)
    {
        if (m_own)
            execSql(m_db, "BEGIN");
    }
    ~ReadTransaction()
    {
        if (m_own)
            execSql(m_db, "COMMIT");
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_db;
    bool m_own;
};

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

// Texts by a file's row id: a vector while ids are small (they are in a file Quadrant wrote),
// a hash for the odd one.
class TextById
{
public:
    void insert(qint64 id, const QByteArray &text)
    {
        if (id >= 0 && id < (qint64(1) << 26)) {
            if (size_t(id) >= m_dense.size())
                m_dense.resize(size_t(id) + 1, -1);
            m_dense[size_t(id)] = qint32(m_texts.size());
        } else {
            m_sparse.insert(id, qint32(m_texts.size()));
        }
        m_texts.push_back(text);
    }
    const QByteArray *find(qint64 id) const
    {
        qint32 slot = -1;
        if (id >= 0 && id < qint64(m_dense.size()))
            slot = m_dense[size_t(id)];
        else if (id < 0 || id >= (qint64(1) << 26))
            slot = m_sparse.value(id, -1);
        return slot < 0 ? nullptr : &m_texts[size_t(slot)];
    }

private:
    std::vector<qint32> m_dense;
    QHash<qint64, qint32> m_sparse;
    std::vector<QByteArray> m_texts;
};

QString sqlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << ClickHouseClient::quote(value);
    return QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Identities' persons as far as identity `upTo`: what the person column of pushed events was
// computed from. Merged persons (aliases imported) change it.
std::optional<QString> mappingDigest(sqlite3 *db, qint64 upTo, QString *error)
{
    SqliteStatement digest;
    if (auto f = digest.prepare(db,
                                "SELECT count(*), coalesce(sum(person_id), 0), "
                                "coalesce(sum((id % 1000003) * (person_id % 1000033) % "
                                "1000000007), 0) FROM identities WHERE id <= ?1")) {
        *error = f->message;
        return std::nullopt;
    }
    digest.bind(1, upTo);
    if (digest.step() != SQLITE_ROW) {
        *error = QCoreApplication::translate("Quadrant", "cannot read the identities");
        return std::nullopt;
    }
    return QStringLiteral("%1/%2/%3")
        .arg(digest.columnInt64(0))
        .arg(digest.columnInt64(1))
        .arg(digest.columnInt64(2));
}

qint64 maxIdentity(sqlite3 *db)
{
    SqliteStatement max;
    if (max.prepare(db, "SELECT coalesce(max(id), 0) FROM identities") || max.step() != SQLITE_ROW)
        return 0;
    return max.columnInt64(0);
}

// Every string in a definition, however deep.
void collectStrings(const QJsonValue &value, QStringList *out)
{
    if (value.isString())
        out->append(value.toString());
    else if (value.isArray())
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, out);
    else if (value.isObject())
        for (const QJsonValue &item : value.toObject())
            collectStrings(item, out);
}

} // namespace

struct RemoteEvents::ServerState
{
    bool pushed = false;   // a push has begun at least once
    bool complete = false; // ... and the newest one finished
    QString fingerprint, mapping;
    qint64 maxIdentity = 0, events = 0, minTs = 0, maxTs = 0;
    QStringList keys;
    QJsonArray names; // [[name, events, persons], ...]
};

RemoteEvents::RemoteEvents(ClickHouseTarget target)
    : m_client(std::move(target))
    , m_rowsPerInsert(rowsPerInsert)
{}

void RemoteEvents::setRowsPerInsert(qint64 rows)
{
    m_rowsPerInsert = std::clamp<qint64>(rows, 1, rowsPerInsert);
}

QString RemoteEvents::table(const char *name) const
{
    return ClickHouseClient::identifier(m_client.target().database) + QLatin1Char('.')
           + ClickHouseClient::identifier(QString::fromLatin1(name));
}

std::optional<Failure> RemoteEvents::prepareTables(JobContext *context)
{
    const QString statements[] = {
        QStringLiteral("CREATE DATABASE IF NOT EXISTS %1")
            .arg(ClickHouseClient::identifier(m_client.target().database)),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (person_row Int64, user_id String, ts Int64, "
                       "seq UInt64, name String, source String, properties String, block UInt64) "
                       "ENGINE = MergeTree() ORDER BY (person_row, ts, seq)")
            .arg(table("quadrant_events")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (serial UInt64, fingerprint String, complete "
                       "UInt8, max_identity Int64, mapping String, keys String, events UInt64, "
                       "min_ts Int64, max_ts Int64, names String) ENGINE = Log")
            .arg(table("quadrant_pushes")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (project String, marked_at Int64) "
                       "ENGINE = Log")
            .arg(table("quadrant_owner")),
    };
    for (const QString &sql : statements)
        if (auto failure = m_client.run(sql, QByteArray(), nullptr, context))
            return failure;
    return std::nullopt;
}

QString RemoteEvents::projectIdentity(const ProjectStore &store)
{
    const QString id = store.metaValue(QStringLiteral("project_id"));
    if (!id.isEmpty())
        return id;
    // A file made before projects had an id: when it was made (copies keep that), and when a
    // demo copy was made of it, which is another project.
    const QString created = store.metaValue(QStringLiteral("created_at"));
    if (created.isEmpty())
        return QString();
    const QString demo = store.metaValue(QStringLiteral("demo_copy"));
    return QStringLiteral("created ") + created
           + (demo.isEmpty() ? QString() : QStringLiteral(" demo ") + demo);
}

std::optional<Failure> RemoteEvents::claimDatabase(const ProjectStore &store,
                                                   const ServerState &state,
                                                   const QString &localFingerprint,
                                                   JobContext *context,
                                                   bool *claimedEmpty)
{
    *claimedEmpty = false;
    const QString project = projectIdentity(store);
    const QString database = m_client.target().database;
    const QString server
        = QStringLiteral("%1:%2").arg(m_client.target().host).arg(m_client.target().port);
    if (project.isEmpty())
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "the project file does not say which project it is (no created_at "
                           "in project_meta), so no ClickHouse database can be marked as its own"),
                       store.path());
    QByteArray marks;
    if (auto failure = m_client.run(QStringLiteral("SELECT project FROM %1 FORMAT TabSeparated")
                                        .arg(table("quadrant_owner")),
                                    QByteArray(),
                                    &marks,
                                    context))
        return failure;
    QList<QByteArray> lines = marks.split('\n');
    lines.removeAll(QByteArray());
    if (lines.size() == 1 && lines.first() == project.toUtf8())
        return std::nullopt;
    if (!lines.isEmpty())
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "the database %1 on ClickHouse at %2 holds another project's events: "
                           "push with --database and a name of its own, or drop that database "
                           "there yourself")
                           .arg(database, server));
    // No mark: a database that holds no events yet, or exactly this project's as a push of an
    // earlier Quadrant left them, is this project's from now on. Anything else is not touched.
    QString events;
    if (auto failure
        = m_client.scalar(QStringLiteral("SELECT count() FROM %1").arg(table("quadrant_events")),
                          &events,
                          context))
        return failure;
    bool isNumber = false;
    const qlonglong eventsThere = events.toLongLong(&isNumber);
    if (!isNumber || eventsThere < 0)
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "ClickHouse at %1 did not answer a count of the events in %2 as "
                           "ClickHouse does ('%3'); nothing was sent")
                           .arg(server, database, events.left(40)));
    const bool empty = eventsThere == 0;
    *claimedEmpty = empty;
    const bool thisProjects = state.complete && state.fingerprint == localFingerprint;
    if (!empty && !thisProjects)
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "the database %1 on ClickHouse at %2 holds events that no Quadrant "
                           "project marked as its own (an older Quadrant's push, or another "
                           "program's): push with --database and a name of its own, or drop that "
                           "database there yourself")
                           .arg(database, server));
    QByteArray mark;
    appendEscaped(mark, project.toUtf8());
    mark += '\t' + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '\n';
    return m_client.run(
        QStringLiteral("INSERT INTO %1 FORMAT TabSeparated").arg(table("quadrant_owner")),
        mark,
        nullptr,
        context);
}

std::optional<Failure> RemoteEvents::readState(ServerState *state, JobContext *context)
{
    QByteArray answer;
    if (auto failure = m_client.run(
            QStringLiteral("SELECT fingerprint, complete, max_identity, mapping, keys, events, "
                           "min_ts, max_ts, names FROM %1 ORDER BY serial DESC LIMIT 1 "
                           "FORMAT JSONEachRow")
                .arg(table("quadrant_pushes")),
            QByteArray(),
            &answer,
            context)) {
        // No table: nothing was ever pushed to this database.
        if (failure->message.contains(QLatin1String("code 60"))
            || failure->message.contains(QLatin1String("code 81")))
            return std::nullopt;
        return failure;
    }
    const QByteArray line = answer.trimmed();
    if (line.isEmpty())
        return std::nullopt;
    const QJsonObject row = QJsonDocument::fromJson(line).object();
    auto number = [&](const char *key) {
        const QJsonValue value = row.value(QLatin1String(key));
        return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
    };
    state->pushed = true;
    state->fingerprint = row.value(QLatin1String("fingerprint")).toString();
    state->complete = number("complete") == 1;
    state->maxIdentity = number("max_identity");
    state->mapping = row.value(QLatin1String("mapping")).toString();
    state->events = number("events");
    state->minTs = number("min_ts");
    state->maxTs = number("max_ts");
    for (const QJsonValue &key :
         QJsonDocument::fromJson(row.value(QLatin1String("keys")).toString().toUtf8()).array())
        state->keys << key.toString();
    state->names
        = QJsonDocument::fromJson(row.value(QLatin1String("names")).toString().toUtf8()).array();
    return std::nullopt;
}

std::optional<QString> RemoteEvents::fingerprint(const ProjectStore &store, QString *error)
{
    if (EventBlockReader::usesRowStore(store)) {
        *error = QCoreApplication::translate(
            "Quadrant",
            "the project file is of an older version: open it in the workbench once, "
            "so that it is upgraded, then push");
        return std::nullopt;
    }
    sqlite3 *db = store.handle();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData("quadrant-remote-2\n");
    // The identities as a push's mapping digest sees them, up to the newest.
    const qint64 identities = maxIdentity(db);
    const auto mapping = mappingDigest(db, identities, error);
    if (!mapping)
        return std::nullopt;
    hash.addData(QByteArray(QByteArray::number(identities) + ' ' + mapping->toUtf8() + '\n'));
    const char *queries[] = {
        "SELECT id, events FROM event_blocks ORDER BY id",
        "SELECT count(*), coalesce(max(id), 0), coalesce(sum(id), 0), "
        "coalesce(sum(length(user_id)), 0) FROM persons",
        "SELECT id, name FROM event_names ORDER BY id",
        "SELECT id, name FROM sources ORDER BY id",
    };
    for (const char *sql : queries) {
        SqliteStatement query;
        if (auto f = query.prepare(db, sql)) {
            *error = f->message;
            return std::nullopt;
        }
        hash.addData(QByteArrayView(sql));
        while (query.step() == SQLITE_ROW) {
            for (int column = 0; column < query.columnCount(); ++column) {
                hash.addData(query.columnText(column));
                hash.addData("\t");
            }
            hash.addData("\n");
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<Failure> RemoteEvents::checkCurrent(const ProjectStore &store, JobContext *context)
{
    ServerState state;
    if (auto failure = readState(&state, context))
        return failure;
    return staleness(state, store);
}

std::optional<Failure> RemoteEvents::staleness(const ServerState &state,
                                               const ProjectStore &store) const
{
    QString error;
    const auto local = fingerprint(store, &error);
    if (!local)
        return Failure(error, store.path());
    const QString where = m_client.target().display();
    if (!state.pushed)
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "ClickHouse at %1 holds no events of a project yet: run "
                           "`quadrant-cli push` (or File > Push Events to ClickHouse) first")
                           .arg(where));
    if (!state.complete)
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "the last push to ClickHouse at %1 did not finish: push again, it "
                           "resumes where it stopped")
                           .arg(where));
    if (state.fingerprint != *local)
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "the events on ClickHouse at %1 are not this project's as it is now "
                           "(events imported or persons merged since the push, or another "
                           "project): push again")
                           .arg(where));
    return std::nullopt;
}

std::optional<Failure>
RemoteEvents::push(const ProjectStore &store, JobContext &context, PushReport *report)
{
    bool partial = false;
    auto failure = pushOnce(store, context, report, false, &partial);
    // A block the server holds only part of (an insert whose connection was cut at a row's end
    // looks complete to the server): that copy cannot be mended row by row; send it all again.
    if (failure && partial)
        failure = pushOnce(store, context, report, true, &partial);
    return failure;
}

std::optional<Failure> RemoteEvents::pushOnce(const ProjectStore &store,
                                              JobContext &context,
                                              PushReport *report,
                                              bool startAgain,
                                              bool *partial)
{
    *report = PushReport();
    sqlite3 *db = store.handle();
    // Everything read from the file, the fingerprint first, comes from one state of it.
    const ReadTransaction read(db);
    QString error;
    const auto local = fingerprint(store, &error);
    if (!local)
        return Failure(error, store.path());
    if (auto failure = prepareTables(&context))
        return failure;
    ServerState state;
    if (auto failure = readState(&state, &context))
        return failure;
    bool claimedEmpty = false;
    if (auto failure = claimDatabase(store, state, *local, &context, &claimedEmpty))
        return failure;
    if (state.complete && state.fingerprint == *local) {
        report->alreadyCurrent = true;
        report->eventsOnServer = state.events;
        return std::nullopt;
    }

    // What the server holds already: whole blocks (inserts are whole blocks).
    QHash<qint64, qint64> blocksThere;
    {
        QByteArray answer;
        if (auto failure = m_client.run(
                QStringLiteral("SELECT block, count() FROM %1 GROUP BY block FORMAT TabSeparated")
                    .arg(table("quadrant_events")),
                QByteArray(),
                &answer,
                &context))
            return failure;
        for (const QByteArray &line : answer.split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() == 2)
                blocksThere.insert(fields[0].toLongLong(), fields[1].toLongLong());
        }
    }
    const qint64 identitiesNow = maxIdentity(db);
    bool startOver = startAgain || (!blocksThere.isEmpty() && !state.pushed);
    {
        // Blocks the file no longer has (a demo copy rewrites them): the server's copy is of
        // another state of the project.
        QSet<qint64> local;
        SqliteStatement ids;
        if (auto f = ids.prepare(db, "SELECT id FROM event_blocks"))
            return Failure(f->message, store.path());
        while (ids.step() == SQLITE_ROW)
            local.insert(ids.columnInt64(0));
        for (auto it = blocksThere.cbegin(); it != blocksThere.cend(); ++it)
            startOver = startOver || !local.contains(it.key());
    }
    if (state.pushed) {
        const auto mapping = mappingDigest(db, state.maxIdentity, &error);
        if (!mapping)
            return Failure(error, store.path());
        startOver = startOver || *mapping != state.mapping;
    }

    // Dictionaries of the file: who each identity is now, names, sources, as the escaped text
    // each row starts with or carries.
    TextById rowStart, nameText, sourceText;
    {
        QHash<qint64, QByteArray> userIdOf;
        SqliteStatement persons, identities, names, sources;
        if (auto f = persons.prepare(db, "SELECT id, user_id FROM persons"))
            return Failure(f->message, store.path());
        while (persons.step() == SQLITE_ROW)
            userIdOf.insert(persons.columnInt64(0), persons.columnText(1).toByteArray());
        if (auto f = identities.prepare(db, "SELECT id, person_id FROM identities ORDER BY id"))
            return Failure(f->message, store.path());
        QByteArray start;
        while (identities.step() == SQLITE_ROW) {
            const qint64 person = identities.columnInt64(1);
            const auto user = userIdOf.constFind(person);
            if (user == userIdOf.cend())
                continue; // an identity of no person: its events are left out, as locally
            start.clear();
            appendNumber(start, person);
            start += '\t';
            appendEscaped(start, *user);
            start += '\t';
            rowStart.insert(identities.columnInt64(0), start);
        }
        if (auto f = names.prepare(db, "SELECT id, name FROM event_names"))
            return Failure(f->message, store.path());
        while (names.step() == SQLITE_ROW) {
            QByteArray text;
            appendEscaped(text, names.columnText(1));
            nameText.insert(names.columnInt64(0), text);
        }
        if (auto f = sources.prepare(db, "SELECT id, name FROM sources"))
            return Failure(f->message, store.path());
        sourceText.insert(0, QByteArray());
        while (sources.step() == SQLITE_ROW) {
            QByteArray text;
            appendEscaped(text, sources.columnText(1));
            sourceText.insert(sources.columnInt64(0), text);
        }
    }
    // Who the identities are now: recorded when the push begins and when it finishes.
    const auto mappingNow = mappingDigest(db, identitiesNow, &error);
    if (!mappingNow)
        return Failure(error, store.path());
    auto begin = [&]() -> std::optional<Failure> {
        QByteArray row = QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "\t\t0\t"
                         + QByteArray::number(identitiesNow) + '\t' + mappingNow->toUtf8()
                         + "\t[]\t0\t0\t0\t[]\n";
        return m_client.run(
            QStringLiteral("INSERT INTO %1 FORMAT TabSeparated").arg(table("quadrant_pushes")),
            row,
            nullptr,
            &context);
    };
    // A database taken because it held no events that now holds some: the server contradicts
    // itself, and what it holds is not known to be this project's to drop.
    if (claimedEmpty && !blocksThere.isEmpty())
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "ClickHouse at %1 counted no events in %2, then listed blocks of "
                           "them: nothing was dropped or sent")
                           .arg(m_client.target().display(), m_client.target().database));
    if (startOver) {
        report->startedOver = true;
        blocksThere.clear();
        if (auto failure
            = m_client.run(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table("quadrant_events")),
                           QByteArray(),
                           nullptr,
                           &context))
            return failure;
        if (auto failure = prepareTables(&context))
            return failure;
    }
    // A push that resumes keeps the mapping its beginning recorded (identities added since are
    // new persons' or new aliases', which the blocks still to send carry).
    if (startOver || !state.pushed || state.complete)
        if (auto failure = begin())
            return failure;

    SqliteStatement blocks;
    if (auto f = blocks.prepare(db, "SELECT id, events, data FROM event_blocks ORDER BY id"))
        return Failure(f->message, store.path());
    const qint64 totalEvents = std::max<qint64>(1, EventBlockReader::count(store));
    QSet<QString> keys;
    QSet<QByteArray> textsSeen;
    QByteArray batch;
    qint64 batchRows = 0, eventsRead = 0;
    // One insert travels while the next is built. An insert under way is let finish (at most
    // rowsPerInsert events) rather than cut: a cut insert may leave part of a block.
    const QString insert
        = QStringLiteral("INSERT INTO %1 FORMAT TabSeparated").arg(table("quadrant_events"));
    std::future<std::optional<Failure>> sending;
    qint64 sendingRows = 0;
    auto sent = [&]() -> std::optional<Failure> {
        if (!sending.valid())
            return std::nullopt;
        auto failure = sending.get();
        if (!failure)
            report->eventsSent += sendingRows;
        sendingRows = 0;
        return failure;
    };
    auto flush = [&]() -> std::optional<Failure> {
        if (auto failure = sent())
            return failure;
        if (batchRows == 0)
            return std::nullopt;
        sendingRows = batchRows;
        sending = std::async(std::launch::async, [this, insert, data = std::move(batch)]() {
            return m_client.run(insert, data);
        });
        batch = QByteArray();
        batchRows = 0;
        return std::nullopt;
    };
    // Whatever way this ends, no insert is left running on its own.
    struct WaitForSending
    {
        std::future<std::optional<Failure>> &sending;
        ~WaitForSending()
        {
            if (sending.valid())
                sending.wait();
        }
    } waitForSending{sending};
    EventBlock block;
    std::vector<QByteArrayView> starts;
    std::vector<const QByteArray *> nameOf, sourcesOf;
    while (blocks.step() == SQLITE_ROW) {
        const qint64 blockId = blocks.columnInt64(0);
        const QByteArrayView data = blocks.columnBlob(2);
        if (!EventBlockCodec::decode(data, true, &block, blocks.columnInt64(1)))
            return Failure(damagedBlockFailure(blockId).message, store.path());
        if (blockId < 0 || blockId >= (qint64(1) << 40) || block.size() >= (1u << seqBlockShift))
            return Failure(
                QCoreApplication::translate(
                    "Quadrant", "event block %1 cannot be pushed (its id or size is out of range)")
                    .arg(blockId),
                store.path());
        for (const QByteArray &text : block.values) {
            if (textsSeen.contains(text))
                continue;
            if (textsSeen.size() < 1000000)
                textsSeen.insert(text);
            const QJsonObject object = QJsonDocument::fromJson(text).object();
            for (auto it = object.begin(); it != object.end(); ++it)
                keys.insert(it.key());
        }
        // The events the local index holds (others are left out, as it leaves them out).
        starts.assign(block.size(), QByteArrayView());
        nameOf.assign(block.size(), nullptr);
        sourcesOf.assign(block.size(), nullptr);
        qint64 pushable = 0;
        for (size_t e = 0; e < block.size(); ++e) {
            const QByteArray *start = rowStart.find(block.identities[e]);
            nameOf[e] = nameText.find(block.names[e]);
            sourcesOf[e] = sourceText.find(block.sources[e]);
            if (!start || !nameOf[e] || !TimeParser::inRange(block.times[e])) {
                nameOf[e] = nullptr;
                continue;
            }
            starts[e] = QByteArrayView(*start);
            ++pushable;
        }
        eventsRead += qint64(block.size());
        const auto there = blocksThere.constFind(blockId);
        if (there != blocksThere.cend() && *there == pushable) {
            ++report->blocksAlreadyThere;
        } else if (there != blocksThere.cend()) {
            // Part of a block: an insert cut short, or the server's copy changed by hand.
            *partial = true;
            return Failure(QCoreApplication::translate(
                               "Quadrant",
                               "ClickHouse at %1 holds %2 events of block %3 where the project has "
                               "%4: drop the database %5 there and push again")
                               .arg(m_client.target().display())
                               .arg(*there)
                               .arg(blockId)
                               .arg(pushable)
                               .arg(m_client.target().database));
        } else if (pushable > 0) {
            if (batchRows + pushable > m_rowsPerInsert || batch.size() > bytesPerInsert)
                if (auto failure = flush())
                    return failure;
            batch.reserve(batch.size() + qsizetype(block.size()) * 128);
            for (size_t e = 0; e < block.size(); ++e) {
                if (!nameOf[e])
                    continue;
                batch.append(starts[e]);
                appendNumber(batch, block.times[e]);
                batch += '\t';
                appendNumber(batch, qint64((quint64(blockId) << seqBlockShift) | quint64(e)));
                batch += '\t';
                batch.append(*nameOf[e]);
                batch += '\t';
                if (sourcesOf[e])
                    batch.append(*sourcesOf[e]);
                batch += '\t';
                appendEscaped(batch, block.propertiesOf(e));
                batch += '\t';
                appendNumber(batch, blockId);
                batch += '\n';
            }
            batchRows += pushable;
            ++report->blocksSent;
        }
        if (context.isCanceled()) {
            sent();
            return Failure(QCoreApplication::translate("Quadrant", "canceled"));
        }
        context.setProgress(
            0.95 * double(eventsRead) / double(std::max<qint64>(1, totalEvents)),
            QCoreApplication::translate("Quadrant", "Pushing events to ClickHouse"));
    }
    if (auto failure = flush())
        return failure;
    if (auto failure = sent())
        return failure;

    // What the server now holds, for the catalog and for ranges, then the push is complete.
    QByteArray totals, names;
    if (auto failure = m_client.run(
            QStringLiteral("SELECT count(), min(ts), max(ts) FROM %1 FORMAT TabSeparated")
                .arg(table("quadrant_events")),
            QByteArray(),
            &totals,
            &context))
        return failure;
    if (auto failure = m_client.run(
            QStringLiteral("SELECT name, count(), uniqExact(person_row) FROM %1 GROUP BY name "
                           "FORMAT JSONCompact")
                .arg(table("quadrant_events")),
            QByteArray(),
            &names,
            &context))
        return failure;
    const QList<QByteArray> total = totals.trimmed().split('\t');
    if (total.size() != 3)
        return Failure(QCoreApplication::translate("Quadrant", "ClickHouse at %1 gave no totals")
                           .arg(m_client.target().display()));
    bool totalsRead = true;
    for (const QByteArray &field : total) {
        bool isNumber = false;
        field.toLongLong(&isNumber);
        totalsRead = totalsRead && isNumber;
    }
    QJsonParseError parsed;
    const QJsonDocument nameDocument = QJsonDocument::fromJson(names, &parsed);
    const QJsonValue nameData = nameDocument.object().value(QLatin1String("data"));
    if (!totalsRead || parsed.error != QJsonParseError::NoError || !nameData.isArray())
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "ClickHouse at %1 sent totals or event names that cannot be read (an "
                           "answer cut short?): the push is not recorded as finished; push again")
                           .arg(m_client.target().display()));
    report->eventsOnServer = total[0].toLongLong();
    QJsonArray nameRows;
    for (const QJsonValue &row : nameData.toArray()) {
        const QJsonArray fields = row.toArray();
        nameRows.append(QJsonArray{fields.at(0).toString(),
                                   fields.at(1).toVariant().toLongLong(),
                                   fields.at(2).toVariant().toLongLong()});
    }
    QStringList keyList(keys.begin(), keys.end());
    keyList.sort();
    QByteArray row = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 1) + '\t'
                     + local->toUtf8() + "\t1\t" + QByteArray::number(identitiesNow) + '\t'
                     + mappingNow->toUtf8() + '\t';
    appendEscaped(
        row, QJsonDocument(QJsonArray::fromStringList(keyList)).toJson(QJsonDocument::Compact));
    row += '\t' + total[0] + '\t' + total[1] + '\t' + total[2] + '\t';
    appendEscaped(row, QJsonDocument(nameRows).toJson(QJsonDocument::Compact));
    row += '\n';
    if (auto failure = m_client.run(
            QStringLiteral("INSERT INTO %1 FORMAT TabSeparated").arg(table("quadrant_pushes")),
            row,
            nullptr,
            &context))
        return failure;
    context.setProgress(1.0, QCoreApplication::translate("Quadrant", "Pushed"));
    return std::nullopt;
}

bool RemoteEvents::Plan::sampled(qint64 personRow, int percent)
{
    return ((quint64(personRow) * samplingMultiplier) & 0xffffffffu) % 100 < quint64(percent);
}

qint64 RemoteEvents::Plan::eventsThisComputerHolds()
{
    bool set = false;
    const qint64 configured = qEnvironmentVariableIntValue("QUADRANT_REMOTE_MAX_EVENTS", &set);
    if (set && configured > 0)
        return configured;
    // Half the memory, at 32 bytes an event while placing them.
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0)
        return qint64(100) * 1000 * 1000;
    return qint64(pages) * qint64(pageSize) / 2 / 32;
}

RemoteEvents::Plan RemoteEvents::Plan::forDefinition(const QJsonObject &definition)
{
    Plan plan;
    QStringList strings;
    collectStrings(definition, &strings);
    QSet<QString> names, keys;
    bool anyEvent = false;
    for (const QString &text : strings) {
        keys.insert(text);
        for (const QLatin1String prefix : {QLatin1String("event."),
                                           QLatin1String("person."),
                                           QLatin1String("sum:"),
                                           QLatin1String("avg:")})
            if (text.startsWith(prefix))
                keys.insert(text.mid(prefix.size()));
        const auto selector = EventSelector::parse(text, nullptr);
        if (!selector)
            continue;
        names.insert(selector->event);
        anyEvent = anyEvent || selector->event == QLatin1String("*");
        for (const auto &filter : selector->filters)
            keys.insert(filter.property);
    }
    // What the kind reads: only the events it names, or every event; only the persons who did
    // its entry event, or everyone (a superset of who enters: the step's filters and ranges
    // apply here). An unknown kind reads everything.
    const AnalysisKindEngine *kind = AnalysisKinds::of(definition);
    const EventsRead reads = kind ? kind->eventsRead(definition) : EventsRead();
    plan.everyEvent = !reads.onlyNamedEvents || anyEvent;
    if (!plan.everyEvent) {
        plan.eventNames = QStringList(names.begin(), names.end());
        plan.eventNames.sort();
    }
    const QString &entry = reads.entry;
    if (const auto selector = EventSelector::parse(entry, nullptr);
        selector && selector->event != QLatin1String("*"))
        plan.entryEvent = selector->event;
    plan.propertyKeys = QStringList(keys.begin(), keys.end());
    plan.propertyKeys.sort();
    plan.everyProperty = false;
    return plan;
}

std::shared_ptr<const EventIndex> RemoteEvents::readIndex(const ProjectStore &store,
                                                          const Plan &plan,
                                                          JobContext &context,
                                                          std::optional<Failure> *failure)
{
    auto fail = [&](Failure why) -> std::shared_ptr<const EventIndex> {
        if (failure)
            *failure = std::move(why);
        return nullptr;
    };
    // The fingerprint and the persons come from one state of the file.
    const ReadTransaction read(store.handle());
    ServerState state;
    if (auto problem = readState(&state, &context))
        return fail(*problem);
    if (auto stale = staleness(state, store))
        return fail(*stale);

    auto index = std::make_shared<EventIndex>();
    {
        QHash<qint64, quint32> eventDense;
        QHash<qint64, quint16> sourceDense;
        if (auto problem
            = EventIndex::readDictionaries(store.handle(), *index, eventDense, sourceDense))
            return fail(Failure(*problem, store.path()));
    }
    index->m_eventsReadElsewhere = true;
    index->m_firstTs = state.minTs;
    index->m_lastTs = state.maxTs;
    QVector<EventNameCount> counts;
    for (const QJsonValue &row : state.names) {
        const QJsonArray fields = row.toArray();
        counts.append({fields.at(0).toString(),
                       fields.at(1).toVariant().toLongLong(),
                       fields.at(2).toVariant().toLongLong()});
    }
    std::sort(counts.begin(), counts.end(), [](const EventNameCount &a, const EventNameCount &b) {
        return a.events != b.events ? a.events > b.events : a.name < b.name;
    });
    index->m_nameCounts = counts;

    QStringList keys;
    for (const QString &key : plan.propertyKeys)
        if (state.keys.contains(key))
            keys << key;
    if (plan.everyProperty) {
        keys = state.keys;
        index->m_everyPropertyRead = true;
    }
    QStringList conditions;
    qint64 toRead = state.events;
    if (!plan.everyEvent) {
        QStringList names;
        for (const QString &name : plan.eventNames)
            if (index->eventId(name) >= 0)
                names << name;
        conditions << (names.isEmpty()
                           ? QStringLiteral("0")
                           : QStringLiteral("name IN (%1)").arg(sqlList(names).mid(1).chopped(1)));
        toRead = 0;
        for (const EventNameCount &count : counts)
            if (names.contains(count.name))
                toRead += count.events;
    }
    // Only the persons with the entry event, when that saves enough to pay for the server's
    // extra pass (a scan of every name and a set of persons, about a fifth of what placing the
    // same number of events costs here, measured at 10M): the events saved, if persons do alike,
    // must exceed a fifth of all events. A retention over any event that few persons start
    // reads a tenth of the events; a funnel whose first step nearly everyone did, or whose
    // events are few anyway, reads faster without it.
    qint64 entryPersons = -1;
    for (const EventNameCount &count : counts)
        if (count.name == plan.entryEvent)
            entryPersons = count.persons;
    const qint64 persons = std::max<qint64>(1, qint64(index->m_personRowIds.size()));
    if (!plan.entryEvent.isEmpty() && entryPersons >= 0
        && entryPersons<persons &&double(toRead) * (1.0 - double(entryPersons) / double(persons))
                        * 5.0> double(state.events)) {
        conditions << QStringLiteral("person_row IN (SELECT person_row FROM %1 WHERE name = %2)")
                          .arg(table("quadrant_events"), ClickHouseClient::quote(plan.entryEvent));
        // Their events are counted exactly below, before any is placed.
        toRead = 0;
    }
    const int percent = std::clamp(plan.samplePercent, 1, 100);
    if (percent < 100) {
        conditions << QStringLiteral("modulo(bitAnd(person_row * %1, 4294967295), 100) < %2")
                          .arg(samplingMultiplier)
                          .arg(percent);
        index->keepPersons(
            [percent](qint64 row) { return RemoteEvents::Plan::sampled(row, percent); });
        toRead = toRead * percent / 100;
    }
    // More events than this computer can hold in memory: refused before reading any (from the
    // push's totals here, from the exact per-person counts below).
    const qint64 limit = plan.maxEvents > 0 ? plan.maxEvents : Plan::eventsThisComputerHolds();
    const auto tooLarge = [&](qint64 events) {
        return Failure(
            QCoreApplication::translate(
                "Quadrant",
                "this analysis would read %1 events from ClickHouse at %2, more than this "
                "computer can hold (about %3): compute it on a sample of persons (quadrant-cli "
                "--sample PERCENT), or name fewer events")
                .arg(events)
                .arg(m_client.target().display())
                .arg(limit));
    };
    if (toRead > limit)
        return fail(tooLarge(toRead));
    const QString where = conditions.isEmpty() ? QString()
                                               : QStringLiteral(" WHERE ")
                                                     + conditions.join(QStringLiteral(" AND "));
    const QString events = table("quadrant_events");
    // Persons by row id: a vector while row ids are dense (they are in a file Quadrant wrote).
    const auto &rowIds = index->m_personRowIds;
    const bool denseRows
        = rowIds.empty()
          || (rowIds.front() >= 0 && rowIds.back() < 4 * qint64(rowIds.size()) + (1 << 20));
    std::vector<qint32> denseOf(denseRows && !rowIds.empty() ? size_t(rowIds.back()) + 1 : 0, -1);
    for (size_t p = 0; p < rowIds.size() && denseRows; ++p)
        denseOf[size_t(rowIds[p])] = qint32(p);
    const auto personOf = [&](qint64 row) -> qint32 {
        if (denseRows)
            return row >= 0 && row < qint64(denseOf.size()) ? denseOf[size_t(row)] : -1;
        const auto it = std::lower_bound(rowIds.begin(), rowIds.end(), row);
        return it != rowIds.end() && *it == row ? qint32(it - rowIds.begin()) : -1;
    };
    const Failure foreign(QCoreApplication::translate(
                              "Quadrant",
                              "ClickHouse at %1 holds an event of a person or an event name this "
                              "project does not have: push again")
                              .arg(m_client.target().display()));

    // Two queries, neither sorted by the server (sorting a billion rows there costs more than
    // placing them here): each person's count, so that every event goes straight to its place,
    // then the events in whatever order the server reads them.
    std::vector<qint64> offsets(rowIds.size() + 1, 0);
    std::optional<Failure> bad;
    qint64 counted = 0;
    std::vector<bool> personCounted(rowIds.size(), false);
    // The server holds this project's events, some of them: never more than the file does.
    const qint64 projectEvents = EventBlockReader::count(store);
    const Failure moreThanTheProject(
        QCoreApplication::translate(
            "Quadrant",
            "ClickHouse at %1 counts more events than the project holds (%2): push again")
            .arg(m_client.target().display())
            .arg(projectEvents));
    {
        RowBinaryCursor cursor;
        const auto receive = [&](QByteArrayView bytes) {
            cursor.append(bytes);
            for (;;) {
                cursor.mark();
                qint64 row = 0;
                quint64 count = 0;
                if (!cursor.read(&row) || !cursor.read(&count)) {
                    cursor.rewind();
                    return true;
                }
                const qint32 p = personOf(row);
                // One row per person who has events (GROUP BY): a person twice, or with none,
                // is not a count (an endless stream of them kept the read going for ever).
                if (p < 0 || count == 0 || personCounted[size_t(p)]) {
                    bad = foreign;
                    return false;
                }
                personCounted[size_t(p)] = true;
                // No more events than the project holds, nor than the guard lets through (a
                // hostile count allocates nothing: 4.8 KB of counts once cost 8.5 GB).
                if (count > quint64(projectEvents) || counted + qint64(count) > projectEvents) {
                    bad = moreThanTheProject;
                    return false;
                }
                if (count > quint64(limit) || counted + qint64(count) > limit) {
                    bad = tooLarge(count > quint64(limit) ? limit + 1 : counted + qint64(count));
                    return false;
                }
                offsets[size_t(p) + 1] = qint64(count);
                counted += qint64(count);
            }
        };
        if (auto problem
            = m_client.run(QStringLiteral("SELECT person_row, count() FROM %1%2 GROUP BY "
                                          "person_row FORMAT RowBinary")
                               .arg(events, where),
                           QByteArray(),
                           nullptr,
                           &context,
                           receive))
            return fail(bad ? *bad : *problem);
        if (bad)
            return fail(*bad);
        if (!cursor.atEnd())
            return fail(Failure(
                QCoreApplication::translate("Quadrant", "ClickHouse at %1 sent a row cut short")
                    .arg(m_client.target().display())));
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    const qint64 expectedRows = offsets.back();
    const size_t total = size_t(expectedRows);
    index->m_names.resize(total);
    index->m_times.resize(total);
    index->m_sources.resize(total);
    std::vector<quint64> seqs(total);
    std::vector<qint64> cursorOf(offsets.begin(), offsets.end() - 1);
    std::vector<QByteArray> texts;
    std::vector<quint32> textOf(keys.isEmpty() ? 0 : total, 0);
    QHash<QByteArray, quint32> textCodes;
    const QString sql = QStringLiteral("SELECT person_row, ts, seq, toUInt32(indexOf(%1, name)), "
                                       "toUInt32(indexOf(%2, source))%3 FROM %4%5 FORMAT RowBinary")
                            .arg(sqlList(index->m_eventNames),
                                 sqlList(index->m_sourceNames),
                                 keys.isEmpty() ? QString() : QStringLiteral(", properties"),
                                 events,
                                 where);
    RowBinaryCursor cursor;
    qint64 rowsRead = 0, textBytes = 0;
    const qint64 memoryBudget = std::min<qint64>(limit, qint64(1) << 50) * 32;
    const Failure propertiesTooLarge(
        QCoreApplication::translate(
            "Quadrant",
            "the events' properties read from ClickHouse at %1 would take more memory than this "
            "computer can hold (about %2 MB with the events): name fewer properties, or compute "
            "it on a sample of persons (quadrant-cli --sample PERCENT)")
            .arg(m_client.target().display())
            .arg(memoryBudget >> 20));
    const auto receive = [&](QByteArrayView bytes) {
        cursor.append(bytes);
        RemoteEventRow event; // source: 1-based in m_sourceNames, whose first is none
        for (;;) {
            if (!event.read(cursor, !keys.isEmpty())) {
                if (cursor.tooLong()) {
                    bad = Failure(
                        QCoreApplication::translate(
                            "Quadrant",
                            "ClickHouse at %1 sent an event's properties with a length over 64 "
                            "MB, or with no length at all")
                            .arg(m_client.target().display()));
                    return false;
                }
                break;
            }
            const qint32 p = personOf(event.personRow);
            if (p < 0 || event.name == 0 || event.name > quint32(index->m_eventNames.size())
                || event.source == 0 || event.source > quint32(index->m_sourceNames.size())
                || cursorOf[size_t(p)] >= offsets[size_t(p) + 1]
                || !TimeParser::inRange(event.ts)) { // a push sends no time the file refuses
                bad = foreign;
                return false;
            }
            const size_t at = size_t(cursorOf[size_t(p)]++);
            index->m_names[at] = event.name - 1;
            index->m_times[at] = event.ts;
            index->m_sources[at] = quint16(event.source - 1);
            seqs[at] = event.seq;
            if (!keys.isEmpty() && !event.properties.isEmpty()) {
                const QByteArray text = event.properties.toByteArray();
                auto known = textCodes.constFind(text);
                if (known == textCodes.cend()) {
                    // Each distinct text is kept (twice: the list and its lookup): the events
                    // and their properties together must fit what this computer holds.
                    textBytes += 2 * text.size();
                    if (textBytes > memoryBudget - counted * 32) {
                        bad = propertiesTooLarge;
                        return false;
                    }
                    texts.push_back(text);
                    known = textCodes.insert(text, quint32(texts.size()));
                }
                textOf[at] = *known;
            }
            ++rowsRead;
        }
        context.setProgress(
            0.9 * double(rowsRead) / double(std::max<qint64>(1, expectedRows)),
            QCoreApplication::translate("Quadrant", "Reading events from ClickHouse"));
        return true;
    };
    if (auto problem = m_client.run(sql, QByteArray(), nullptr, &context, receive))
        return fail(bad && problem->message == QCoreApplication::translate("Quadrant", "canceled")
                        ? *bad
                        : *problem);
    if (bad)
        return fail(*bad);
    if (!cursor.atEnd() || rowsRead != expectedRows)
        return fail(
            Failure(QCoreApplication::translate(
                        "Quadrant", "ClickHouse at %1 sent %2 of %3 events, or a row cut short")
                        .arg(m_client.target().display())
                        .arg(rowsRead)
                        .arg(expectedRows)));
    // Each person's events by time, ties in storage order (seq), as the local index keeps them.
    std::vector<quint32> order;
    for (size_t p = 0; p + 1 < offsets.size(); ++p) {
        const size_t first = size_t(offsets[p]), last = size_t(offsets[p + 1]);
        const auto &times = index->m_times;
        const auto before = [&](size_t a, size_t b) {
            return times[a] != times[b] ? times[a] < times[b] : seqs[a] < seqs[b];
        };
        bool sorted = true;
        for (size_t i = first + 1; i < last && sorted; ++i)
            sorted = !before(i, i - 1);
        if (sorted)
            continue;
        order.resize(last - first);
        std::iota(order.begin(), order.end(), quint32(first));
        std::sort(order.begin(), order.end(), before);
        auto permute = [&](auto &column) {
            std::vector<std::decay_t<decltype(column[0])>> placed;
            placed.reserve(order.size());
            for (quint32 i : order)
                placed.push_back(column[i]);
            std::copy(placed.begin(), placed.end(), column.begin() + qsizetype(first));
        };
        permute(index->m_names);
        permute(index->m_times);
        permute(index->m_sources);
        permute(seqs);
        if (!textOf.empty())
            permute(textOf);
    }
    seqs = {};
    index->m_offsets = std::move(offsets);
    // Keys the definition mentions that no event on the server has: empty, as they are locally.
    for (const QString &key : plan.propertyKeys)
        if (!keys.contains(key)) {
            auto none = std::make_shared<PropertyColumn>();
            none->codes.assign(index->m_times.size(), 0);
            index->m_eventProperties.insert(key, none);
        }
    for (const QString &key : keys)
        index->m_eventProperties.insert(
            key, EventIndex::columnFromTexts(store.handle(), key, texts, textOf));
    context.setProgress(1.0, QCoreApplication::translate("Quadrant", "Events ready"));
    return index;
}

} // namespace Quadrant
