// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"

#include <QAbstractTableModel>

namespace Quadrant {

// Shows an analysis result table (the same RecordTable the CLI prints and the exports write).
// Display text is formatted for people: rates as percentages, seconds as durations, counts
// with digit grouping; RawValueRole and sorting use the exact values.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const RecordTable &table);
    const RecordTable &table() const { return m_table; }
    // Column headers as shown ("conversion_from_start" -> "Conversion from start").
    static QString headerText(const QString &column);
    // `value` to `digits` significant digits, in the locale (461.386 -> "461", 0.39231 ->
    // "0.392"); values of `digits` or more whole digits are shown whole.
    static QString significant(double value, int digits);
    static QString formatValue(const QString &column, const QVariant &value);
    // A text value as shown: the engine's placeholders ("(none)") and fixed sets (bands,
    // quadrants, yes/no) in the window's language; data as it is.
    static QString valueText(const QString &column, const QString &text);
    static QString formatDuration(double seconds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RecordTable m_table;
};

} // namespace Quadrant
