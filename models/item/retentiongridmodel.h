// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/retentionengine.h"

#include <QAbstractTableModel>

namespace Quadrant {

// A retention result as the grid people read: one row per cohort (its start, its size, then
// the share of it active in each period), with the pooled row of all cohorts on top. With a
// breakdown, one pooled row per group. Cells of periods that have not happened are empty.
class RetentionGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RateRole = Qt::UserRole + 1, PersonsRole, CohortSizeRole };
    enum { LabelColumn = 0, SizeColumn = 1, FirstPeriodColumn = 2 };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const RetentionQuery &query, const RetentionResult &result);
    void clear();

    // What a period cell stands for, to list its persons: the group ("" without a breakdown),
    // the cohort (none for a pooled row) and the period.
    struct Cell
    {
        QString group;
        std::optional<qint64> cohortStartMs;
        int period = 0;
        qint64 persons = 0;
        QString rowLabel;
    };
    std::optional<Cell> cellAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        QString group;
        std::optional<qint64> cohortStartMs;
        qint64 size = 0;
        bool pooled = false;
        std::vector<qint64> persons; // per period; absent periods are missing
        std::vector<qint64>
            cellSizes; // the denominator of each cell (pooled rows differ per period)
    };
    QVector<Row> m_rows;
    int m_periods = 0;
    Period m_period = Period::Week;
};

} // namespace Quadrant
