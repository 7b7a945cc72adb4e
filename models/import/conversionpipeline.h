// SPDX-License-Identifier: MIT
#pragma once

#include "record.h"
#include "recordreader.h"
#include "rowconverter.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Quadrant {

// Rows read and converted together, handed from the reading thread to the writing one.
struct ConvertedBatch
{
    std::vector<Record> records;
    std::vector<MappedRow> rows;
    std::vector<RowReject> rejects;
    std::vector<char> converted; // 1 = rows[i] is ready to store, 0 = rejects[i] says why not
    QByteArray properties;       // the rows' property JSON, back to back
    int size = 0;
    qint64 bytesRead = 0; // the reader's position after this batch
};

// Reads and converts records on a worker thread while the caller stores the previous batch:
// parsing and SQLite's inserts then use both cores. Batches are recycled, so memory stays at
// a few batches whatever the file size.
class ConversionPipeline
{
public:
    ConversionPipeline(RecordReader &reader, RowConverter &converter, std::vector<Record> sample);
    ~ConversionPipeline();
    ConversionPipeline(const ConversionPipeline &) = delete;
    ConversionPipeline &operator=(const ConversionPipeline &) = delete;

    // The next batch, or nullptr at the end (then the reader may hold a failure). The batch
    // stays valid until it is given back with recycle().
    ConvertedBatch *next();
    void recycle(ConvertedBatch *batch);
    // Stops the worker early (error or cancel) and waits for it.
    void stop();

private:
    void produce();
    void fill(ConvertedBatch &batch, bool *atEnd);

    static constexpr int s_batchRows = 2048;
    static constexpr int s_batches = 4;

    RecordReader &m_reader;
    RowConverter &m_converter;
    std::vector<Record> m_sample;
    size_t m_sampleIndex = 0;
    std::vector<std::unique_ptr<ConvertedBatch>> m_storage;
    std::deque<ConvertedBatch *> m_free, m_full;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_finished = false;
    std::atomic<bool> m_stop{false};
    std::thread m_worker;
};

} // namespace Quadrant
