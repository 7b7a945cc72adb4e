// SPDX-License-Identifier: MIT
#include "conversionpipeline.h"

namespace Quadrant {

ConversionPipeline::ConversionPipeline(RecordReader &reader,
                                       RowConverter &converter,
                                       std::vector<Record> sample)
    : m_reader(reader)
    , m_converter(converter)
    , m_sample(std::move(sample))
{
    for (int b = 0; b < s_batches; ++b) {
        auto batch = std::make_unique<ConvertedBatch>();
        batch->records.resize(s_batchRows);
        batch->rows.resize(s_batchRows);
        batch->rejects.resize(s_batchRows);
        batch->converted.resize(s_batchRows);
        m_free.push_back(batch.get());
        m_storage.push_back(std::move(batch));
    }
    m_worker = std::thread([this] { produce(); });
}

ConversionPipeline::~ConversionPipeline()
{
    stop();
}

void ConversionPipeline::stop()
{
    m_stop = true;
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void ConversionPipeline::fill(ConvertedBatch &batch, bool *atEnd)
{
    batch.size = 0;
    batch.properties.resize(0);
    std::vector<std::pair<qsizetype, qsizetype>> spans(s_batchRows);
    while (batch.size < s_batchRows) {
        Record &record = batch.records[size_t(batch.size)];
        if (m_sampleIndex < m_sample.size()) {
            record = std::move(m_sample[m_sampleIndex++]);
            if (m_sampleIndex == m_sample.size()) {
                m_sample.clear();
                m_sample.shrink_to_fit();
            }
        } else if (!m_reader.next(record)) {
            *atEnd = true;
            break;
        }
        const size_t i = size_t(batch.size);
        MappedRow &row = batch.rows[i];
        batch.converted[i] = m_converter.convert(record, row, batch.rejects[i]);
        if (batch.converted[i]) {
            spans[i] = {batch.properties.size(), row.properties.size()};
            batch.properties.append(row.properties.data(), row.properties.size());
        }
        ++batch.size;
    }
    // The arena has stopped growing: point each row at its properties.
    for (int i = 0; i < batch.size; ++i)
        if (batch.converted[size_t(i)])
            batch.rows[size_t(i)].properties = QByteArrayView(
                batch.properties.constData() + spans[size_t(i)].first, spans[size_t(i)].second);
    batch.bytesRead = m_reader.bytesRead();
}

void ConversionPipeline::produce()
{
    bool atEnd = false;
    while (!atEnd && !m_stop) {
        ConvertedBatch *batch = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
            if (m_stop)
                break;
            batch = m_free.front();
            m_free.pop_front();
        }
        fill(*batch, &atEnd);
        std::lock_guard lock(m_mutex);
        if (batch->size > 0)
            m_full.push_back(batch);
        else
            m_free.push_back(batch);
        m_changed.notify_all();
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

ConvertedBatch *ConversionPipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
    if (m_full.empty())
        return nullptr;
    ConvertedBatch *batch = m_full.front();
    m_full.pop_front();
    return batch;
}

void ConversionPipeline::recycle(ConvertedBatch *batch)
{
    std::lock_guard lock(m_mutex);
    m_free.push_back(batch);
    m_changed.notify_all();
}

} // namespace Quadrant
