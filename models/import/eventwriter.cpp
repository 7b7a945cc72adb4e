// SPDX-License-Identifier: MIT
#include "eventwriter.h"

#include "analysis/eventindex.h"

#include <QCoreApplication>
#include <QLocale>

namespace Quadrant {

namespace {
enum EventField { UserId = 0, Event = 1, Time = 2, Source = 3 };
} // namespace

std::optional<Failure> EventWriter::begin(sqlite3 *db, qint64 importId, qint64 expectedRows)
{
    m_db = db;
    m_importId = importId;
    if (auto failure = m_identities.begin(db, true))
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
    (void)expectedRows;
    return m_blocks.begin(db, importId);
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
    // A new raw id gets a provisional (negative) id until resolvePending; deferring, the resolver
    // writes nothing here and cannot fail.
    const qint64 identity = m_identities.identityFor(row.values[UserId].text);
    const qint64 event = dictionaryId(m_eventNames, m_insertName, row.values[Event].text);
    if (event < 0)
        return Outcome::Failed;
    qint64 source = 0;
    if (row.values[Source].type == FieldValue::Type::Text) {
        // The index keeps a source in 16 bits: one more would be merged or refused later, so
        // the import that brings it is refused now.
        if (m_sources.find(row.values[Source].text) < 0
            && m_sources.size() >= EventIndex::maxSources) {
            m_error = QCoreApplication::translate("Quadrant",
                                                  "\"%1\" would be event source %2; a project "
                                                  "holds at most %3")
                          .arg(QString::fromUtf8(row.values[Source].text.first(
                                   std::min<qsizetype>(80, row.values[Source].text.size()))),
                               QLocale(QLocale::English).toString(qlonglong(m_sources.size()) + 1),
                               QLocale(QLocale::English).toString(EventIndex::maxSources));
            return Outcome::Failed;
        }
        source = dictionaryId(m_sources, m_insertSource, row.values[Source].text);
        if (source < 0)
            return Outcome::Failed;
    }
    if (auto failure = m_blocks.add(identity,
                                    m_identities.cachedPersonOf(identity),
                                    event,
                                    row.values[Time].integer,
                                    source,
                                    row.properties)) {
        m_error = failure->message;
        return Outcome::Failed;
    }
    if (m_blocks.runFull() || m_identities.pendingCount() >= (1 << 20)) {
        auto failure = resolvePending();
        if (!failure && m_blocks.runFull())
            failure = m_blocks.flushRun();
        if (failure) {
            m_error = failure->message;
            return Outcome::Failed;
        }
    }
    return Outcome::Written;
}

std::optional<Failure> EventWriter::resolvePending()
{
    std::vector<std::pair<qint64, qint64>> finals;
    if (!m_identities.flushPending(&finals))
        return Failure(m_identities.lastError());
    m_blocks.remapProvisional(finals);
    return std::nullopt;
}

std::optional<Failure> EventWriter::finish()
{
    if (auto failure = resolvePending())
        return failure;
    return m_blocks.finish();
}

} // namespace Quadrant
