// SPDX-License-Identifier: MIT
#include "recordtablemodel.h"

#include "analysis/heatmapengine.h"
#include "crm/renewalquadrant.h"

#include <QCoreApplication>
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
    // Every column of the engine's tables, spelled out and translatable; the CLI keeps the
    // short names. A column not listed (a property named by the user) reads as itself.
    static const QHash<QString, const char *> spelled{
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Account")},
        {QStringLiteral("active_persons"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Active persons")},
        {QStringLiteral("arr"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "ARR")},
        {QStringLiteral("avg_won"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Average won deal")},
        {QStringLiteral("band"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Band")},
        {QStringLiteral("behaviour"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Behaviour")},
        {QStringLiteral("breakdown"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Breakdown")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Channel")},
        {QStringLiteral("ci_high"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "to")},
        {QStringLiteral("ci_low"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "95% interval from")},
        {QStringLiteral("cohort"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Cohort")},
        {QStringLiteral("cohort_size"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Cohort size")},
        {QStringLiteral("column"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Column")},
        {QStringLiteral("conversion_from_previous"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Conversion from previous")},
        {QStringLiteral("conversion_from_start"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Conversion from start")},
        {QStringLiteral("converters"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Converters")},
        {QStringLiteral("cost_per_lead"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Cost per lead")},
        {QStringLiteral("cost_per_won"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Cost per won deal")},
        {QStringLiteral("cycle_days_mean_closed"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Days to close (mean)")},
        {QStringLiteral("cycle_days_mean_won"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Days to win (mean)")},
        {QStringLiteral("cycle_days_median_won"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Days to win (median)")},
        {QStringLiteral("deals"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Deals")},
        {QStringLiteral("details"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Details")},
        {QStringLiteral("entry_date"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Entry date")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Event")},
        {QStringLiteral("expansion"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Expansion")},
        {QStringLiteral("fit"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Fit")},
        {QStringLiteral("from_event"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "From event")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Group")},
        {QStringLiteral("health"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Health")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Industry")},
        {QStringLiteral("key_features"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Key features")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Kind")},
        {QStringLiteral("lead"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Lead")},
        {QStringLiteral("leads"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Leads")},
        {QStringLiteral("lift"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Lift")},
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Lost")},
        {QStringLiteral("mean"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Mean")},
        {QStringLiteral("median_seconds_from_previous"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Median time from previous")},
        {QStringLiteral("median_seconds_from_start"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Median time from start")},
        {QStringLiteral("modified"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Modified")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Name")},
        {QStringLiteral("nps"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "NPS")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Open")},
        {QStringLiteral("p_value"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "p-value")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Period")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Person")},
        {QStringLiteral("persons"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Persons")},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Plan")},
        {QStringLiteral("prob_best"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Chance to be best")},
        {QStringLiteral("quadrant"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Quadrant")},
        {QStringLiteral("rate"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Rate")},
        {QStringLiteral("reactivated"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Reactivated")},
        {QStringLiteral("reasons"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Reasons")},
        {QStringLiteral("renewal"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Renewal")},
        {QStringLiteral("renewal_date"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Renewal date")},
        {QStringLiteral("roi"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "ROI")},
        {QStringLiteral("row"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Row")},
        {QStringLiteral("rows"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Rows")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Score")},
        {QStringLiteral("seat_use"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Seat use")},
        {QStringLiteral("seats"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Seats")},
        {QStringLiteral("sequences"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Sequences")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Source")},
        {QStringLiteral("spend"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Spend")},
        {QStringLiteral("srm_p_value"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Sample ratio p")},
        {QStringLiteral("stddev"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Std. dev.")},
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Step")},
        {QStringLiteral("t"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "t")},
        {QStringLiteral("table"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Table")},
        {QStringLiteral("time"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Time")},
        {QStringLiteral("to_event"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "To event")},
        {QStringLiteral("trend"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Trend")},
        {QStringLiteral("usage_trend"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Usage trend")},
        {QStringLiteral("user_id"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Person id")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Value")},
        {QStringLiteral("variant"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Variant")},
        {QStringLiteral("what"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "What")},
        {QStringLiteral("win_rate"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Win rate")},
        {QStringLiteral("won"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Won")},
        {QStringLiteral("won_revenue"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Won revenue")},
        {QStringLiteral("z"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "z")},
        {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Revenue")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Date")},
        {QStringLiteral("hour"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Hour")},
        {QStringLiteral("weekday"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Weekday")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Count")},
        {QStringLiteral("total"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Total")},
        {QStringLiteral("share"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Share")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Events")},
        {QStringLiteral("first_seen"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "First seen")},
        {QStringLiteral("last_seen"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Last seen")},
        {QStringLiteral("account_id"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "Account")}};
    const auto found = spelled.constFind(column);
    if (found != spelled.constEnd())
        return QCoreApplication::translate("Quadrant::RecordTableModel", *found);
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
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', 0));
    if (seconds < 3600)
        return tr("%1 min").arg(QLocale().toString(seconds / 60, 'f', 1));
    if (seconds < 86400 * 2)
        return tr("%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
    return tr("%1 d").arg(QLocale().toString(seconds / 86400, 'f', 1));
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
    return valueText(column, value.toString());
}

QString RecordTableModel::valueText(const QString &column, const QString &text)
{
    // The engine's own words in its tables: placeholders for a missing value, and the columns
    // whose values are a fixed set (a band, a quadrant, yes/no). Data values stay as they are.
    static const QHash<QString, const char *> placeholders{
        {QStringLiteral("(none)"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "(none)")},
        {QStringLiteral("(other)"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "(other)")},
        {QStringLiteral("(session end)"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "(session end)")},
        {QStringLiteral("(no stage)"),
         QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "(no stage)")}};
    static const QHash<QString, const char *> fixed{
        {QStringLiteral("red"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "red")},
        {QStringLiteral("yellow"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "yellow")},
        {QStringLiteral("green"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "green")},
        {QStringLiteral("yes"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "yes")},
        {QStringLiteral("no"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "no")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "open")},
        {QStringLiteral("won"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "won")},
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "lost")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "event")},
        {QStringLiteral("nps"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "nps")},
        {QStringLiteral("lead"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "lead")},
        {QStringLiteral("deal"), QT_TRANSLATE_NOOP("Quadrant::RecordTableModel", "deal")}};
    if (const auto found = placeholders.constFind(text); found != placeholders.constEnd())
        return QCoreApplication::translate("Quadrant::RecordTableModel", *found);
    if (column == QLatin1String("quadrant"))
        return RenewalQuadrant::title(text);
    if (column == QLatin1String("row")) { // the activity heatmap's weekdays
        const qsizetype day = HeatmapEngine::weekdays().indexOf(text);
        if (day >= 0)
            return QLocale().dayName(int(day) + 1);
    }
    if (column == QLatin1String("band") || column == QLatin1String("reactivated")
        || column == QLatin1String("status") || column == QLatin1String("kind")) {
        if (const auto found = fixed.constFind(text); found != fixed.constEnd())
            return QCoreApplication::translate("Quadrant::RecordTableModel", *found);
    }
    return text;
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
        if (value.typeId() == QMetaType::QString && m_table.valueWords.contains(column))
            return m_table.words(index.column(), value.toString());
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
        if (value.typeId() != QMetaType::QString)
            return value.toString();
        if (m_table.valueWords.contains(m_table.columns.value(index.column())))
            return m_table.words(index.column(), value.toString());
        return valueText(m_table.columns.value(index.column()), value.toString());
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_table.label(section).isEmpty() ? headerText(m_table.columns.value(section))
                                                : m_table.label(section);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return m_table.columns.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Quadrant
