// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace Quadrant {

// One row of an input file: UTF-8 field values stored back to back, and where it came from.
struct Record
{
    qint64 line = 0; // 1-based line (CSV, JSON lines) or row (XLSX) where the record starts
    QByteArray data;
    std::vector<int> ends; // end offset of each field in data
    // Set by a reader that could not parse this record (unterminated quote, bad JSON): the
    // importer rejects it with this message instead of mapping its fields.
    QByteArray error;
    int errorColumn = 0;

    void clear()
    {
        data.resize(0);
        ends.clear();
        error.clear();
        errorColumn = 0;
    }
    int fieldCount() const { return int(ends.size()); }
    QByteArrayView field(int index) const
    {
        if (index < 0 || index >= int(ends.size()))
            return QByteArrayView();
        const int begin = index == 0 ? 0 : ends[size_t(index - 1)];
        return QByteArrayView(data.constData() + begin, ends[size_t(index)] - begin);
    }
    void appendField(QByteArrayView value)
    {
        data.append(value.data(), value.size());
        ends.push_back(int(data.size()));
    }
    // The record as one CSV-style line, for the rejected-rows log.
    QByteArray rawText(char delimiter = ',') const;
};

} // namespace Quadrant
