// SPDX-License-Identifier: MIT
#include "pseudonymspaces.h"

#include "common/jsontext.h"

#include <QRegularExpression>

namespace Quadrant::DemoSpaces {

// Spaces of pseudonyms. The first five are identifiers: they are also renamed where a saved
// analysis or a cohort names them. The others are exempt where a definition names the value (a
// filter on it would otherwise stop matching).
const QString personSpace = QStringLiteral("person");
const QString accountSpace = QStringLiteral("account");
const QString leadSpace = QStringLiteral("lead");
const QString dealSpace = QStringLiteral("deal");
const QString emailSpace = QStringLiteral("email");
const QString companySpace = QStringLiteral("company");
const QString staffSpace = QStringLiteral("staff");
const QString nameSpace = QStringLiteral("name");
const QString phoneSpace = QStringLiteral("phone");
const QString addressSpace = QStringLiteral("address");
const QString ipSpace = QStringLiteral("ip");
const QString commentSpace = QStringLiteral("comment");

bool isIdentifierSpace(const QString &space)
{
    return space == personSpace || space == accountSpace || space == leadSpace || space == dealSpace
           || space == emailSpace;
}

QString textSpace(const QString &key)
{
    return QStringLiteral("text:") + key;
}

// The space a property's values belong to by its key, or empty (then its values are looked at).
QString spaceOfKey(const QString &key)
{
    static const QSet<QString> persons{QStringLiteral("user_id"),
                                       QStringLiteral("userid"),
                                       QStringLiteral("distinct_id"),
                                       QStringLiteral("person_id"),
                                       QStringLiteral("anonymous_id"),
                                       QStringLiteral("anon_id"),
                                       QStringLiteral("device_id"),
                                       QStringLiteral("raw_id"),
                                       QStringLiteral("visitor_id"),
                                       QStringLiteral("customer_id"),
                                       QStringLiteral("member_id")};
    static const QSet<QString> accounts{QStringLiteral("account_id"),
                                        QStringLiteral("accountid"),
                                        QStringLiteral("account"),
                                        QStringLiteral("company_id"),
                                        QStringLiteral("organization_id"),
                                        QStringLiteral("organisation_id"),
                                        QStringLiteral("org_id"),
                                        QStringLiteral("tenant_id")};
    static const QSet<QString> companies{QStringLiteral("company"),
                                         QStringLiteral("company_name"),
                                         QStringLiteral("account_name"),
                                         QStringLiteral("organization"),
                                         QStringLiteral("organisation"),
                                         QStringLiteral("organization_name"),
                                         QStringLiteral("organisation_name")};
    static const QSet<QString> staff{QStringLiteral("owner"),
                                     QStringLiteral("account_owner"),
                                     QStringLiteral("contact"),
                                     QStringLiteral("manager"),
                                     QStringLiteral("sales_rep"),
                                     QStringLiteral("rep"),
                                     QStringLiteral("csm"),
                                     QStringLiteral("assignee")};
    static const QSet<QString> names{QStringLiteral("name"),
                                     QStringLiteral("first_name"),
                                     QStringLiteral("firstname"),
                                     QStringLiteral("last_name"),
                                     QStringLiteral("lastname"),
                                     QStringLiteral("full_name"),
                                     QStringLiteral("fullname"),
                                     QStringLiteral("display_name"),
                                     QStringLiteral("username"),
                                     QStringLiteral("user_name"),
                                     QStringLiteral("contact_name"),
                                     QStringLiteral("person_name"),
                                     QStringLiteral("姓名"),
                                     QStringLiteral("名字")};
    const QString k = key.toLower();
    if (persons.contains(k))
        return personSpace;
    if (accounts.contains(k))
        return accountSpace;
    if (k == QLatin1String("lead_id"))
        return leadSpace;
    if (k == QLatin1String("deal_id") || k == QLatin1String("opportunity_id"))
        return dealSpace;
    if (companies.contains(k))
        return companySpace;
    if (staff.contains(k))
        return staffSpace;
    if (names.contains(k))
        return nameSpace;
    if (k.contains(QLatin1String("mail")) || k.contains(QStringLiteral("邮箱")))
        return emailSpace;
    if (k.contains(QLatin1String("phone")) || k.contains(QLatin1String("mobile"))
        || k.contains(QStringLiteral("电话")) || k.contains(QStringLiteral("手机")))
        return phoneSpace;
    if (k.contains(QLatin1String("address")) || k == QLatin1String("street")
        || k.contains(QStringLiteral("地址")))
        return addressSpace;
    if (k == QLatin1String("ip") || k == QLatin1String("ip_address") || k == QLatin1String("$ip"))
        return ipSpace;
    return QString();
}

bool looksLikeEmail(const QString &value)
{
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != value.lastIndexOf(QLatin1Char('@')) || value.size() > 320)
        return false;
    const qsizetype dot = value.indexOf(QLatin1Char('.'), at + 2);
    if (dot < 0 || dot == value.size() - 1)
        return false;
    for (const QChar c : value)
        if (c.isSpace())
            return false;
    return true;
}

// Numbers, dates and yes/no are not free text, however many different ones there are.
bool isMeasureShaped(const QString &value)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([T ].*)?$"));
    bool number = false;
    value.toDouble(&number);
    if (number)
        return true;
    const QString lower = value.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("false")
        || lower == QLatin1String("yes") || lower == QLatin1String("no"))
        return true;
    return date.match(value).hasMatch();
}

// A string or number property value as text (identifiers may be numbers); other values have none.
QString scalarText(const QJsonValue &value)
{
    return value.isString() || value.isDouble() ? jsonValueText(value) : QString();
}

} // namespace Quadrant::DemoSpaces
