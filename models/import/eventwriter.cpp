// SPDX-License-Identifier: MIT
#include "eventwriter.h"

namespace Quadrant {

namespace {
enum EventField { UserId = 0, Event = 1, Time = 2, Source = 3 };
const char s_createIndex[] = "CREATE INDEX events_by_identity_time ON events(identity_id, ts)";
} // namespace

std::optional<Failure> EventWriter::begin(sqlite3 *db, qint64 importId, qint64 expectedRows)
{
    m_db = db;
    m_importId = importId;
    if (auto failure = m_identities.begin(db))
        return failure;
    for (auto [dictionary, table] :
         {std::pair{&m_eventNames, "event_names"}, std::pair{&m_sources, "sources"}}) {
        SqliteStatement all;
        if (auto failure
            = all.prepare(db, QByteArray(QByteArray("SELECT name, id FROM ") + table).constData()))
            return failure;
        while (all.step() == SQLITE_ROW)
            dictionary->insert(all.columnText(0), all.columnInt64(1));
    }
    if (auto f = m_insertName.prepare(db, "INSERT INTO event_names(name) VALUES (?)"))
        return f;
    if (auto f = m_insertSource.prepare(db, "INSERT INTO sources(name) VALUES (?)"))
        return f;
    if (auto f = m_insertEvent.prepare(db,
                                       "INSERT INTO events(identity_id, event_id, ts, source_id, "
                                       "import_id, properties) VALUES (?,?,?,?,?,?)"))
        return f;

    qint64 existing = 0;
    SqliteStatement count;
    if (!count.prepare(db, "SELECT max(id) FROM events") && count.step() == SQLITE_ROW)
        existing = count.columnInt64(0);
    count.reset(); // an open read cursor would block the DROP INDEX below
    m_rebuildIndex = expectedRows > 50000 && expectedRows * 4 > existing;
    if (m_rebuildIndex)
        return execSql(db, "DROP INDEX IF EXISTS events_by_identity_time");
    return std::nullopt;
}

qint64
EventWriter::dictionaryId(StringInterner &dictionary, SqliteStatement &insert, QByteArrayView name)
{
    const qint64 known = dictionary.find(name);
    if (known >= 0)
        return known;
    insert.bindText(1, name);
    if (!insert.execute()) {
        m_error = insert.errorText();
        return -1;
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    dictionary.insert(name, id);
    return id;
}

RowWriter::Outcome EventWriter::write(const MappedRow &row, RowReject &)
{
    const qint64 identity = m_identities.identityFor(row.values[UserId].text);
    if (identity < 0) {
        m_error = m_identities.lastError();
        return Outcome::Failed;
    }
    const qint64 event = dictionaryId(m_eventNames, m_insertName, row.values[Event].text);
    if (event < 0)
        return Outcome::Failed;
    m_insertEvent.bind(1, identity);
    m_insertEvent.bind(2, event);
    m_insertEvent.bind(3, row.values[Time].integer);
    if (row.values[Source].type == FieldValue::Type::Text) {
        const qint64 source = dictionaryId(m_sources, m_insertSource, row.values[Source].text);
        if (source < 0)
            return Outcome::Failed;
        m_insertEvent.bind(4, source);
    } else {
        m_insertEvent.bindNull(4);
    }
    m_insertEvent.bind(5, m_importId);
    if (row.properties.isEmpty())
        m_insertEvent.bindNull(6);
    else
        m_insertEvent.bindText(6, row.properties);
    if (!m_insertEvent.execute()) {
        m_error = m_insertEvent.errorText();
        return Outcome::Failed;
    }
    return Outcome::Written;
}

std::optional<Failure> EventWriter::finish()
{
    if (!m_rebuildIndex)
        return std::nullopt;
    // Let SQLite's sorter use a second core for the index build, and let it spill to temporary
    // files rather than memory so that peak memory does not grow with the number of events.
    execSql(m_db, "PRAGMA threads = 2");
    // The sorter keeps runs of up to cache_size in memory per thread; a smaller cache while
    // sorting keeps the peak bounded whatever the file size.
    execSql(m_db, "PRAGMA temp_store = FILE");
    execSql(m_db, "PRAGMA cache_size = -16384");
    auto failure = execSql(m_db, s_createIndex);
    execSql(m_db, "PRAGMA cache_size = -65536");
    execSql(m_db, "PRAGMA temp_store = MEMORY");
    execSql(m_db, "PRAGMA threads = 0");
    return failure;
}

} // namespace Quadrant
