// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace Quadrant {

class ProjectStore;

struct CohortInfo
{
    QString name;
    qint64 persons = 0;
    qint64 createdAt = 0;
};

// Named sets of persons kept in the project (persons.id), such as the people who dropped out
// of a funnel step, so that other analyses can look at just them.
class CohortStore
{
public:
    // Creates or replaces the cohort `name`; the store must be writable.
    static std::optional<Failure> save(const ProjectStore &store,
                                       const QString &name,
                                       const QString &definitionJson,
                                       const std::vector<qint64> &personIds);
    static std::optional<std::vector<qint64>> members(const ProjectStore &store,
                                                      const QString &name);
    static QVector<CohortInfo> list(const ProjectStore &store);
};

} // namespace Quadrant
