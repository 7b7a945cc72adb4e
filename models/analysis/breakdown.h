// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

namespace Quadrant {

class EventIndex;
class ProjectStore;
struct PropertyColumn;

// What a breakdown name means, the same for every analysis: "event.KEY" is the event's own
// property, "person.KEY" the person's; a bare KEY is the person's property when any person has
// it, else the event's. At most one of the columns is set; neither for an empty name.
struct Breakdown
{
    std::shared_ptr<const PropertyColumn> personGroups; // one code per person
    std::shared_ptr<const PropertyColumn> eventGroups;  // one code per event

    bool isSet() const { return personGroups || eventGroups; }
    const PropertyColumn *column() const;
};

// A property as the analyses name it: "event.KEY" (the event's), "person.KEY" (the person's) or
// a bare KEY (each analysis says which it means first).
struct PropertyName
{
    enum class Scope { Either, Event, Person };
    Scope scope = Scope::Either;
    QString key;

    static PropertyName parse(const QString &name);
};

Breakdown resolveBreakdown(const EventIndex &index, const ProjectStore &store, const QString &name);

} // namespace Quadrant
