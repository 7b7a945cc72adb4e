// SPDX-License-Identifier: MIT
#include "recordtablemodel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Quadrant {

void RecordTableModel::setTable(const RecordTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

QString RecordTableModel::headerText(const QString &column)
{
    // Statistics columns read better spelled out; the CLI keeps the short names.
    static const QHash<QString, QString> spelled{
        {QStringLiteral("ci_low"), QStringLiteral("95% interval from")},
        {QStringLiteral("ci_high"), QStringLiteral("to")},
        {QStringLiteral("p_value"), QStringLiteral("p-value")},
        {QStringLiteral("prob_best"), QStringLiteral("Chance to be best")},
        {QStringLiteral("srm_p_value"), QStringLiteral("Sample ratio p")},
        {QStringLiteral("stddev"), QStringLiteral("Std. dev.")},
        {QStringLiteral("arr"), QStringLiteral("ARR")},
        {QStringLiteral("nps"), QStringLiteral("NPS")},
        {QStringLiteral("roi"), QStringLiteral("ROI")},
        {QStringLiteral("avg_won"), QStringLiteral("Average won deal")},
        {QStringLiteral("cycle_days_mean_won"), QStringLiteral("Days to win (mean)")},
        {QStringLiteral("cycle_days_median_won"), QStringLiteral("Days to win (median)")},
        {QStringLiteral("cycle_days_mean_closed"), QStringLiteral("Days to close (mean)")},
        {QStringLiteral("seat_use"), QStringLiteral("Seat use")},
        {QStringLiteral("key_features"), QStringLiteral("Key features")}};
    const auto found = spelled.constFind(column);
    if (found != spelled.constEnd())
        return *found;
    QString text = column;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString RecordTableModel::formatDuration(double seconds)
{
    if (std::isnan(seconds))
        return QString();
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(QLocale().toString(seconds, 'f', 0));
    if (seconds < 3600)
        return QStringLiteral("%1 min").arg(QLocale().toString(seconds / 60, 'f', 1));
    if (seconds < 86400 * 2)
        return QStringLiteral("%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
    return QStringLiteral("%1 d").arg(QLocale().toString(seconds / 86400, 'f', 1));
}

QString RecordTableModel::significant(double value, int digits)
{
    if (!std::isfinite(value))
        return QLocale().toString(value);
    const double magnitude = std::abs(value);
    if (magnitude >= std::pow(10.0, digits - 1) || magnitude == 0)
        return QLocale().toString(std::round(value), 'f', 0); // whole, with group separators
    const int decimals = std::clamp(digits - 1 - int(std::floor(std::log10(magnitude))), 0, 12);
    return QLocale().toString(value, 'f', decimals);
}

QString RecordTableModel::formatValue(const QString &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QString();
    const int type = value.typeId();
    if (type == QMetaType::Double) {
        const double d = value.toDouble();
        if (column.startsWith(QLatin1String("conversion")) || column == QLatin1String("rate")
            || column == QLatin1String("lift") || column == QLatin1String("prob_best")
            || column == QLatin1String("share"))
            return QLocale().toString(d * 100, 'f', 1) + QLatin1Char('%');
        if (column.contains(QLatin1String("seconds")))
            return formatDuration(d);
        // Health and lead scores read as 0..100 (or 0..200) points: a tenth is enough.
        if (column == QLatin1String("health") || column == QLatin1String("score")
            || column == QLatin1String("behaviour") || column == QLatin1String("fit"))
            return QLocale().toString(d, 'f', 1);
        if (column.contains(QLatin1String("p_value")))
            return d < 0.001 ? QStringLiteral("< 0.001") : significant(d, 3);
        // Statistics read to three significant digits; the exact value is the tooltip's and
        // the export's.
        if (column == QLatin1String("mean") || column == QLatin1String("stddev")
            || column == QLatin1String("z") || column == QLatin1String("t")
            || column.startsWith(QLatin1String("ci_")))
            return significant(d, 3);
        return QLocale().toString(d, 'g', 6);
    }
    if (type == QMetaType::Int || type == QMetaType::LongLong) {
        if (column == QLatin1String("step") || column == QLatin1String("period"))
            return value.toString();
        return QLocale().toString(value.toLongLong());
    }
    return value.toString();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const QVariant value = m_table.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QString column = m_table.columns.value(index.column());
        // An interval beside a rate is a difference of rates: read in percentage points.
        if (column.startsWith(QLatin1String("ci_")) && value.typeId() == QMetaType::Double
            && m_table.columns.contains(QStringLiteral("rate")))
            return QStringLiteral("%1%2 pp").arg(
                value.toDouble() > 0 ? QStringLiteral("+") : QString(),
                QLocale().toString(value.toDouble() * 100, 'f', 2));
        return formatValue(column, value);
    }
    case RawValueRole:
        return value;
    case Qt::TextAlignmentRole: {
        const int type = value.typeId();
        const bool numeric
            = type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong;
        return QVariant::fromValue(
            Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    case Qt::ToolTipRole:
        return value.toString();
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return headerText(m_table.columns.value(section));
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return m_table.columns.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Quadrant
