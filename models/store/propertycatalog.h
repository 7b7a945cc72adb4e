// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVector>

namespace Quadrant {

class ProjectStore;

struct PropertyInfo
{
    QString key;
    bool onPerson
        = false; // a person property (persons.properties or account_id), else an event property
    qint64 count = 0; // rows carrying it (for event properties: within the sample read)
};

// The property keys a project's events and persons carry, for the catalog the workbench drags
// from (breakdowns, filters, hold constant). Event properties are read from the most recent
// events only, so that listing stays quick on a ten-million-event project.
class PropertyCatalog
{
public:
    static QVector<PropertyInfo> list(const ProjectStore &store, int eventSample = 200000);
};

} // namespace Quadrant
