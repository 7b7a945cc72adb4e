// SPDX-License-Identifier: MIT
#include "propertycatalog.h"

#include "eventblocks.h"
#include "projectstore.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Quadrant {

QVector<PropertyInfo> PropertyCatalog::list(const ProjectStore &store, int eventSample)
{
    QVector<PropertyInfo> properties;
    SqliteStatement persons, accounts, events;
    if (!persons.prepare(store.handle(),
                         "SELECT j.key, count(*) FROM persons, json_each(persons.properties) AS j "
                         "GROUP BY j.key ORDER BY count(*) DESC, j.key")) {
        while (persons.step() == SQLITE_ROW)
            properties << PropertyInfo{
                QString::fromUtf8(persons.columnText(0)), true, persons.columnInt64(1)};
    }
    if (!accounts.prepare(store.handle(),
                          "SELECT count(*) FROM persons WHERE account_id IS NOT NULL")
        && accounts.step() == SQLITE_ROW && accounts.columnInt64(0) > 0)
        properties.prepend(
            PropertyInfo{QStringLiteral("account_id"), true, accounts.columnInt64(0)});
    if (EventBlockReader::usesRowStore(store)) {
        if (!events.prepare(store.handle(),
                            "SELECT j.key, count(*) FROM (SELECT properties FROM events WHERE "
                            "properties IS NOT NULL "
                            "ORDER BY id DESC LIMIT ?) AS e, json_each(e.properties) AS j "
                            "GROUP BY j.key ORDER BY count(*) DESC, j.key")) {
            events.bind(1, qint64(eventSample));
            while (events.step() == SQLITE_ROW)
                properties << PropertyInfo{
                    QString::fromUtf8(events.columnText(0)), false, events.columnInt64(1)};
        }
        return properties;
    }
    // The newest blocks, until the sample is reached; each distinct text is read once and
    // counted as often as events carry it.
    QHash<QString, qint64> counts;
    if (!events.prepare(store.handle(), "SELECT data, events FROM event_blocks ORDER BY id DESC")) {
        qint64 sampled = 0;
        EventBlock block;
        while (sampled < eventSample && events.step() == SQLITE_ROW) {
            if (!EventBlockCodec::decode(events.columnBlob(0), true, &block, events.columnInt64(1)))
                continue;
            std::vector<qint64> uses(block.values.size() + 1, 0);
            for (size_t e = block.size(); e-- > 0 && sampled < eventSample; ++sampled)
                ++uses[block.properties[e]];
            for (size_t v = 0; v < block.values.size(); ++v) {
                if (uses[v + 1] == 0)
                    continue;
                const QJsonObject object = QJsonDocument::fromJson(block.values[v]).object();
                for (auto it = object.begin(); it != object.end(); ++it)
                    counts[it.key()] += uses[v + 1];
            }
        }
    }
    QVector<PropertyInfo> eventProperties;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        eventProperties << PropertyInfo{it.key(), false, it.value()};
    std::sort(eventProperties.begin(),
              eventProperties.end(),
              [](const PropertyInfo &a, const PropertyInfo &b) {
                  return a.count != b.count ? a.count > b.count : a.key.toUtf8() < b.key.toUtf8();
              });
    properties += eventProperties;
    return properties;
}

} // namespace Quadrant
