// SPDX-License-Identifier: MIT
#include "definitionreader.h"

#include "calendar.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace Quadrant {

namespace {

// A field's value as the error shows it: short, in JSON's own spelling.
QString shown(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    else if (value.isArray() || value.isObject())
        text = value.isArray() ? QCoreApplication::translate("Quadrant", "a list")
                               : QCoreApplication::translate("Quadrant", "an object");
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                   .mid(1)
                   .chopped(1);
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

} // namespace

DefinitionReader::DefinitionReader(const QJsonObject &json, const char *kind)
    : m_json(json)
{
    if (kind && json.value(QStringLiteral("kind")).toString() != QLatin1String(kind))
        fail(QStringLiteral("kind"),
             QCoreApplication::translate("Quadrant", "must be '%1', not %2")
                 .arg(QLatin1String(kind), shown(json.value(QStringLiteral("kind")))));
}

QJsonValue DefinitionReader::field(const char *key) const
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

void DefinitionReader::fail(const QString &key, const QString &message)
{
    if (m_error.isEmpty())
        m_error = key + QStringLiteral(": ") + message;
}

void DefinitionReader::wrongType(const char *key, const char *wanted, const QJsonValue &value)
{
    fail(QLatin1String(key),
         QCoreApplication::translate("Quadrant", "must be %1, not %2")
             .arg(QLatin1String(wanted), shown(value)));
}

QString DefinitionReader::text(const char *key, const QString &fallback)
{
    const QJsonValue value = field(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isString()) {
        wrongType(key, "text", value);
        return fallback;
    }
    return value.toString();
}

QString
DefinitionReader::choice(const char *key, const QStringList &choices, const QString &fallback)
{
    const QJsonValue value = field(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isString() || !choices.contains(value.toString())) {
        fail(QLatin1String(key),
             QCoreApplication::translate("Quadrant", "must be %1, not %2")
                 .arg(choices.join(QStringLiteral(", ")), shown(value)));
        return fallback;
    }
    return value.toString();
}

qint64 DefinitionReader::integer(const char *key, qint64 low, qint64 high, qint64 fallback)
{
    const QJsonValue value = field(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    // Bounds well inside 2^53 keep the comparison exact.
    if (!value.isDouble() || number != std::floor(number) || number < double(low)
        || number > double(high)) {
        fail(QLatin1String(key),
             QCoreApplication::translate("Quadrant", "must be a whole number from %1 to %2, not %3")
                 .arg(low)
                 .arg(high)
                 .arg(shown(value)));
        return fallback;
    }
    return qint64(number);
}

double DefinitionReader::number(const char *key, double low, double high, double fallback)
{
    const QJsonValue value = field(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !(number >= low && number <= high)) {
        fail(QLatin1String(key),
             QCoreApplication::translate("Quadrant", "must be a number from %1 to %2, not %3")
                 .arg(low)
                 .arg(high)
                 .arg(shown(value)));
        return fallback;
    }
    return number;
}

bool DefinitionReader::flag(const char *key, bool fallback)
{
    const QJsonValue value = field(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        wrongType(key, "true or false", value);
        return fallback;
    }
    return value.toBool();
}

QJsonArray DefinitionReader::array(const char *key)
{
    const QJsonValue value = field(key);
    if (value.isUndefined())
        return QJsonArray();
    if (!value.isArray()) {
        wrongType(key, "a list", value);
        return QJsonArray();
    }
    return value.toArray();
}

QStringList DefinitionReader::textList(const char *key)
{
    QStringList list;
    for (const QJsonValue &item : array(key)) {
        if (!item.isString()) {
            wrongType(key, "a list of texts", item);
            return QStringList();
        }
        list << item.toString();
    }
    return list;
}

EventSelector DefinitionReader::selector(const char *key, const EventSelector &fallback)
{
    const QString value = text(key);
    if (value.isEmpty())
        return fallback;
    QString error;
    const auto parsed = EventSelector::parse(value, &error);
    if (!parsed) {
        fail(QLatin1String(key), error);
        return fallback;
    }
    return *parsed;
}

std::optional<qint64> DefinitionReader::day(const char *key)
{
    const QString value = text(key);
    if (value.isEmpty())
        return std::nullopt;
    const auto parsed = Calendar::parseDate(value);
    if (!parsed)
        fail(QLatin1String(key),
             QCoreApplication::translate(
                 "Quadrant", "must be a date YYYY-MM-DD from 1900-01-01 to 2200-12-31, not '%1'")
                 .arg(value.left(40)));
    return parsed;
}

void DefinitionReader::dayRange(std::optional<qint64> *fromMs, std::optional<qint64> *toMs)
{
    *fromMs = day("from");
    *toMs = day("to");
    if (*toMs)
        **toMs += Calendar::msPerDay;
    if (*fromMs && *toMs && **fromMs >= **toMs)
        fail(QStringLiteral("from"),
             QCoreApplication::translate("Quadrant", "must not be after 'to'"));
}

} // namespace Quadrant
