// SPDX-License-Identifier: MIT
#include "importkind.h"

namespace Quadrant {

namespace {

FieldSpec field(
    const char *name, FieldType type, bool required, QStringList synonyms, const char *column = "")
{
    FieldSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.type = type;
    spec.required = required;
    spec.synonyms = std::move(synonyms);
    spec.column = QString::fromLatin1(column);
    return spec;
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QVector<KindSpec> buildSpecs()
{
    const auto userId = [](bool required) {
        FieldSpec spec = field(
            "user_id",
            FieldType::Text,
            required,
            words("user_id distinct_id userid user uid person_id personid customer_id contact_id "
                  "login_id email"));
        spec.synonyms << QStringLiteral("用户") << QStringLiteral("用户id")
                      << QStringLiteral("用户标识");
        return spec;
    };
    const auto accountId = [](bool required) {
        return field("account_id",
                     FieldType::Text,
                     required,
                     words("account_id accountid account company_id companyid company org_id "
                           "organization_id"));
    };
    QVector<KindSpec> specs;
    specs.append(
        {ImportKind::Events,
         QStringLiteral("events"),
         QStringLiteral("events"),
         {userId(true),
          field("event",
                FieldType::Text,
                true,
                words("event event_name eventname event_type action name")
                    + QStringList{QStringLiteral("事件"),
                                  QStringLiteral("事件名"),
                                  QStringLiteral("事件名称")}),
          field("time",
                FieldType::Time,
                true,
                words("time timestamp ts ts_ms event_time eventtime time_ms created_at createdat "
                      "occurred_at datetime date")
                    + QStringList{QStringLiteral("时间"),
                                  QStringLiteral("事件时间"),
                                  QStringLiteral("时间戳")}),
          field("source", FieldType::Text, false, words("source platform lib origin"))},
         {}});
    specs.append({ImportKind::Persons,
                  QStringLiteral("persons"),
                  QStringLiteral("persons"),
                  {userId(true), accountId(false)},
                  {}});
    specs.append(
        {ImportKind::Accounts,
         QStringLiteral("accounts"),
         QStringLiteral("accounts"),
         {accountId(true),
          field("name", FieldType::Text, false, words("name account_name company_name company")),
          field("industry", FieldType::Text, false, words("industry sector vertical")),
          field("plan", FieldType::Text, false, words("plan tier subscription")),
          field("arr", FieldType::Number, false, words("arr annual_revenue acv contract_value")),
          field("contract_start",
                FieldType::Date,
                false,
                words("contract_start start_date customer_since")),
          field("renewal_date",
                FieldType::Date,
                false,
                words("renewal_date renewal renews_on contract_end contract_end_date "
                      "next_renewal renewal_on")),
          field("owner", FieldType::Text, false, words("owner csm account_owner manager"))},
         {QStringLiteral("account_id")}});
    specs.append(
        {ImportKind::Leads,
         QStringLiteral("leads"),
         QStringLiteral("leads"),
         {field("lead_id", FieldType::Text, true, words("lead_id leadid lead id")),
          userId(false),
          accountId(false),
          field("channel", FieldType::Text, false, words("channel source lead_source utm_source")),
          field("status", FieldType::Text, false, words("status lead_status stage")),
          field("created",
                FieldType::Time,
                false,
                words("created created_at createdat date time"),
                "created_at")},
         {QStringLiteral("lead_id")}});
    specs.append(
        {ImportKind::Deals,
         QStringLiteral("deals"),
         QStringLiteral("deals"),
         {field("deal_id", FieldType::Text, true, words("deal_id dealid opportunity_id deal id")),
          accountId(false),
          field("lead_id", FieldType::Text, false, words("lead_id leadid")),
          field("channel", FieldType::Text, false, words("channel source lead_source")),
          field("stage", FieldType::Text, false, words("stage deal_stage status")),
          field("amount",
                FieldType::Number,
                false,
                words("amount value deal_value revenue close_value deal_amount")),
          field("created",
                FieldType::Time,
                false,
                words("created created_at createdat engage_date engaged_at create_date "
                      "created_date open_date opened_at"),
                "created_at"),
          field("closed",
                FieldType::Time,
                false,
                words("closed closed_at closedat close_date closed_date closedate won_date"),
                "closed_at")},
         {QStringLiteral("deal_id")}});
    specs.last().fields.last().notBefore = QStringLiteral("created");
    KindSpec spend{ImportKind::Spend,
                   QStringLiteral("spend"),
                   QStringLiteral("spend"),
                   {field("date", FieldType::Date, true, words("date day"), "day"),
                    field("channel", FieldType::Text, true, words("channel source network")),
                    field("campaign", FieldType::Text, false, words("campaign campaign_name")),
                    field("amount", FieldType::Number, true, words("amount spend cost"))},
                   {QStringLiteral("day"), QStringLiteral("channel"), QStringLiteral("campaign")}};
    spend.fields[2].blankWhenMissing = true;
    specs.append(spend);
    KindSpec nps{ImportKind::Nps,
                 QStringLiteral("nps"),
                 QStringLiteral("nps"),
                 {userId(false),
                  accountId(false),
                  field("score", FieldType::Integer, true, words("score nps nps_score rating")),
                  field("time",
                        FieldType::Time,
                        true,
                        words("time timestamp date answered_at created_at"),
                        "ts"),
                  field("comment", FieldType::Text, false, words("comment feedback text reason"))},
                 {QStringLiteral("user_id"), QStringLiteral("account_id"), QStringLiteral("ts")}};
    nps.fields[0].blankWhenMissing = true;
    nps.fields[1].blankWhenMissing = true;
    nps.fields[2].minimum = 0;
    nps.fields[2].maximum = 10;
    specs.append(nps);
    specs.append(
        {ImportKind::Aliases,
         QStringLiteral("aliases"),
         QStringLiteral("identities"),
         {field("alias",
                FieldType::Text,
                true,
                words("alias raw_id anonymous_id anon_id device_id distinct_id cookie_id")),
          field("user_id",
                FieldType::Text,
                true,
                words("user_id canonical_id userid login_id person_id customer_id"))},
         {}});
    return specs;
}

} // namespace

int KindSpec::fieldIndex(const QString &fieldName) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name == fieldName)
            return i;
    return -1;
}

const KindSpec &kindSpec(ImportKind kind)
{
    static const QVector<KindSpec> specs = buildSpecs();
    return specs[int(kind)];
}

bool parseImportKind(const QString &text, ImportKind *kind)
{
    const QStringList names = importKindNames();
    const int index = names.indexOf(text.trimmed().toLower());
    if (index < 0)
        return false;
    *kind = ImportKind(index);
    return true;
}

QStringList importKindNames()
{
    return {QStringLiteral("events"),
            QStringLiteral("persons"),
            QStringLiteral("accounts"),
            QStringLiteral("leads"),
            QStringLiteral("deals"),
            QStringLiteral("spend"),
            QStringLiteral("nps"),
            QStringLiteral("aliases")};
}

QString normalizedColumnName(const QString &name)
{
    QString result;
    for (QChar c : name)
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    return result;
}

} // namespace Quadrant
