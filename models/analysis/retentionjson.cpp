// SPDX-License-Identifier: MIT
#include "retentionjson.h"

#include "dayrangejson.h"

namespace Quadrant {

QJsonObject RetentionJson::toJson(const RetentionQuery &query)
{
    QJsonObject json;
    json[QStringLiteral("kind")] = QStringLiteral("retention");
    json[QStringLiteral("start")] = query.start.toString();
    json[QStringLiteral("return")] = query.returning.toString();
    json[QStringLiteral("period")] = Calendar::periodName(query.period);
    json[QStringLiteral("periods")] = query.periods;
    json[QStringLiteral("mode")] = modeName(query.mode);
    json[QStringLiteral("recurring")] = query.cohorts == RetentionQuery::Cohorts::Recurring;
    DayRangeJson::write(json, query.fromMs, query.toMs);
    if (!query.breakdown.isEmpty())
        json[QStringLiteral("breakdown")] = query.breakdown;
    if (!query.pooledRows)
        json[QStringLiteral("summary")] = false;
    return json;
}

QString RetentionJson::modeName(RetentionQuery::Mode mode)
{
    return mode == RetentionQuery::Mode::On ? QStringLiteral("on") : QStringLiteral("on-or-after");
}

std::optional<RetentionQuery::Mode> RetentionJson::parseMode(const QString &name)
{
    for (auto mode : {RetentionQuery::Mode::On, RetentionQuery::Mode::OnOrAfter})
        if (name == modeName(mode))
            return mode;
    return std::nullopt;
}

std::optional<RetentionQuery> RetentionJson::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<RetentionQuery> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("kind")).toString() != QLatin1String("retention"))
        return fail(QStringLiteral("not a retention definition"));
    RetentionQuery query;
    QString selectorError;
    const QString start = json.value(QStringLiteral("start")).toString();
    if (!start.isEmpty()) {
        const auto selector = EventSelector::parse(start, &selectorError);
        if (!selector)
            return fail(selectorError);
        query.start = *selector;
    }
    const auto returning = EventSelector::parse(
        json.value(QStringLiteral("return")).toString(QStringLiteral("*")), &selectorError);
    if (!returning)
        return fail(selectorError);
    query.returning = *returning;
    if (!Calendar::parsePeriod(
            json.value(QStringLiteral("period")).toString(QStringLiteral("week")), &query.period))
        return fail(QStringLiteral("the period must be day, week or month"));
    query.periods = json.value(QStringLiteral("periods")).toInt(8);
    if (query.periods < 0 || query.periods > 1000)
        return fail(QStringLiteral("periods must be from 0 to 1000"));
    const QString mode = json.value(QStringLiteral("mode")).toString(QStringLiteral("on"));
    const auto parsedMode = parseMode(mode);
    if (!parsedMode)
        return fail(QStringLiteral("mode: must be on or on-or-after, not '%1'").arg(mode));
    query.mode = *parsedMode;
    query.cohorts = json.value(QStringLiteral("recurring")).toBool()
                        ? RetentionQuery::Cohorts::Recurring
                        : RetentionQuery::Cohorts::FirstTime;
    if (auto rangeError = DayRangeJson::read(json, &query.fromMs, &query.toMs))
        return fail(*rangeError);
    query.breakdown = json.value(QStringLiteral("breakdown")).toString();
    query.pooledRows = json.value(QStringLiteral("summary")).toBool(true);
    return query;
}

} // namespace Quadrant
