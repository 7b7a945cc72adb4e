// SPDX-License-Identifier: MIT
#include "leadscoring.h"

#include "analysis/calendar.h"
#include "analysis/definitionreader.h"
#include "analysis/eventindex.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Quadrant {

namespace {

struct Contribution
{
    double points = 0;
    QString reason;
};

QString fieldValue(const QString &field, const CrmPerson *person, const CrmAccount *account)
{
    if (field.startsWith(QLatin1String("account."))) {
        return account ? account->field(field.mid(8)) : QString();
    }
    const QString key = field.startsWith(QLatin1String("person.")) ? field.mid(7) : field;
    if (!person)
        return QString();
    if (key == QLatin1String("account_id"))
        return person->accountId;
    const QJsonValue value = person->properties.value(key);
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
}

QString points(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

LeadModel LeadModel::defaults()
{
    LeadModel model;
    model.behaviour = {{QStringLiteral("*"), 1, 30}};
    model.fit = {{QStringLiteral("person.role"), QStringLiteral("admin"), 2},
                 {QStringLiteral("person.role"), QStringLiteral("executive"), 2},
                 {QStringLiteral("person.role"), QStringLiteral("manager"), 1},
                 {QStringLiteral("account.plan"), QStringLiteral("enterprise"), 2},
                 {QStringLiteral("account.plan"), QStringLiteral("pro"), 1}};
    return model;
}

std::optional<Failure> LeadScoring::prepare(LeadModel &model, const ProjectStore &store)
{
    std::optional<Failure> failure;
    model.crm = CrmData::load(store, &failure);
    if (!model.crm)
        return failure;
    if (model.crm->leads.isEmpty())
        return Failure(QCoreApplication::translate(
            "Quadrant", "the project has no leads; import them with --kind leads"));
    return std::nullopt;
}

LeadResult LeadScoring::run(const LeadModel &model, const EventIndex &index, JobContext &context)
{
    heavyWork("LeadScoring::run");
    LeadResult result;
    result.crm = model.crm;
    result.days = model.days;
    if (!model.crm)
        return result;
    const CrmData &crm = *model.crm;
    result.asOfEndMs = asOfEnd(model.asOfDay, crm, &index);
    const qint64 end = result.asOfEndMs;
    const qint64 start = end - qint64(model.days) * Calendar::msPerDay;
    const qint64 before = start - 30 * Calendar::msPerDay;

    QHash<QString, int> densePerson;
    densePerson.reserve(index.personCount());
    for (int p = 0; p < index.personCount(); ++p)
        densePerson.insert(index.personId(p), p);
    std::vector<int> ruleEvent; // per behaviour rule: the event id, -1 unknown, -2 any
    double capTotal = 0;
    for (const BehaviourRule &rule : model.behaviour) {
        ruleEvent.push_back(rule.event == QLatin1String("*") ? -2 : index.eventId(rule.event));
        capTotal += rule.cap;
    }
    QHash<QString, double> fieldMost;
    for (const FitRule &rule : model.fit)
        fieldMost[rule.field] = std::max(fieldMost.value(rule.field), rule.weight);
    double fitTotal = 0;
    for (double most : std::as_const(fieldMost))
        fitTotal += most;

    const std::vector<qint64> &times = index.times();
    const std::vector<quint32> &names = index.names();
    for (int l = 0; l < crm.leads.size(); ++l) {
        const CrmLead &lead = crm.leads[l];
        LeadScore score;
        score.lead = l;
        const int personRow = crm.personIndex(lead.userId);
        const CrmPerson *person = personRow >= 0 ? &crm.persons[personRow] : nullptr;
        score.accountId
            = !lead.accountId.isEmpty() ? lead.accountId : (person ? person->accountId : QString());
        const int accountRow = crm.accountIndex(score.accountId);
        const CrmAccount *account = accountRow >= 0 ? &crm.accounts[accountRow] : nullptr;
        QVector<Contribution> contributions;

        std::vector<qint64> counts(model.behaviour.size(), 0);
        const int p = densePerson.value(lead.userId, -1);
        if (p >= 0) {
            const auto first = times.begin() + index.begin(p);
            const auto last = times.begin() + index.end(p);
            const auto fromBefore = std::lower_bound(first, last, before);
            const auto fromStart = std::lower_bound(fromBefore, last, start);
            const auto untilEnd = std::lower_bound(fromStart, last, end);
            score.events = untilEnd - fromStart;
            score.reactivated = fromStart == fromBefore && untilEnd > fromStart;
            for (auto at = fromStart; at != untilEnd; ++at) {
                const int name = int(names[size_t(at - times.begin())]);
                for (size_t r = 0; r < ruleEvent.size(); ++r)
                    if (ruleEvent[r] == -2 || ruleEvent[r] == name)
                        ++counts[r];
            }
        }
        if (capTotal > 0)
            for (int r = 0; r < model.behaviour.size(); ++r) {
                const BehaviourRule &rule = model.behaviour[r];
                const double earned = std::min(rule.cap, rule.weight * double(counts[size_t(r)]));
                const double share = 100.0 * earned / capTotal;
                score.behaviour += share;
                if (share > 0)
                    contributions.append(
                        {share,
                         QStringLiteral("%1 x%2 (+%3)")
                             .arg(rule.event == QLatin1String("*")
                                      ? QCoreApplication::translate("Quadrant", "any event")
                                      : rule.event)
                             .arg(counts[size_t(r)])
                             .arg(points(share))});
            }
        if (fitTotal > 0)
            for (const FitRule &rule : model.fit) {
                const QString value = fieldValue(rule.field, person, account);
                if (value.compare(rule.value, Qt::CaseInsensitive) != 0 || rule.weight <= 0)
                    continue;
                const double share = 100.0 * rule.weight / fitTotal;
                score.fit += share;
                contributions.append(
                    {share,
                     QStringLiteral("%1 = %2 (+%3)").arg(rule.field, rule.value, points(share))});
            }
        std::stable_sort(
            contributions.begin(),
            contributions.end(),
            [](const Contribution &a, const Contribution &b) { return a.points > b.points; });
        for (int i = 0; i < std::min<int>(3, int(contributions.size())); ++i)
            score.reasons << contributions[i].reason;
        result.leads.append(score);
        if ((l & 1023) == 0) {
            if (context.isCanceled())
                break;
            context.setProgress(double(l) / double(crm.leads.size()),
                                QCoreApplication::translate("Quadrant", "Scoring"));
        }
    }
    std::stable_sort(
        result.leads.begin(), result.leads.end(), [&crm](const LeadScore &a, const LeadScore &b) {
            if (a.score() != b.score())
                return a.score() > b.score();
            return crm.leads[a.lead].id < crm.leads[b.lead].id;
        });
    if (model.top > 0 && result.leads.size() > model.top)
        result.leads.resize(model.top);
    return result;
}

RecordTable LeadScoring::table(const LeadResult &result)
{
    RecordTable table{{QStringLiteral("lead"),
                       QStringLiteral("user_id"),
                       QStringLiteral("account"),
                       QStringLiteral("score"),
                       QStringLiteral("behaviour"),
                       QStringLiteral("fit"),
                       QStringLiteral("reactivated"),
                       QStringLiteral("reasons")},
                      {}};
    for (const LeadScore &score : result.leads) {
        const CrmLead &lead = result.crm->leads[score.lead];
        table.rows.append({lead.id,
                           lead.userId,
                           score.accountId,
                           score.score(),
                           score.behaviour,
                           score.fit,
                           score.reactivated ? QStringLiteral("yes") : QStringLiteral("no"),
                           score.reasons.join(QStringLiteral("; "))});
    }
    return table;
}

QJsonObject LeadScoring::toJson(const LeadModel &model)
{
    QJsonArray behaviour, fit;
    for (const BehaviourRule &rule : model.behaviour)
        behaviour.append(QJsonObject{{QStringLiteral("event"), rule.event},
                                     {QStringLiteral("weight"), rule.weight},
                                     {QStringLiteral("cap"), rule.cap}});
    for (const FitRule &rule : model.fit)
        fit.append(QJsonObject{{QStringLiteral("field"), rule.field},
                               {QStringLiteral("value"), rule.value},
                               {QStringLiteral("weight"), rule.weight}});
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("leads")},
                     {QStringLiteral("days"), model.days},
                     {QStringLiteral("behaviour"), behaviour},
                     {QStringLiteral("fit"), fit}};
    if (model.top > 0)
        json[QStringLiteral("top")] = model.top;
    if (model.asOfDay)
        json[QStringLiteral("as_of")] = Calendar::dateText(*model.asOfDay);
    return json;
}

std::optional<LeadModel> LeadScoring::fromJson(const QJsonObject &json, QString *error)
{
    DefinitionReader read(json, "leads");
    LeadModel model = LeadModel::defaults();
    model.days = int(read.integer("days", 1, 3650, 30));
    model.top = int(read.integer("top", 0, 100000000, 0));
    model.asOfDay = read.day("as_of");
    if (json.contains(QStringLiteral("behaviour"))) {
        model.behaviour.clear();
        for (const QJsonValue &value : read.array("behaviour")) {
            DefinitionReader rule(value.toObject());
            BehaviourRule parsed{rule.text("event").trimmed(),
                                 rule.number("weight", 0, 1e6, 1),
                                 rule.number("cap", 0, 1e9, 10)};
            if (parsed.event.isEmpty())
                rule.fail(QStringLiteral("event"),
                          QCoreApplication::translate("Quadrant", "names no event"));
            if (!rule.ok()) {
                read.fail(QStringLiteral("behaviour"), rule.error());
                break;
            }
            model.behaviour.append(parsed);
        }
    }
    if (json.contains(QStringLiteral("fit"))) {
        model.fit.clear();
        for (const QJsonValue &value : read.array("fit")) {
            DefinitionReader rule(value.toObject());
            FitRule parsed{
                rule.text("field").trimmed(), rule.text("value"), rule.number("weight", 0, 1e6, 1)};
            if (!parsed.field.startsWith(QLatin1String("person."))
                && !parsed.field.startsWith(QLatin1String("account.")))
                rule.fail(QStringLiteral("field"),
                          QCoreApplication::translate(
                              "Quadrant", "must be person.KEY or account.FIELD, not '%1'")
                              .arg(parsed.field.left(40)));
            if (!rule.ok()) {
                read.fail(QStringLiteral("fit"), rule.error());
                break;
            }
            model.fit.append(parsed);
        }
    }
    return read.finish(model, error);
}

} // namespace Quadrant
