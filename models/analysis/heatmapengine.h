// SPDX-License-Identifier: MIT
#pragma once

#include "eventmatcher.h"
#include "store/failure.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Quadrant {

class EventIndex;
class JobContext;
class ProjectStore;

struct HeatmapQuery
{
    enum class Kind { Activity, Adoption };
    enum class By { Account, Industry, Role };

    Kind kind = Kind::Activity;
    // Activity: events (or distinct persons) by weekday x hour in a time zone.
    QTimeZone timeZone = QTimeZone::utc();
    bool distinctPersons = false;
    // Adoption: share of each group's persons who did each event.
    By by = By::Industry;
    QStringList events; // empty = every event
    std::optional<qint64> fromMs, toMs;
    // How an adoption heatmap's rows are listed: "total" (most adopted first), "name", or empty
    // for the engine's order (what quadrant-cli prints). Activity rows are always the weekdays.
    QString rowOrder = QStringLiteral("total");
};

// A dense matrix with labelled rows and columns.
struct HeatmapResult
{
    QStringList rows, columns;
    std::vector<double> values;     // rows x columns, row-major
    std::vector<qint64> rowPersons; // adoption: persons in each row's group
    double at(int row, int column) const
    {
        return values[size_t(row) * size_t(columns.size()) + size_t(column)];
    }
};

// Hour x weekday activity and feature adoption by account, industry or role.
class HeatmapEngine
{
public:
    static std::optional<Failure> validate(const HeatmapQuery &query, const EventIndex &index);
    // The activity heatmap's rows, Monday first, in English (what quadrant-cli prints).
    static const QStringList &weekdays();
    static HeatmapResult run(const HeatmapQuery &query,
                             const EventIndex &index,
                             const ProjectStore &store,
                             JobContext &context);
    // UTC offset at each moment, from the zone's transitions (one lookup per event is too slow).
    class OffsetTable
    {
    public:
        OffsetTable(const QTimeZone &zone, qint64 fromMs, qint64 toMs);
        qint64 offsetMs(qint64 utcMs) const;

    private:
        std::vector<qint64> m_starts;
        std::vector<qint64> m_offsets;
    };
};

} // namespace Quadrant
