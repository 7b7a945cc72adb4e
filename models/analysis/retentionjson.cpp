// SPDX-License-Identifier: MIT
#include "retentionjson.h"

#include "dayrangejson.h"
#include "definitionreader.h"

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
    DefinitionReader read(json, "retention");
    RetentionQuery query;
    query.start = read.selector("start");
    query.returning = read.selector("return", EventSelector{QStringLiteral("*"), {}});
    Calendar::parsePeriod(read.choice("period", Calendar::periodNames(), QStringLiteral("week")),
                          &query.period);
    query.periods = int(read.integer("periods", 0, 1000, 8));
    const QString mode = read.choice(
        "mode",
        {modeName(RetentionQuery::Mode::On), modeName(RetentionQuery::Mode::OnOrAfter)},
        modeName(RetentionQuery::Mode::On));
    query.mode = parseMode(mode).value_or(RetentionQuery::Mode::On);
    query.cohorts = read.flag("recurring") ? RetentionQuery::Cohorts::Recurring
                                           : RetentionQuery::Cohorts::FirstTime;
    read.dayRange(&query.fromMs, &query.toMs);
    query.breakdown = read.text("breakdown");
    query.pooledRows = read.flag("summary", true);
    return read.finish(query, error);
}

} // namespace Quadrant
