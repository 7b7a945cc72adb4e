// SPDX-License-Identifier: MIT
#include "eventmatcher.h"

#include "breakdown.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Quadrant {

std::optional<EventSelector> EventSelector::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^([^\\[\\]]+)(?:\\[(.*)\\])?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        if (error)
            *error
                = QCoreApplication::translate(
                      "Quadrant", "cannot read the event '%1' (write name or name[property=value])")
                      .arg(text);
        return std::nullopt;
    }
    EventSelector selector;
    selector.event = match.captured(1).trimmed();
    const QString filters = match.captured(2);
    if (!filters.isEmpty()) {
        for (const QString &part : filters.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            EventFilter filter;
            int at = part.indexOf(QLatin1String("!="));
            if (at > 0) {
                filter.equals = false;
                filter.property = part.left(at).trimmed();
                filter.value = part.mid(at + 2).trimmed();
            } else if ((at = part.indexOf(QLatin1Char('='))) > 0) {
                filter.property = part.left(at).trimmed();
                filter.value = part.mid(at + 1).trimmed();
            } else {
                if (error)
                    *error = QCoreApplication::translate(
                                 "Quadrant",
                                 "cannot read the filter '%1' (write property=value or "
                                 "property!=value)")
                                 .arg(part);
                return std::nullopt;
            }
            selector.filters << filter;
        }
    }
    return selector;
}

QString EventSelector::toString() const
{
    if (filters.isEmpty())
        return event;
    QStringList parts;
    for (const EventFilter &filter : filters)
        parts << filter.property + (filter.equals ? QStringLiteral("=") : QStringLiteral("!="))
                     + filter.value;
    return event + QLatin1Char('[') + parts.join(QLatin1Char('&')) + QLatin1Char(']');
}

EventMatcher::EventMatcher(const EventSelector &selector,
                           const EventIndex &index,
                           const ProjectStore &store)
    : m_names(index.names().data())
    , m_any(selector.event == QLatin1String("*"))
    , m_eventId(m_any ? -1 : index.eventId(selector.event))
{
    for (const EventFilter &spec : selector.filters) {
        Filter filter;
        // "person.KEY" tests the person's property; "event.KEY" or a bare key the event's.
        const PropertyName property = PropertyName::parse(spec.property);
        filter.column = property.scope == PropertyName::Scope::Person
                            ? index.personPropertyPerEvent(store, property.key)
                            : index.eventProperty(store, property.key);
        filter.allowed.assign(size_t(filter.column->values.size()) + 1, !spec.equals);
        const int found = filter.column->values.indexOf(spec.value);
        if (found >= 0)
            filter.allowed[size_t(found) + 1] = spec.equals;
        if (!spec.equals)
            filter.allowed[0] = true; // a missing value is "not equal"
        m_filters << filter;
    }
}

} // namespace Quadrant
