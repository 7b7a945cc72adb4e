// SPDX-License-Identifier: MIT
#pragma once

#include "healthengine.h"

#include <QJsonObject>

namespace Quadrant {

// Accounts placed by health (x) and expansion (y) (ANALYSES.md, Renewal / expansion quadrant).
struct QuadrantQuery
{
    QString model; // a saved health model's name; empty = the built-in defaults
    double healthThreshold = 50, expansionThreshold = 50;
    std::optional<qint64> asOfDay;
    // Filled by RenewalQuadrant::prepare, never saved.
    HealthModel resolvedModel;
    std::shared_ptr<const CrmData> crm;
};

struct QuadrantAccount
{
    int account = -1;
    std::optional<double> health, expansion;
    QString quadrant; // expand, protect, rescue, at-risk, no-score
    QString band;
};

struct QuadrantResult
{
    HealthResult health;
    double healthThreshold = 50, expansionThreshold = 50;
    // Quadrant by quadrant (expand, protect, rescue, at-risk, then no-score), each by renewal
    // date, soonest first (no date last), then by account.
    QVector<QuadrantAccount> accounts;
};

class RenewalQuadrant
{
public:
    static QStringList quadrants(); // expand, protect, rescue, at-risk, no-score
    // What to do about the accounts of a quadrant, for labels and lists.
    static QString advice(const QString &quadrant);
    // A quadrant's name for a person ("expand", 增购); quadrants() are the identifiers.
    static QString title(const QString &quadrant);
    static QString place(std::optional<double> health,
                         std::optional<double> expansion,
                         double healthThreshold,
                         double expansionThreshold);
    // Expansion = the mean of seat use and usage trend, over those with data.
    static std::optional<double> expansion(const AccountHealth &health);

    static std::optional<Failure> prepare(QuadrantQuery &query, const ProjectStore &store);
    static QuadrantResult run(const QuadrantQuery &query,
                              const EventIndex &index,
                              const ProjectStore &store,
                              JobContext &context);
    // account, health, expansion, quadrant, renewal_date, arr (CLI.md)
    static RecordTable table(const QuadrantResult &result);
    static QJsonObject toJson(const QuadrantQuery &query);
    static std::optional<QuadrantQuery> fromJson(const QJsonObject &json, QString *error);
};

} // namespace Quadrant
