// SPDX-License-Identifier: MIT
#include "retentiongridmodel.h"

#include <QFont>
#include <QLocale>

namespace Quadrant {

void RetentionGridModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_periods = 0;
    endResetModel();
}

void RetentionGridModel::setResult(const RetentionQuery &query, const RetentionResult &result)
{
    beginResetModel();
    m_rows.clear();
    m_periods = query.periods + 1;
    m_period = query.period;
    const bool breakdown = !query.breakdown.isEmpty();
    for (const RetentionGroup &group : result.groups) {
        Row pooled;
        pooled.pooled = true;
        pooled.label = breakdown ? group.value : tr("All cohorts");
        pooled.group = group.value;
        for (size_t n = 0; n < group.summaryPersons.size(); ++n) {
            if (group.summaryCohortSize[n] == 0)
                break;
            pooled.persons.push_back(group.summaryPersons[n]);
            pooled.cellSizes.push_back(group.summaryCohortSize[n]);
        }
        pooled.size = group.summaryCohortSize.empty() ? 0 : group.summaryCohortSize[0];
        m_rows << pooled;
        if (breakdown)
            continue;
        for (const RetentionCohort &cohort : group.cohorts) {
            Row row;
            row.label = Calendar::dateText(cohort.periodStartMs);
            row.group = group.value;
            row.cohortStartMs = cohort.periodStartMs;
            row.size = cohort.size;
            row.persons = cohort.persons;
            row.cellSizes.assign(cohort.persons.size(), cohort.size);
            m_rows << row;
        }
    }
    endResetModel();
}

std::optional<RetentionGridModel::Cell> RetentionGridModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() < FirstPeriodColumn)
        return std::nullopt;
    const Row &row = m_rows[index.row()];
    const size_t period = size_t(index.column() - FirstPeriodColumn);
    if (period >= row.persons.size())
        return std::nullopt; // a period still to come
    return Cell{row.group, row.cohortStartMs, int(period), row.persons[period], row.label};
}

int RetentionGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RetentionGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : FirstPeriodColumn + m_periods;
}

QVariant RetentionGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::FontRole && row.pooled) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (index.column() == LabelColumn)
        return role == Qt::DisplayRole ? QVariant(row.label) : QVariant();
    if (index.column() == SizeColumn) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.size);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return role == PersonsRole ? QVariant(row.size) : QVariant();
    }
    const size_t n = size_t(index.column() - FirstPeriodColumn);
    if (n >= row.persons.size())
        return role == Qt::ToolTipRole ? QVariant(tr("This period has not happened yet"))
                                       : QVariant();
    const qint64 persons = row.persons[n], size = row.cellSizes[n];
    const double rate = size > 0 ? double(persons) / double(size) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return QString(QLocale().toString(rate * 100, 'f', 1) + QLatin1Char('%'));
    case RateRole:
        return rate;
    case PersonsRole:
        return persons;
    case CohortSizeRole:
        return size;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::ToolTipRole:
        return QString(tr("%1 of %2 persons (%3%) active in %4 %5")
                           .arg(QLocale().toString(persons),
                                QLocale().toString(size),
                                QLocale().toString(rate * 100, 'f', 1),
                                Calendar::periodWord(m_period))
                           .arg(n)
                       + QLatin1Char('\n') + tr("Click to list them"));
    default:
        return {};
    }
}

QVariant RetentionGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LabelColumn)
        return tr("Cohort");
    if (section == SizeColumn)
        return tr("Persons");
    return Calendar::periodHeading(m_period, section - FirstPeriodColumn);
}

} // namespace Quadrant
