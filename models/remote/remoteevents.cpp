// SPDX-License-Identifier: MIT
#include "remoteevents.h"

#include "analysis/eventindex.h"
#include "analysis/eventmatcher.h"
#include "import/timeparser.h"
#include "jobs/jobcontext.h"
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
#include <cstring>
#include <numeric>

namespace Quadrant {

namespace {

// Rows per insert: at most one block of the server's (max_insert_block_size, 1,048,576 rows),
// so that each insert becomes one part, there whole or not at all.
constexpr qint64 rowsPerInsert = 1000000;
constexpr qint64 bytesPerInsert = qint64(192) << 20;
// seq = block id << 20 | position in the block: storage order, which ties keep.
constexpr int seqBlockShift = 20;

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
            if (m_at >= m_buffer.size() || shift > 63)
                return false;
            const auto byte = quint8(m_buffer[m_at++]);
            length |= quint64(byte & 0x7f) << shift;
            shift += 7;
            if (!(byte & 0x80))
                break;
        }
        if (quint64(m_buffer.size() - m_at) < length)
            return false;
        *text = QByteArrayView(m_buffer.constData() + m_at, qsizetype(length));
        m_at += qsizetype(length);
        return true;
    }

private:
    QByteArray m_buffer;
    qsizetype m_at = 0, m_mark = 0;
};

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
    };
    for (const QString &sql : statements)
        if (auto failure = m_client.run(sql, QByteArray(), nullptr, context))
            return failure;
    return std::nullopt;
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
    hash.addData("quadrant-remote-1\n");
    const char *queries[] = {
        "SELECT id, events FROM event_blocks ORDER BY id",
        "SELECT count(*), coalesce(max(id), 0), coalesce(sum(person_id), 0), "
        "coalesce(sum((id % 1000003) * (person_id % 1000033) % 1000000007), 0) FROM identities",
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
            hash.addData(query.columnText(0));
            hash.addData("\t");
            hash.addData(query.columnText(1));
            hash.addData("\n");
            if (std::strncmp(sql, "SELECT count", 12) == 0) {
                hash.addData(query.columnText(2));
                hash.addData("\t");
                hash.addData(query.columnText(3));
            }
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<Failure> RemoteEvents::checkCurrent(const ProjectStore &store, JobContext *context)
{
    ServerState state;
    if (auto failure = readState(&state, context))
        return failure;
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
    QString error;
    const auto local = fingerprint(store, &error);
    if (!local)
        return Failure(error, store.path());
    if (auto failure = prepareTables(&context))
        return failure;
    ServerState state;
    if (auto failure = readState(&state, &context))
        return failure;
    if (state.complete && state.fingerprint == *local) {
        report->alreadyCurrent = true;
        report->eventsOnServer = state.events;
        return std::nullopt;
    }
    sqlite3 *db = store.handle();
    // Everything read from the file comes from one state of it.
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction)
        execSql(db, "BEGIN");
    struct EndRead
    {
        sqlite3 *db;
        bool own;
        ~EndRead()
        {
            if (own)
                execSql(db, "COMMIT");
        }
    } endRead{db, ownTransaction};

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

    // Dictionaries of the file: who each identity is now, names, sources.
    QHash<qint64, qint64> personOfIdentity;
    QHash<qint64, QByteArray> userIdOfPerson, nameOf, sourceOf;
    {
        SqliteStatement identities, persons, names, sources;
        if (auto f = identities.prepare(db, "SELECT id, person_id FROM identities"))
            return Failure(f->message, store.path());
        while (identities.step() == SQLITE_ROW)
            personOfIdentity.insert(identities.columnInt64(0), identities.columnInt64(1));
        if (auto f = persons.prepare(db, "SELECT id, user_id FROM persons"))
            return Failure(f->message, store.path());
        while (persons.step() == SQLITE_ROW)
            userIdOfPerson.insert(persons.columnInt64(0), persons.columnText(1).toByteArray());
        if (auto f = names.prepare(db, "SELECT id, name FROM event_names"))
            return Failure(f->message, store.path());
        while (names.step() == SQLITE_ROW)
            nameOf.insert(names.columnInt64(0), names.columnText(1).toByteArray());
        if (auto f = sources.prepare(db, "SELECT id, name FROM sources"))
            return Failure(f->message, store.path());
        while (sources.step() == SQLITE_ROW)
            sourceOf.insert(sources.columnInt64(0), sources.columnText(1).toByteArray());
    }
    auto begin = [&]() -> std::optional<Failure> {
        const auto mapping = mappingDigest(db, identitiesNow, &error);
        if (!mapping)
            return Failure(error, store.path());
        QByteArray row = QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "\t\t0\t"
                         + QByteArray::number(identitiesNow) + '\t' + mapping->toUtf8()
                         + "\t[]\t0\t0\t0\t[]\n";
        return m_client.run(
            QStringLiteral("INSERT INTO %1 FORMAT TabSeparated").arg(table("quadrant_pushes")),
            row,
            nullptr,
            &context);
    };
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
    qint64 totalEvents = 0;
    {
        SqliteStatement count;
        if (!count.prepare(db, "SELECT coalesce(sum(events), 0) FROM event_blocks")
            && count.step() == SQLITE_ROW)
            totalEvents = std::max<qint64>(1, count.columnInt64(0));
    }
    QSet<QString> keys;
    QSet<QByteArray> textsSeen;
    QByteArray batch;
    qint64 batchRows = 0, eventsRead = 0;
    auto flush = [&]() -> std::optional<Failure> {
        if (batchRows == 0)
            return std::nullopt;
        if (auto failure = m_client.run(
                QStringLiteral("INSERT INTO %1 FORMAT TabSeparated").arg(table("quadrant_events")),
                batch,
                nullptr,
                &context))
            return failure;
        report->eventsSent += batchRows;
        batch.clear();
        batchRows = 0;
        return std::nullopt;
    };
    EventBlock block;
    QByteArray rows;
    while (blocks.step() == SQLITE_ROW) {
        const qint64 blockId = blocks.columnInt64(0);
        const QByteArrayView data = blocks.columnBlob(2);
        if (!EventBlockCodec::decode(data, true, &block))
            return Failure(
                QCoreApplication::translate("Quadrant", "event block %1 is damaged").arg(blockId),
                store.path());
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
        rows.clear();
        qint64 pushable = 0;
        for (size_t e = 0; e < block.size(); ++e) {
            const auto person = personOfIdentity.constFind(block.identities[e]);
            const auto name = nameOf.constFind(block.names[e]);
            // Left out as the local index leaves them out.
            if (person == personOfIdentity.cend() || !userIdOfPerson.contains(*person)
                || name == nameOf.cend() || !TimeParser::inRange(block.times[e]))
                continue;
            ++pushable;
            rows += QByteArray::number(*person) + '\t';
            appendEscaped(rows, userIdOfPerson.value(*person));
            rows += '\t' + QByteArray::number(block.times[e]) + '\t'
                    + QByteArray::number((quint64(blockId) << seqBlockShift) | quint64(e)) + '\t';
            appendEscaped(rows, *name);
            rows += '\t';
            appendEscaped(rows, sourceOf.value(block.sources[e]));
            rows += '\t';
            appendEscaped(rows, block.propertiesOf(e));
            rows += '\t' + QByteArray::number(blockId) + '\n';
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
            if (batchRows + pushable > m_rowsPerInsert
                || batch.size() + rows.size() > bytesPerInsert)
                if (auto failure = flush())
                    return failure;
            batch += rows;
            batchRows += pushable;
            ++report->blocksSent;
        }
        if (context.isCanceled())
            return Failure(QCoreApplication::translate("Quadrant", "canceled"));
        context.setProgress(
            0.95 * double(eventsRead) / double(std::max<qint64>(1, totalEvents)),
            QCoreApplication::translate("Quadrant", "Pushing events to ClickHouse"));
    }
    if (auto failure = flush())
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
    report->eventsOnServer = total[0].toLongLong();
    QJsonArray nameRows;
    for (const QJsonValue &row :
         QJsonDocument::fromJson(names).object().value(QLatin1String("data")).toArray()) {
        const QJsonArray fields = row.toArray();
        nameRows.append(QJsonArray{fields.at(0).toString(),
                                   fields.at(1).toVariant().toLongLong(),
                                   fields.at(2).toVariant().toLongLong()});
    }
    QStringList keyList(keys.begin(), keys.end());
    keyList.sort();
    const auto mapping = mappingDigest(db, identitiesNow, &error);
    if (!mapping)
        return Failure(error, store.path());
    QByteArray row = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 1) + '\t'
                     + local->toUtf8() + "\t1\t" + QByteArray::number(identitiesNow) + '\t'
                     + mapping->toUtf8() + '\t';
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
    const QString kind = definition.value(QLatin1String("kind")).toString();
    const auto text
        = [&](const char *key) { return definition.value(QLatin1String(key)).toString(); };
    // Kinds that look only at events of the names they mention; every other kind (paths and
    // strict funnels follow a person's whole stream, A/B metrics count sessions, account health
    // counts all activity) reads every event.
    bool someNames = false;
    if (kind == QLatin1String("funnel"))
        someNames = text("mode") != QLatin1String("strict");
    else if (kind == QLatin1String("retention") || kind == QLatin1String("trend"))
        someNames = true;
    else if (kind == QLatin1String("heatmap"))
        someNames = !definition.value(QLatin1String("events")).toArray().isEmpty();
    plan.everyEvent = !someNames || anyEvent;
    if (!plan.everyEvent) {
        plan.eventNames = QStringList(names.begin(), names.end());
        plan.eventNames.sort();
    }
    plan.propertyKeys = QStringList(keys.begin(), keys.end());
    plan.propertyKeys.sort();
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
    if (auto stale = checkCurrent(store, &context))
        return fail(*stale);
    ServerState state;
    if (auto problem = readState(&state, &context))
        return fail(*problem);

    auto index = std::make_shared<EventIndex>();
    {
        QHash<qint64, quint32> eventDense;
        QHash<qint64, quint8> sourceDense;
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
    QString where;
    if (!plan.everyEvent) {
        QStringList names;
        for (const QString &name : plan.eventNames)
            if (index->eventId(name) >= 0)
                names << name;
        where = names.isEmpty()
                    ? QStringLiteral(" WHERE 0")
                    : QStringLiteral(" WHERE name IN (%1)").arg(sqlList(names).mid(1).chopped(1));
    }
    const QString events = table("quadrant_events");
    QString expected;
    if (auto problem = m_client.scalar(
            QStringLiteral("SELECT count() FROM %1%2").arg(events, where), &expected, &context))
        return fail(*problem);
    const qint64 expectedRows = expected.toLongLong();
    index->m_names.reserve(size_t(expectedRows));
    index->m_times.reserve(size_t(expectedRows));
    index->m_sources.reserve(size_t(expectedRows));
    const QString sql
        = QStringLiteral("SELECT person_row, ts, toUInt32(indexOf(%1, name)), "
                         "toUInt32(indexOf(%2, source))%3 FROM %4%5 ORDER BY person_row, ts, seq "
                         "FORMAT RowBinary")
              .arg(sqlList(index->m_eventNames),
                   sqlList(index->m_sourceNames),
                   keys.isEmpty() ? QString() : QStringLiteral(", properties"),
                   events,
                   where);

    const auto &rowIds = index->m_personRowIds;
    std::vector<qint64> perPerson(rowIds.size() + 1, 0);
    size_t person = 0;
    std::vector<QByteArray> texts;
    std::vector<quint32> textOf;
    QHash<QByteArray, quint32> textCodes;
    std::optional<Failure> bad;
    RowBinaryCursor cursor;
    qint64 rowsRead = 0;
    const auto receive = [&](QByteArrayView bytes) {
        cursor.append(bytes);
        for (;;) {
            cursor.mark();
            qint64 personRow = 0, ts = 0;
            quint32 name = 0, source = 0;
            QByteArrayView properties;
            if (!cursor.read(&personRow) || !cursor.read(&ts) || !cursor.read(&name)
                || !cursor.read(&source) || (!keys.isEmpty() && !cursor.readString(&properties))) {
                cursor.rewind();
                break;
            }
            while (person < rowIds.size() && rowIds[person] < personRow)
                ++person;
            if (person == rowIds.size() || rowIds[person] != personRow || name == 0
                || source == 0) {
                bad = Failure(QCoreApplication::translate(
                                  "Quadrant",
                                  "ClickHouse at %1 holds an event of a person or an event name "
                                  "this project does not have: push again")
                                  .arg(m_client.target().display()));
                return false;
            }
            ++perPerson[person + 1];
            index->m_names.push_back(name - 1);
            index->m_times.push_back(ts);
            index->m_sources.push_back(quint8(source - 1));
            if (!keys.isEmpty()) {
                quint32 code = 0;
                if (!properties.isEmpty()) {
                    const QByteArray text = properties.toByteArray();
                    auto known = textCodes.constFind(text);
                    if (known == textCodes.cend()) {
                        texts.push_back(text);
                        known = textCodes.insert(text, quint32(texts.size()));
                    }
                    code = *known;
                }
                textOf.push_back(code);
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
    std::partial_sum(perPerson.begin(), perPerson.end(), perPerson.begin());
    index->m_offsets = std::move(perPerson);
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
