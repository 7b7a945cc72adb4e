// SPDX-License-Identifier: MIT
#pragma once

#include "eventindex.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace Quadrant {

// "purchase", "purchase[plan=pro]", "page_view[page!=/pricing]", "*" (any event). A filter's
// property is the event's ("plan", "event.plan") or the person's ("person.plan").
struct EventFilter
{
    QString property;
    bool equals = true;
    QString value;
};

struct EventSelector
{
    QString event; // "*" = any event
    QVector<EventFilter> filters;

    static std::optional<EventSelector> parse(const QString &text, QString *error = nullptr);
    QString toString() const;
};

// Answers "does the event at this position match the selector?" in a few instructions: the
// event id compared, then each filter's property code checked against its allowed codes.
class EventMatcher
{
public:
    EventMatcher() = default;
    EventMatcher(const EventSelector &selector, const EventIndex &index, const ProjectStore &store);

    bool isValid() const { return m_any || m_eventId >= 0; }
    bool matches(qint64 position) const
    {
        if (!m_any && m_names[position] != quint32(m_eventId))
            return false;
        for (const Filter &filter : m_filters) {
            const quint32 code = filter.column->codes[size_t(position)];
            const bool hit = code < filter.allowed.size() && filter.allowed[code];
            if (!hit)
                return false;
        }
        return true;
    }

private:
    struct Filter
    {
        std::shared_ptr<const PropertyColumn> column;
        std::vector<bool> allowed; // by code
    };
    const quint32 *m_names = nullptr; // the index's name column
    bool m_any = false;
    int m_eventId = -1;
    QVector<Filter> m_filters;
};

} // namespace Quadrant
