// SPDX-License-Identifier: MIT
#pragma once

#include "eventmatcher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Quadrant {

// Reads a saved analysis definition field by field, for the kinds' fromJson(). Each accessor
// returns the field's value, or `fallback` when the field is absent (or null); a field of the
// wrong type, out of range or not one of its choices records an error that names it, "depth:
// must be a whole number from 1 to 20, not 40", and the fallback is returned. Only the first
// error is kept; the caller asks finish() at the end:
//
//     DefinitionReader read(json, "paths");
//     query.depth = read.integer("depth", 1, 20, 5);
//     ...
//     return read.finish(query, error);
class DefinitionReader
{
public:
    // Checks that the definition is of `kind` ({"kind": "paths", ...}); without a kind, reads
    // an object nested in a definition.
    explicit DefinitionReader(const QJsonObject &json, const char *kind = nullptr);

    QString text(const char *key, const QString &fallback = QString());
    // One of `choices`; the error lists them.
    QString choice(const char *key, const QStringList &choices, const QString &fallback);
    qint64 integer(const char *key, qint64 low, qint64 high, qint64 fallback);
    double number(const char *key, double low, double high, double fallback);
    bool flag(const char *key, bool fallback = false);
    QStringList textList(const char *key);
    QJsonArray array(const char *key);
    // An event with its filters, "purchase[plan=pro]"; absent or empty gives the fallback.
    EventSelector selector(const char *key, const EventSelector &fallback = EventSelector());
    // A UTC day YYYY-MM-DD as 00:00 of it, or nothing when absent.
    std::optional<qint64> day(const char *key);
    // "from" and "to", inclusive UTC days YYYY-MM-DD, as [from 00:00, the day after to 00:00).
    void dayRange(std::optional<qint64> *fromMs, std::optional<qint64> *toMs);

    // Records an error about `key` found by the caller (an enum it maps itself).
    void fail(const QString &key, const QString &message);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // `query` when every field could be read; else no query and the first error in `error`.
    template<typename Query>
    std::optional<Query> finish(Query query, QString *error) const
    {
        if (ok())
            return query;
        if (error)
            *error = m_error;
        return std::nullopt;
    }

private:
    // The field's value, or an undefined value when absent or null.
    QJsonValue field(const char *key) const;
    void wrongType(const char *key, const char *wanted, const QJsonValue &value);

    QJsonObject m_json;
    QString m_error;
};

} // namespace Quadrant
