// SPDX-License-Identifier: MIT
#include "heatmapengine.h"

#include "calendar.h"
#include "eventindex.h"
#include "jobs/jobcontext.h"
#include "parallel.h"
#include "store/projectstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace Quadrant {

HeatmapEngine::OffsetTable::OffsetTable(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
    m_starts.push_back(std::numeric_limits<qint64>::min());
    m_offsets.push_back(qint64(zone.offsetFromUtc(from)) * 1000);
    if (!zone.hasTransitions())
        return;
    for (const QTimeZone::OffsetData &transition :
         zone.transitions(from, QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()))) {
        m_starts.push_back(transition.atUtc.toMSecsSinceEpoch());
        m_offsets.push_back(qint64(transition.offsetFromUtc) * 1000);
    }
}

qint64 HeatmapEngine::OffsetTable::offsetMs(qint64 utcMs) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), utcMs);
    return m_offsets[size_t(it - m_starts.begin()) - 1];
}

const QStringList &HeatmapEngine::weekdays()
{
    static const QStringList days{QStringLiteral("Monday"),
                                  QStringLiteral("Tuesday"),
                                  QStringLiteral("Wednesday"),
                                  QStringLiteral("Thursday"),
                                  QStringLiteral("Friday"),
                                  QStringLiteral("Saturday"),
                                  QStringLiteral("Sunday")};
    return days;
}

std::optional<Failure> HeatmapEngine::validate(const HeatmapQuery &query, const EventIndex &index)
{
    if (!query.timeZone.isValid())
        return Failure(QCoreApplication::translate("Quadrant", "unknown time zone"));
    for (const QString &event : query.events)
        if (index.eventId(event) < 0)
            return Failure(
                QCoreApplication::translate("Quadrant", "unknown event '%1'").arg(event));
    return std::nullopt;
}

HeatmapResult HeatmapEngine::run(const HeatmapQuery &query,
                                 const EventIndex &index,
                                 const ProjectStore &store,
                                 JobContext &context)
{
    HeatmapResult result;
    const qint64 from = query.fromMs.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = query.toMs.value_or(std::numeric_limits<qint64>::max());
    const qint64 *times = index.times().data();
    const quint32 *names = index.names().data();

    if (query.kind == HeatmapQuery::Kind::Activity) {
        result.rows = weekdays();
        for (int hour = 0; hour < 24; ++hour)
            result.columns << QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
        const OffsetTable offsets(query.timeZone, index.firstEventTime(), index.lastEventTime());
        std::vector<bool> wanted(size_t(index.eventNames().size()), query.events.isEmpty());
        for (const QString &event : query.events)
            wanted[size_t(index.eventId(event))] = true;
        auto partials = Parallel::mapChunks<std::vector<double>>(
            index.personCount(),
            [&](int first, int last, std::vector<double> &cells) {
                cells.assign(7 * 24, 0.0);
                std::vector<char> seen(7 * 24);
                for (int p = first; p < last; ++p) {
                    if (((p - first) & 1023) == 0 && context.isCanceled())
                        return;
                    std::fill(seen.begin(), seen.end(), 0);
                    for (qint64 i = index.begin(p); i < index.end(p); ++i) {
                        if (times[i] < from || times[i] >= to || !wanted[names[i]])
                            continue;
                        const qint64 local = times[i] + offsets.offsetMs(times[i]);
                        const qint64 day = Calendar::dayOf(local);
                        const int weekday = int(((day + 3) % 7 + 7) % 7); // 0 = Monday
                        const int hour = int((local - day * Calendar::msPerDay) / 3600000);
                        const size_t cell = size_t(weekday * 24 + hour);
                        if (!query.distinctPersons || !seen[cell])
                            cells[cell] += 1;
                        seen[cell] = 1;
                    }
                }
            },
            &context,
            QStringLiteral("Counting activity"));
        result.values.assign(7 * 24, 0.0);
        for (const auto &partial : partials)
            for (size_t c = 0; c < partial.size(); ++c)
                result.values[c] += partial[c];
        return result;
    }

    // Adoption: each person's group, then which of the chosen events they did.
    std::shared_ptr<const PropertyColumn> accounts
        = index.personProperty(store, QStringLiteral("account_id"));
    std::vector<quint32> groupOf(size_t(index.personCount()), 0);
    QStringList groupNames;
    if (query.by == HeatmapQuery::By::Role) {
        const auto roles = index.personProperty(store, QStringLiteral("role"));
        groupOf = roles->codes;
        groupNames = roles->values;
    } else if (query.by == HeatmapQuery::By::Account) {
        // Accounts by name where the accounts table knows them.
        QHash<QString, QString> names;
        SqliteStatement statement;
        if (!statement.prepare(store.handle(),
                               "SELECT account_id, COALESCE(name, account_id) FROM accounts"))
            while (statement.step() == SQLITE_ROW)
                names.insert(QString::fromUtf8(statement.columnText(0)),
                             QString::fromUtf8(statement.columnText(1)));
        groupOf = accounts->codes;
        for (const QString &id : accounts->values)
            groupNames << (names.contains(id) && names.value(id) != id
                               ? names.value(id) + QStringLiteral(" (") + id + QLatin1Char(')')
                               : id);
    } else {
        QHash<QString, QString> industryOf;
        SqliteStatement statement;
        if (!statement.prepare(
                store.handle(),
                "SELECT account_id, industry FROM accounts WHERE industry IS NOT NULL"))
            while (statement.step() == SQLITE_ROW)
                industryOf.insert(QString::fromUtf8(statement.columnText(0)),
                                  QString::fromUtf8(statement.columnText(1)));
        QHash<QString, quint32> codes;
        for (int p = 0; p < index.personCount(); ++p) {
            const QString industry
                = industryOf.value(accounts->valueOf(accounts->codes[size_t(p)]));
            if (industry.isEmpty())
                continue;
            auto it = codes.find(industry);
            if (it == codes.end()) {
                groupNames << industry;
                it = codes.insert(industry, quint32(groupNames.size()));
            }
            groupOf[size_t(p)] = it.value();
        }
    }
    QStringList events = query.events;
    if (events.isEmpty())
        events = index.eventNames();
    std::vector<int> columnOf(size_t(index.eventNames().size()), -1);
    for (int c = 0; c < events.size(); ++c)
        columnOf[size_t(index.eventId(events[c]))] = c;
    const size_t groups = size_t(groupNames.size()) + 1, columns = size_t(events.size());

    struct Counts
    {
        std::vector<double> persons, cells;
    };
    auto partials = Parallel::mapChunks<Counts>(
        index.personCount(),
        [&](int first, int last, Counts &counts) {
            counts.persons.assign(groups, 0.0);
            counts.cells.assign(groups * columns, 0.0);
            std::vector<char> did(columns);
            for (int p = first; p < last; ++p) {
                if (((p - first) & 1023) == 0 && context.isCanceled())
                    return;
                const quint32 group = groupOf[size_t(p)];
                if (group == 0)
                    continue;
                counts.persons[group] += 1;
                std::fill(did.begin(), did.end(), 0);
                for (qint64 i = index.begin(p); i < index.end(p); ++i) {
                    const int c = columnOf[names[i]];
                    if (c >= 0 && times[i] >= from && times[i] < to)
                        did[size_t(c)] = 1;
                }
                for (size_t c = 0; c < columns; ++c)
                    counts.cells[group * columns + c] += did[c];
            }
        },
        &context,
        QStringLiteral("Counting adoption"));
    Counts total{std::vector<double>(groups, 0.0), std::vector<double>(groups * columns, 0.0)};
    for (const Counts &partial : partials) {
        for (size_t g = 0; g < groups; ++g)
            total.persons[g] += partial.persons[g];
        for (size_t c = 0; c < total.cells.size(); ++c)
            total.cells[c] += partial.cells[c];
    }
    // Rows in descending order of persons (the biggest accounts first).
    std::vector<size_t> order;
    for (size_t g = 1; g < groups; ++g)
        if (total.persons[g] > 0)
            order.push_back(g);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return total.persons[a] > total.persons[b];
    });
    result.columns = events;
    for (size_t g : order) {
        result.rows << groupNames[int(g) - 1];
        result.rowPersons.push_back(qint64(total.persons[g]));
        for (size_t c = 0; c < columns; ++c)
            result.values.push_back(total.cells[g * columns + c] / total.persons[g]);
    }
    return result;
}

} // namespace Quadrant
