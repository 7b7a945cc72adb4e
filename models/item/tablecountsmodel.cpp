// SPDX-License-Identifier: MIT
#include "tablecountsmodel.h"

#include <QLocale>

namespace Quadrant {

void TableCountsModel::setCounts(const QVector<TableCount> &counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

int TableCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int TableCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TableCountsModel::displayName(const QString &table)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("events"), tr("Events")},
        {QStringLiteral("event_names"), tr("Event names")},
        {QStringLiteral("persons"), tr("Persons")},
        {QStringLiteral("identities"), tr("Identities (raw ids)")},
        {QStringLiteral("accounts"), tr("Accounts")},
        {QStringLiteral("leads"), tr("Leads")},
        {QStringLiteral("deals"), tr("Deals")},
        {QStringLiteral("spend"), tr("Ad spend days")},
        {QStringLiteral("nps"), tr("NPS answers")},
        {QStringLiteral("saved_analyses"), tr("Saved analyses")},
        {QStringLiteral("cohorts"), tr("Cohorts")},
        {QStringLiteral("import_log"), tr("Imports")},
        {QStringLiteral("import_rejects"), tr("Rejected rows")},
    };
    return names.value(table, table);
}

QVariant TableCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return QVariant();
    const TableCount &count = m_counts[index.row()];
    if (role == RawValueRole)
        return index.column() == TableColumn ? QVariant(count.table) : QVariant(count.rows);
    if (role == Qt::DisplayRole)
        return index.column() == TableColumn ? displayName(count.table)
                                             : QLocale().toString(count.rows);
    if (role == Qt::TextAlignmentRole && index.column() == RowsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TableColumn)
        return tr("Table '%1' in the project file").arg(count.table);
    return QVariant();
}

QVariant TableCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == TableColumn ? tr("Table") : tr("Rows");
}

} // namespace Quadrant
