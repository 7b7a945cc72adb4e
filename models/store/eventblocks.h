// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <functional>
#include <future>
#include <optional>
#include <vector>

struct sqlite3;

namespace Quadrant {

class ProjectStore;

// The events of one block, column by column, with the ids the project file uses (identities,
// event_names, sources). Properties are JSON object texts, dictionary-coded per block:
// properties[i] == 0 means none, c > 0 means values[c - 1].
struct EventBlock
{
    qint64 importId = 0;
    std::vector<qint64> identities;
    std::vector<qint64> names;
    std::vector<qint64> times;
    std::vector<qint64> sources; // 0 = none
    std::vector<quint32> properties;
    std::vector<QByteArray> values;

    size_t size() const { return times.size(); }
    void clear();
    QByteArrayView propertiesOf(size_t event) const
    {
        return properties[event] == 0 ? QByteArrayView()
                                      : QByteArrayView(values[properties[event] - 1]);
    }
};

// The byte format of a block (docs/project-file.md, "Event storage, version 2"): varint columns
// compressed with zstd.
namespace EventBlockCodec {
QByteArray encode(const EventBlock &block);
// Reads a block written by encode; false when the bytes are not one (a damaged or edited file).
// Without properties the property column and dictionary are skipped. Every count and length the
// bytes claim is checked before anything is sized by it: at most maxEvents events and texts,
// and, given expectedEvents (what the block's row says), exactly that many events.
bool decode(QByteArrayView data,
            bool withProperties,
            EventBlock *out,
            std::optional<qint64> expectedEvents = std::nullopt);
// The most events (and property texts) a block holds: EventBlockWriter::blockEvents.
constexpr size_t maxEvents = 65536;
} // namespace EventBlockCodec

// Appends the events of one import as blocks. Events are buffered in runs of bounded size;
// each run is sorted by (person, time, arrival) and written as blocks of up to 64k events, so
// that a person's events sit together (a timeline reads few blocks; loading places events
// without sorting them). Runs keep arrival order between them: equal times keep the order they
// were imported in.
class EventBlockWriter
{
public:
    // A run as buffered: one entry per event, properties coded into values (1-based).
    struct Run
    {
        std::vector<qint64> persons, identities, times;
        std::vector<quint32> names, sources, properties;
        std::vector<QByteArray> values;
    };
    struct EncodedBlock
    {
        qint64 importId, firstIdentity, lastIdentity, events;
        QByteArray data; // empty: compression failed
    };

    EventBlockWriter() = default;
    ~EventBlockWriter();
    EventBlockWriter(const EventBlockWriter &) = delete;
    EventBlockWriter &operator=(const EventBlockWriter &) = delete;

    std::optional<Failure> begin(sqlite3 *db, qint64 importId);
    // The person is the one the identity belongs to now; it only orders the run. Negative
    // identities and persons are provisional (IdentityResolver) until remapProvisional.
    std::optional<Failure> add(qint64 identity,
                               qint64 person,
                               qint64 name,
                               qint64 time,
                               qint64 source,
                               QByteArrayView properties);
    // The buffered run is as large as a run may be: flushRun before adding more.
    bool runFull() const;
    // Provisional id -(k + 2) becomes finals[k] (identity, person).
    void remapProvisional(const std::vector<std::pair<qint64, qint64>> &finals);
    // Hands the buffered run (every id final) to be sorted and encoded beside this thread.
    std::optional<Failure> flushRun();
    // Flushes and writes every block; the import's transaction commits after this.
    std::optional<Failure> finish();

    static constexpr size_t blockEvents = EventBlockCodec::maxEvents;

private:
    std::optional<Failure> writeEncoded();

    sqlite3 *m_db = nullptr;
    qint64 m_importId = 0;
    Run m_run;
    QHash<QByteArray, quint32> m_valueCodes;
    size_t m_valueBytes = 0;
    std::future<std::vector<EncodedBlock>> m_encoding;
};

// Reads the project's events in storage order: blocks by id, or, in a file of schema 4 or
// older opened read-only, the events table by row id (in blocks of 64k rows).
class EventBlockReader
{
public:
    struct Options
    {
        bool withProperties = false;
        // Only blocks whose identity range meets [first, second]; the visitor filters events.
        std::optional<std::pair<qint64, qint64>> identityRange;
    };
    // visit returns false to stop early (then forEach returns nullopt too).
    static std::optional<Failure> forEach(const ProjectStore &store,
                                          const Options &options,
                                          const std::function<bool(const EventBlock &)> &visit);
    static std::optional<Failure> forEach(sqlite3 *db,
                                          bool rowStore,
                                          const Options &options,
                                          const std::function<bool(const EventBlock &)> &visit);
    // Events stored (blocks' counts, or rows), without decoding anything: an estimate, for
    // progress; a damaged file may claim any number.
    static qint64 count(const ProjectStore &store);
    // Events stored, read as an analysis reads them: every block decoded and checked against
    // its row, so that a count is one the analyses will find (a damaged block is a failure).
    static std::optional<Failure> countChecked(const ProjectStore &store, qint64 *events);
    // Decodes events into temp.`table`, shaped like schema 4's events table (id = position in
    // storage order + 1, source_id NULL when none): for SQL over a few events, such as one
    // person's timeline, and for checks. With identities, only theirs.
    static std::optional<Failure> copyToTemporaryTable(const ProjectStore &store,
                                                       const char *table,
                                                       const QSet<qint64> *identities = nullptr);
    // True for a file of schema 4 or older (opened read-only, so not migrated).
    static bool usesRowStore(const ProjectStore &store);
};

// What every reader says of a block that does not decode to the events its row claims.
Failure damagedBlockFailure(qint64 blockId);

// Schema 5's migration: the events table rewritten as blocks, import by import.
std::optional<Failure> convertRowStoreToBlocks(sqlite3 *db);

} // namespace Quadrant
