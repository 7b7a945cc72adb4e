// SPDX-License-Identifier: MIT
#include "healthengine.h"

#include "analysis/calendar.h"
#include "analysis/eventindex.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "store/savedanalysisstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Quadrant {

namespace {

constexpr qint64 s_day = Calendar::msPerDay;

// Per account, what its persons did in the windows ending at `end`.
struct Window
{
    qint64 end = 0;
    std::vector<AccountActivity> activity;
    std::vector<std::vector<bool>> keyUsed;       // per account, per key event
    std::vector<std::vector<qint64>> eventCounts; // per account, per event:NAME measure
};

class Scorer
{
public:
    Scorer(const HealthModel &model,
           const CrmData &crm,
           const EventIndex &index,
           const ProjectStore &store)
        : m_model(model)
        , m_crm(crm)
        , m_index(index)
    {
        // Dense person -> account, through persons.account_id.
        const auto column = index.personProperty(store, QStringLiteral("account_id"));
        std::vector<int> byCode(size_t(column->values.size()) + 1, -1);
        for (int c = 0; c < column->values.size(); ++c)
            byCode[size_t(c) + 1] = crm.accountIndex(column->values[c]);
        m_accountOf.resize(size_t(index.personCount()), -1);
        for (int p = 0; p < index.personCount(); ++p)
            m_accountOf[size_t(p)] = byCode[column->codes[size_t(p)]];
        for (const QString &event : model.keyEvents)
            m_keyIds.push_back(index.eventId(event));
        for (const HealthMeasure &measure : model.measures)
            if (measure.isEvent())
                m_eventMeasureIds.push_back(index.eventId(measure.argument()));
        m_persons.assign(size_t(crm.accounts.size()), 0);
        for (const CrmPerson &person : crm.persons) {
            const int account = crm.accountIndex(person.accountId);
            if (account >= 0)
                ++m_persons[size_t(account)];
        }
    }

    std::vector<std::vector<int>> eventPersons() const
    {
        std::vector<std::vector<int>> persons(size_t(m_crm.accounts.size()));
        for (size_t p = 0; p < m_accountOf.size(); ++p)
            if (m_accountOf[p] >= 0)
                persons[size_t(m_accountOf[p])].push_back(int(p));
        return persons;
    }

    Window measure(qint64 end, JobContext &context) const
    {
        const size_t accounts = size_t(m_crm.accounts.size());
        Window window;
        window.end = end;
        window.activity.assign(accounts, AccountActivity());
        window.keyUsed.assign(accounts, std::vector<bool>(m_keyIds.size(), false));
        window.eventCounts.assign(accounts, std::vector<qint64>(m_eventMeasureIds.size(), 0));
        for (size_t a = 0; a < accounts; ++a)
            window.activity[a].persons = m_persons[a];
        const std::vector<qint64> &times = m_index.times();
        const std::vector<quint32> &names = m_index.names();
        const qint64 recent = end - HealthEngine::windowMs,
                     before = end - 2 * HealthEngine::windowMs;
        for (int p = 0; p < m_index.personCount(); ++p) {
            const int account = m_accountOf[size_t(p)];
            if (account < 0)
                continue;
            const auto first = times.begin() + m_index.begin(p);
            const auto last = times.begin() + m_index.end(p);
            const auto fromBefore = std::lower_bound(first, last, before);
            const auto fromRecent = std::lower_bound(fromBefore, last, recent);
            const auto untilEnd = std::lower_bound(fromRecent, last, end);
            AccountActivity &activity = window.activity[size_t(account)];
            activity.eventsBefore += fromRecent - fromBefore;
            activity.events += untilEnd - fromRecent;
            if (untilEnd > fromRecent)
                ++activity.activePersons;
            for (auto at = fromRecent; at != untilEnd; ++at) {
                const qint64 position = at - times.begin();
                const int name = int(names[size_t(position)]);
                for (size_t k = 0; k < m_keyIds.size(); ++k)
                    if (m_keyIds[k] == name)
                        window.keyUsed[size_t(account)][k] = true;
                for (size_t m = 0; m < m_eventMeasureIds.size(); ++m)
                    if (m_eventMeasureIds[m] == name)
                        ++window.eventCounts[size_t(account)][m];
            }
            if ((p & 4095) == 0 && context.isCanceled())
                break;
        }
        // NPS over the 90 days before the end, by the answer's account or its person's.
        std::vector<qint64> promoters(accounts, 0), detractors(accounts, 0), answers(accounts, 0);
        for (const NpsAnswer &answer : m_crm.nps) {
            if (answer.timeMs >= end || answer.timeMs < end - 90 * s_day)
                continue;
            const QString accountId = answer.accountId.isEmpty()
                                          ? m_crm.accountOfPerson(answer.userId)
                                          : answer.accountId;
            const int account = m_crm.accountIndex(accountId);
            if (account < 0)
                continue;
            ++answers[size_t(account)];
            promoters[size_t(account)] += answer.score >= 9 ? 1 : 0;
            detractors[size_t(account)] += answer.score <= 6 ? 1 : 0;
        }
        for (size_t a = 0; a < accounts; ++a) {
            window.activity[a].npsAnswers = answers[a];
            if (answers[a] > 0)
                window.activity[a].nps
                    = 100.0 * double(promoters[a] - detractors[a]) / double(answers[a]);
        }
        return window;
    }

    // The model's measures for one account, 0..100 each, none where there is no data.
    std::vector<std::optional<double>> values(const Window &window, int account) const
    {
        const CrmAccount &info = m_crm.accounts[account];
        const AccountActivity &activity = window.activity[size_t(account)];
        std::vector<std::optional<double>> values;
        size_t eventMeasure = 0;
        for (const HealthMeasure &measure : m_model.measures) {
            std::optional<double> value;
            if (measure.id == QLatin1String("seat_use"))
                value = seatUse(info, activity);
            else if (measure.id == QLatin1String("usage_trend"))
                value = usageTrend(activity);
            else if (measure.id == QLatin1String("key_features")) {
                if (!m_keyIds.empty() && activity.persons > 0) {
                    const auto &used = window.keyUsed[size_t(account)];
                    value = 100.0 * double(std::count(used.begin(), used.end(), true))
                            / double(used.size());
                }
            } else if (measure.id == QLatin1String("nps")) {
                if (activity.nps)
                    value = (*activity.nps + 100.0) / 2.0;
            } else if (measure.id == QLatin1String("renewal")) {
                if (info.renewalMs)
                    value = std::clamp(double(*info.renewalMs - window.end) / double(180 * s_day),
                                       0.0,
                                       1.0)
                            * 100.0;
            } else if (measure.isEvent()) {
                if (activity.persons > 0)
                    value = std::min(1.0,
                                     double(window.eventCounts[size_t(account)][eventMeasure])
                                         / measure.target)
                            * 100.0;
                ++eventMeasure;
            } else if (measure.isProperty()) {
                const QJsonValue property = info.properties.value(measure.argument());
                bool ok = property.isDouble();
                const double number = ok ? property.toDouble() : property.toString().toDouble(&ok);
                if (ok && std::isfinite(number))
                    value = std::clamp(
                                (number - measure.low) / (measure.high - measure.low), 0.0, 1.0)
                            * 100.0;
            }
            values.push_back(value);
        }
        return values;
    }

    std::optional<double> score(const std::vector<std::optional<double>> &values,
                                const CrmAccount &account) const
    {
        const QString segment
            = m_model.segmentBy.isEmpty() ? QString() : account.field(m_model.segmentBy);
        double weighted = 0, weights = 0;
        for (size_t m = 0; m < values.size(); ++m) {
            if (!values[m])
                continue;
            const double weight = m_model.weight(int(m), segment);
            weighted += weight * *values[m];
            weights += weight;
        }
        return weights > 0 ? std::optional<double>(weighted / weights) : std::nullopt;
    }

    static std::optional<double> seatUse(const CrmAccount &account, const AccountActivity &activity)
    {
        const double seats = account.seats().value_or(double(activity.persons));
        if (seats <= 0)
            return std::nullopt;
        return std::min(1.0, double(activity.activePersons) / seats) * 100.0;
    }

    static std::optional<double> usageTrend(const AccountActivity &activity)
    {
        if (activity.persons == 0)
            return std::nullopt;
        if (activity.eventsBefore == 0)
            return activity.events > 0 ? 100.0 : 0.0;
        return std::clamp(
            50.0 * double(activity.events) / double(activity.eventsBefore), 0.0, 100.0);
    }

private:
    const HealthModel &m_model;
    const CrmData &m_crm;
    const EventIndex &m_index;
    std::vector<int> m_accountOf;
    std::vector<int> m_keyIds, m_eventMeasureIds;
    std::vector<qint64> m_persons;
};

} // namespace

std::optional<Failure> HealthEngine::prepare(std::shared_ptr<const CrmData> *crm,
                                             const ProjectStore &store)
{
    std::optional<Failure> failure;
    *crm = CrmData::load(store, &failure);
    if (!*crm)
        return failure;
    if ((*crm)->accounts.isEmpty())
        return Failure(QCoreApplication::translate(
            "Quadrant", "the project has no accounts; import them with --kind accounts"));
    return std::nullopt;
}

std::optional<Failure>
HealthEngine::loadModel(const ProjectStore &store, const QString &name, HealthModel *model)
{
    if (name.isEmpty()) {
        *model = HealthModel::defaults();
        return std::nullopt;
    }
    const auto saved = SavedAnalysisStore::load(store, name);
    if (!saved || saved->kind != QLatin1String("health"))
        return Failure(
            QCoreApplication::translate(
                "Quadrant", "no health model named '%1' (quadrant-cli analyses lists them)")
                .arg(name));
    QString error;
    const auto parsed = HealthModel::fromJson(saved->definition, &error);
    if (!parsed)
        return Failure(
            QCoreApplication::translate("Quadrant", "the health model '%1' cannot be read: %2")
                .arg(name, error));
    *model = *parsed;
    return std::nullopt;
}

HealthResult HealthEngine::run(const HealthModel &model,
                               std::shared_ptr<const CrmData> crm,
                               const EventIndex &index,
                               const ProjectStore &store,
                               JobContext &context)
{
    heavyWork("HealthEngine::run");
    HealthResult result;
    result.model = model;
    result.crm = crm;
    if (!crm)
        return result;
    result.asOfEndMs = asOfEnd(model.asOfDay, *crm, &index);
    const Scorer scorer(model, *crm, index, store);
    result.eventPersons = scorer.eventPersons();
    const Window now = scorer.measure(result.asOfEndMs, context);
    context.setProgress(0.5, QCoreApplication::translate("Quadrant", "Scoring accounts"));
    const Window before = scorer.measure(result.asOfEndMs - windowMs, context);
    for (int a = 0; a < crm->accounts.size(); ++a) {
        AccountHealth health;
        health.account = a;
        health.activity = now.activity[size_t(a)];
        health.measures = scorer.values(now, a);
        health.score = scorer.score(health.measures, crm->accounts[a]);
        health.previousScore = scorer.score(scorer.values(before, a), crm->accounts[a]);
        health.seatUse = Scorer::seatUse(crm->accounts[a], health.activity);
        health.usageTrend = Scorer::usageTrend(health.activity);
        if (health.score)
            health.band = model.band(*health.score);
        result.accounts.append(health);
    }
    context.setProgress(1.0, QCoreApplication::translate("Quadrant", "Scored"));
    return result;
}

RecordTable HealthEngine::table(const HealthResult &result)
{
    RecordTable table{{QStringLiteral("account"),
                       QStringLiteral("score"),
                       QStringLiteral("band"),
                       QStringLiteral("trend")},
                      {}};
    for (const HealthMeasure &measure : result.model.measures)
        table.columns << measure.id;
    for (const AccountHealth &health : result.accounts) {
        QVariantList row{result.crm->accounts[health.account].id,
                         tableCell(health.score),
                         health.band,
                         tableCell(health.trend())};
        for (const std::optional<double> &value : health.measures)
            row << tableCell(value);
        table.rows.append(row);
    }
    return table;
}

RecordTable HealthEngine::accountsTable(const HealthResult &result)
{
    RecordTable table{{QStringLiteral("account"),
                       QStringLiteral("name"),
                       QStringLiteral("industry"),
                       QStringLiteral("plan"),
                       QStringLiteral("arr"),
                       QStringLiteral("seats"),
                       QStringLiteral("active_persons"),
                       QStringLiteral("health"),
                       QStringLiteral("band"),
                       QStringLiteral("trend"),
                       QStringLiteral("renewal_date"),
                       QStringLiteral("nps")},
                      {}};
    for (const AccountHealth &health : result.accounts) {
        const CrmAccount &account = result.crm->accounts[health.account];
        table.rows.append(
            {account.id,
             account.name,
             account.industry,
             account.plan,
             tableCell(account.arr),
             tableCell(account.seats()),
             health.activity.activePersons,
             tableCell(health.score),
             health.band,
             tableCell(health.trend()),
             account.renewalMs ? QVariant(Calendar::dateText(*account.renewalMs)) : QVariant(),
             tableCell(health.activity.nps)});
    }
    return table;
}

} // namespace Quadrant
