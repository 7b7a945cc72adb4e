// SPDX-License-Identifier: MIT
#include "propertycatalog.h"

#include "projectstore.h"
#include "sqlitestatement.h"

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

} // namespace Quadrant
