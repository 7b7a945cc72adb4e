// SPDX-License-Identifier: MIT
#pragma once

#include "democopy.h"
#include "pseudonyms.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3;

namespace Quadrant {

class JobContext;
class SqliteStatement;

// Finds the identifiers and personal values of a project's private copy (collect) and replaces
// each by its pseudonym everywhere (rewrite): rows, event blocks, saved definitions, the import
// log. DemoCopy::write runs it in one transaction.
class Pseudonymiser
{
public:
    Pseudonymiser(sqlite3 *db, JobContext &context);

    std::optional<Failure> collect();
    std::optional<Failure> rewrite();
    DemoCopy::Report report() const;

private:
    static QByteArray keyFromSystem()
    {
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                              key.size() / int(sizeof(quint32)));
        return key;
    }

    void add(const QString &space, const QString &value);
    void collectReferenced(const QJsonValue &value);
    void collectValue(const QString &key, const QJsonValue &value);
    QJsonValue rewriteValue(const QString &key, const QJsonValue &value, bool *changed) const;
    QString rewriteDefinitionText(const QString &text) const;
    QJsonValue rewriteDefinition(const QJsonValue &value) const;

    std::optional<Failure> eachRow(const char *sql,
                                   const std::function<void(const SqliteStatement &)> &row,
                                   double progressFrom = -1,
                                   double progressTo = -1);
    std::optional<Failure> collectColumns(const char *sql, const QStringList &spaces);
    std::optional<Failure> collectProperties(const char *table, double from, double to);
    std::optional<Failure> registerFunctions();
    std::optional<Failure> rewriteUniqueColumn(const char *table, const char *column);
    std::optional<Failure> collectEventProperties(double from, double to);
    std::optional<Failure> rewriteEvents(double from, double to);
    // Properties JSON with identifiers replaced; nullopt when nothing changes.
    std::optional<QByteArray> rewriteProperties(QByteArrayView json) const;
    void collectPropertiesText(QByteArrayView text);
    std::optional<Failure> rewriteDefinitions(const char *table);
    std::optional<Failure> rewriteImportLog();

    sqlite3 *m_db;
    JobContext &m_context;
    PseudonymBook m_book;
    QSet<QString> m_referenced;
    QHash<QString, QSet<QString>> m_candidates; // key -> its non-measure string values
    QSet<QString> m_freeTextKeys;
    qsizetype m_freeTextValues = 0;
};

} // namespace Quadrant
