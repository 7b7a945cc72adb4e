// SPDX-License-Identifier: MIT
#include "pathjson.h"

#include "calendar.h"
#include "dayrangejson.h"
#include "definitionreader.h"
#include "eventindex.h"
#include "store/cohortstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace Quadrant {

QJsonObject PathJson::toJson(const PathQuery &query, const QString &cohort)
{
    QJsonObject json;
    json[QStringLiteral("kind")] = QStringLiteral("paths");
    json[QStringLiteral("anchor")] = query.anchor;
    json[QStringLiteral("direction")]
        = query.backwards ? QStringLiteral("before") : QStringLiteral("after");
    json[QStringLiteral("depth")] = query.depth;
    json[QStringLiteral("sessionGapMinutes")] = double(query.sessionGapMs) / 60000.0;
    json[QStringLiteral("exclude")] = QJsonArray::fromStringList(query.excluded);
    json[QStringLiteral("collapseRepeats")] = query.collapseRepeats;
    json[QStringLiteral("minWeight")] = double(query.minimumWeight);
    if (const QString named = cohort.isEmpty() ? query.cohort : cohort; !named.isEmpty())
        json[QStringLiteral("cohort")] = named;
    DayRangeJson::write(json, query.fromMs, query.toMs);
    return json;
}

std::optional<PathQuery> PathJson::fromJson(const QJsonObject &json, QString *error)
{
    DefinitionReader read(json, "paths");
    PathQuery query;
    query.anchor = read.text("anchor");
    query.backwards = read.choice("direction",
                                  {QStringLiteral("after"), QStringLiteral("before")},
                                  QStringLiteral("after"))
                      == QLatin1String("before");
    query.depth = int(read.integer("depth", 1, 20, 5));
    constexpr double mostGapMinutes = double(Calendar::maxDurationMs) / 60000.0;
    query.sessionGapMs
        = qint64(read.number("sessionGapMinutes", 1.0 / 60000.0, mostGapMinutes, 30) * 60000.0);
    query.excluded = read.textList("exclude");
    query.collapseRepeats = read.flag("collapseRepeats");
    query.minimumWeight = read.integer("minWeight", 1, PathQuery::mostMinimumWeight, 1);
    read.dayRange(&query.fromMs, &query.toMs);
    query.cohort = read.text("cohort");
    return read.finish(query, error);
}

std::optional<Failure> PathJson::restrictToCohort(PathQuery *query,
                                                  const ProjectStore &store,
                                                  const EventIndex &index,
                                                  const QString &cohort)
{
    const auto members = CohortStore::members(store, cohort);
    if (!members)
        return Failure(QCoreApplication::translate("Quadrant", "no cohort named '%1'").arg(cohort));
    QHash<qint64, int> dense;
    dense.reserve(index.personCount());
    for (int p = 0; p < index.personCount(); ++p)
        dense.insert(index.personRowId(p), p);
    query->personFilter.assign(size_t(index.personCount()), 0);
    for (qint64 id : *members) {
        const auto found = dense.constFind(id);
        if (found != dense.constEnd())
            query->personFilter[size_t(*found)] = 1;
    }
    return std::nullopt;
}

} // namespace Quadrant
