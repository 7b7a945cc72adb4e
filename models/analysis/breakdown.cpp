// SPDX-License-Identifier: MIT
#include "breakdown.h"

#include "eventindex.h"

namespace Quadrant {

const PropertyColumn *Breakdown::column() const
{
    return personGroups ? personGroups.get() : eventGroups.get();
}

Breakdown resolveBreakdown(const EventIndex &index, const ProjectStore &store, const QString &name)
{
    Breakdown breakdown;
    if (name.isEmpty())
        return breakdown;
    QString key = name;
    const bool forceEvent = key.startsWith(QLatin1String("event."));
    const bool forcePerson = key.startsWith(QLatin1String("person."));
    if (forceEvent || forcePerson)
        key = key.section(QLatin1Char('.'), 1);
    if (!forceEvent) {
        breakdown.personGroups = index.personProperty(store, key);
        if (!forcePerson && breakdown.personGroups->values.isEmpty())
            breakdown.personGroups.reset();
    }
    if (!breakdown.personGroups)
        breakdown.eventGroups = index.eventProperty(store, key);
    return breakdown;
}

} // namespace Quadrant
