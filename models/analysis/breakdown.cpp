// SPDX-License-Identifier: MIT
#include "breakdown.h"

#include "eventindex.h"

namespace Quadrant {

const PropertyColumn *Breakdown::column() const
{
    return personGroups ? personGroups.get() : eventGroups.get();
}

PropertyName PropertyName::parse(const QString &name)
{
    if (name.startsWith(QLatin1String("event.")))
        return {Scope::Event, name.mid(6)};
    if (name.startsWith(QLatin1String("person.")))
        return {Scope::Person, name.mid(7)};
    return {Scope::Either, name};
}

Breakdown resolveBreakdown(const EventIndex &index, const ProjectStore &store, const QString &name)
{
    Breakdown breakdown;
    if (name.isEmpty())
        return breakdown;
    const PropertyName property = PropertyName::parse(name);
    if (property.scope != PropertyName::Scope::Event) {
        breakdown.personGroups = index.personProperty(store, property.key);
        if (property.scope == PropertyName::Scope::Either
            && breakdown.personGroups->values.isEmpty())
            breakdown.personGroups.reset();
    }
    if (!breakdown.personGroups)
        breakdown.eventGroups = index.eventProperty(store, property.key);
    return breakdown;
}

} // namespace Quadrant
