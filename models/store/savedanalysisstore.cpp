// SPDX-License-Identifier: MIT
#include "savedanalysisstore.h"

#include "projectstore.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace Quadrant {

namespace {
SavedAnalysis readRow(const SqliteStatement &row)
{
    SavedAnalysis analysis;
    analysis.name = QString::fromUtf8(row.columnText(0));
    analysis.kind = QString::fromUtf8(row.columnText(1));
    analysis.definition = QJsonDocument::fromJson(row.columnText(2).toByteArray()).object();
    analysis.createdAt = row.columnInt64(3);
    analysis.modifiedAt = row.columnInt64(4);
    return analysis;
}

std::optional<Failure> writable(const ProjectStore &store)
{
    if (store.isReadOnly())
        return Failure(QCoreApplication::translate(
                           "Quadrant", "the project is open read-only; analyses cannot be saved"),
                       store.path());
    return std::nullopt;
}
} // namespace

QVector<SavedAnalysis>
SavedAnalysisStore::list(const ProjectStore &store, Order order, std::optional<Failure> *failure)
{
    QVector<SavedAnalysis> analyses;
    SqliteStatement query;
    if (auto error = query.prepare(
            store.handle(),
            order == Order::ByName ? "SELECT name, kind, definition, created_at, modified_at FROM "
                                     "saved_analyses ORDER BY name COLLATE NOCASE"
                                   : "SELECT name, kind, definition, created_at, modified_at FROM "
                                     "saved_analyses ORDER BY created_at, id")) {
        if (failure)
            *failure = Failure(error->message, store.path());
        return analyses;
    }
    int rc;
    while ((rc = query.step()) == SQLITE_ROW)
        analyses << readRow(query);
    if (rc != SQLITE_DONE && failure)
        *failure
            = Failure(QCoreApplication::translate("Quadrant", "cannot read the saved analyses: %1")
                          .arg(query.errorText()),
                      store.path());
    return analyses;
}

std::optional<SavedAnalysis> SavedAnalysisStore::load(const ProjectStore &store,
                                                      const QString &name)
{
    SqliteStatement query;
    if (query.prepare(store.handle(),
                      "SELECT name, kind, definition, created_at, modified_at FROM saved_analyses "
                      "WHERE name = ?"))
        return std::nullopt;
    const QByteArray nameBytes = name.toUtf8();
    query.bindText(1, nameBytes);
    if (query.step() != SQLITE_ROW)
        return std::nullopt;
    return readRow(query);
}

std::optional<Failure> SavedAnalysisStore::save(const ProjectStore &store,
                                                const QString &name,
                                                const QJsonObject &definition)
{
    if (auto failure = writable(store))
        return failure;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Failure(QCoreApplication::translate("Quadrant", "an analysis needs a name"));
    SqliteStatement upsert;
    if (auto failure = upsert.prepare(
            store.handle(),
            "INSERT INTO saved_analyses(name, kind, definition, created_at, modified_at) "
            "VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT(name) DO UPDATE SET "
            "kind = excluded.kind, definition = excluded.definition, "
            "modified_at = excluded.modified_at"))
        return failure;
    const QByteArray nameBytes = trimmed.toUtf8();
    const QByteArray kind = definition.value(QStringLiteral("kind")).toString().toUtf8();
    const QByteArray json = QJsonDocument(definition).toJson(QJsonDocument::Compact);
    upsert.bindText(1, nameBytes);
    upsert.bindText(2, kind);
    upsert.bindText(3, json);
    upsert.bind(4, QDateTime::currentMSecsSinceEpoch());
    if (!upsert.execute())
        return Failure(upsert.errorText(), store.path());
    return std::nullopt;
}

std::optional<Failure> SavedAnalysisStore::remove(const ProjectStore &store, const QString &name)
{
    if (auto failure = writable(store))
        return failure;
    SqliteStatement remove;
    if (auto failure = remove.prepare(store.handle(), "DELETE FROM saved_analyses WHERE name = ?"))
        return failure;
    const QByteArray nameBytes = name.toUtf8();
    remove.bindText(1, nameBytes);
    if (!remove.execute())
        return Failure(remove.errorText(), store.path());
    return std::nullopt;
}

std::optional<Failure>
SavedAnalysisStore::rename(const ProjectStore &store, const QString &from, const QString &to)
{
    if (auto failure = writable(store))
        return failure;
    if (to.trimmed().isEmpty())
        return Failure(QCoreApplication::translate("Quadrant", "an analysis needs a name"));
    if (from != to.trimmed() && load(store, to.trimmed()))
        return Failure(
            QCoreApplication::translate("Quadrant", "an analysis named '%1' already exists")
                .arg(to.trimmed()));
    SqliteStatement update;
    if (auto failure = update.prepare(
            store.handle(), "UPDATE saved_analyses SET name = ?, modified_at = ? WHERE name = ?"))
        return failure;
    const QByteArray toBytes = to.trimmed().toUtf8(), fromBytes = from.toUtf8();
    update.bindText(1, toBytes);
    update.bind(2, QDateTime::currentMSecsSinceEpoch());
    update.bindText(3, fromBytes);
    if (!update.execute())
        return Failure(update.errorText(), store.path());
    return std::nullopt;
}

QString SavedAnalysisStore::unusedName(const ProjectStore &store, const QString &base)
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!load(store, candidate))
            return candidate;
    }
}

} // namespace Quadrant
