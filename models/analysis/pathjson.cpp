// SPDX-License-Identifier: MIT
#include "pathjson.h"

#include "dayrangejson.h"
#include "eventindex.h"
#include "store/cohortstore.h"

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
    auto fail = [error](const QString &message) -> std::optional<PathQuery> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("kind")).toString() != QLatin1String("paths"))
        return fail(QStringLiteral("not a paths definition"));
    PathQuery query;
    query.anchor = json.value(QStringLiteral("anchor")).toString();
    const QString direction
        = json.value(QStringLiteral("direction")).toString(QStringLiteral("after"));
    if (direction != QLatin1String("after") && direction != QLatin1String("before"))
        return fail(QStringLiteral("the direction must be after or before"));
    query.backwards = direction == QLatin1String("before");
    query.depth = json.value(QStringLiteral("depth")).toInt(5);
    if (query.depth < 1 || query.depth > 20)
        return fail(QStringLiteral("the depth must be from 1 to 20"));
    const double gapMinutes = json.value(QStringLiteral("sessionGapMinutes")).toDouble(30);
    if (gapMinutes <= 0)
        return fail(QStringLiteral("the session gap must be positive"));
    query.sessionGapMs = qint64(gapMinutes * 60000.0);
    for (const QJsonValue &event : json.value(QStringLiteral("exclude")).toArray())
        query.excluded << event.toString();
    query.collapseRepeats = json.value(QStringLiteral("collapseRepeats")).toBool();
    const double minimumWeight = json.value(QStringLiteral("minWeight")).toDouble(1);
    if (!(minimumWeight >= 1 && minimumWeight <= double(PathQuery::mostMinimumWeight)))
        return fail(
            QStringLiteral("minWeight: must be from 1 to %1").arg(PathQuery::mostMinimumWeight));
    query.minimumWeight = qint64(minimumWeight);
    if (auto rangeError = DayRangeJson::read(json, &query.fromMs, &query.toMs))
        return fail(*rangeError);
    query.cohort = json.value(QStringLiteral("cohort")).toString();
    return query;
}

std::optional<Failure> PathJson::restrictToCohort(PathQuery *query,
                                                  const ProjectStore &store,
                                                  const EventIndex &index,
                                                  const QString &cohort)
{
    const auto members = CohortStore::members(store, cohort);
    if (!members)
        return Failure(QStringLiteral("no cohort named '%1'").arg(cohort));
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
