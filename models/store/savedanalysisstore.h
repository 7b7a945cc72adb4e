// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace Quadrant {

class ProjectStore;

struct SavedAnalysis
{
    QString name;
    QString kind; // "funnel", "retention", ...: the definition's "kind"
    QJsonObject definition;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
};

// The analyses saved in a project under a name (table saved_analyses): their definitions as
// JSON, so that a project file carries its funnels and reports to whoever opens it next.
class SavedAnalysisStore
{
public:
    enum class Order { ByName, ByCreation };
    // On a read error, *failure says why (when given) and the list holds what was read.
    static QVector<SavedAnalysis> list(const ProjectStore &store,
                                       Order order = Order::ByName,
                                       std::optional<Failure> *failure = nullptr);
    static std::optional<SavedAnalysis> load(const ProjectStore &store, const QString &name);
    // Creates or updates `name` (keeping its creation time); the store must be writable.
    static std::optional<Failure>
    save(const ProjectStore &store, const QString &name, const QJsonObject &definition);
    static std::optional<Failure> remove(const ProjectStore &store, const QString &name);
    static std::optional<Failure>
    rename(const ProjectStore &store, const QString &from, const QString &to);
    // "Funnel 3": the first "<base> N" not yet taken.
    static QString unusedName(const ProjectStore &store, const QString &base);
};

} // namespace Quadrant
