// SPDX-License-Identifier: MIT
#pragma once

#include "store/projectstore.h"

#include <QAbstractTableModel>

namespace Quadrant {

// What a project holds, one row per table: a read-only adapter over ProjectStore::tableCounts().
class TableCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TableColumn, RowsColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setCounts(const QVector<TableCount> &counts);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "events" -> "Events", "nps" -> "NPS answers": names a product manager reads.
    static QString displayName(const QString &table);

private:
    QVector<TableCount> m_counts;
};

} // namespace Quadrant
