// SPDX-License-Identifier: MIT
#include "pseudonymiser.h"

#include "common/crashpoint.h"
#include "common/jsontext.h"
#include "common/systemerror.h"
#include "eventblocks.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "privateproject.h"
#include "projectstore.h"
#include "protectedfiles.h"
#include "pseudonyms.h"
#include "pseudonymspaces.h"
#include "sqlitestatement.h"
#include "workfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

namespace Quadrant {

using namespace DemoSpaces;

Pseudonymiser::Pseudonymiser(sqlite3 *db, JobContext &context)
    : m_db(db)
    , m_context(context)
    , m_book(keyFromSystem())
{
    const auto define = [this](const QString &space, const QString &pattern) {
        m_book.defineSpace(space, [pattern](const QString &number) { return pattern.arg(number); });
    };
    define(personSpace, QStringLiteral("demo_person_%1"));
    define(accountSpace, QStringLiteral("demo_account_%1"));
    define(leadSpace, QStringLiteral("demo_lead_%1"));
    define(dealSpace, QStringLiteral("demo_deal_%1"));
    define(emailSpace, QStringLiteral("demo%1@example.com"));
    define(companySpace, QStringLiteral("Company %1"));
    define(staffSpace, QStringLiteral("Employee %1"));
    define(nameSpace, QStringLiteral("Person %1"));
    define(phoneSpace, QStringLiteral("+00 000 %1"));
    define(addressSpace, QStringLiteral("Address %1"));
    define(ipSpace, QStringLiteral("ip-%1"));
    define(commentSpace, QStringLiteral("Comment %1"));
}

void Pseudonymiser::add(const QString &space, const QString &value)
{
    if (!isIdentifierSpace(space) && m_referenced.contains(value))
        return;
    m_book.add(space, value);
}

std::optional<Failure>
Pseudonymiser::eachRow(const char *sql,
                       const std::function<void(const SqliteStatement &)> &row,
                       double progressFrom,
                       double progressTo)
{
    qint64 total = 0;
    if (progressFrom >= 0) {
        // "SELECT x FROM t" -> "SELECT count(*) FROM t" for the progress bar.
        const QByteArray text(sql);
        const QByteArray counting = "SELECT count(*) " + text.mid(text.indexOf(" FROM "));
        SqliteStatement count;
        if (auto failure = count.prepare(m_db, counting.constData()))
            return failure;
        if (count.step() == SQLITE_ROW)
            total = count.columnInt64(0);
    }
    SqliteStatement statement;
    if (auto failure = statement.prepare(m_db, sql))
        return failure;
    qint64 done = 0;
    int rc;
    while ((rc = statement.step()) == SQLITE_ROW) {
        row(statement);
        if (++done % 4096 == 0) {
            if (m_context.isCanceled())
                return Failure(
                    QCoreApplication::translate("Quadrant", "canceled; nothing was written"));
            if (total > 0)
                m_context.setProgress(
                    progressFrom + (progressTo - progressFrom) * double(done) / double(total),
                    QCoreApplication::translate("Quadrant", "Finding identifiers"));
        }
    }
    if (rc != SQLITE_DONE)
        return Failure(statement.errorText());
    return std::nullopt;
}

std::optional<Failure> Pseudonymiser::collectColumns(const char *sql, const QStringList &spaces)
{
    return eachRow(sql, [this, &spaces](const SqliteStatement &row) {
        for (int i = 0; i < spaces.size(); ++i)
            if (!row.columnIsNull(i))
                add(spaces[i], row.columnString(i));
    });
}

void Pseudonymiser::collectReferenced(const QJsonValue &value)
{
    static const QRegularExpression separators(QStringLiteral("[\\[\\]=&!<>,]"));
    if (value.isString()) {
        const QString text = value.toString();
        m_referenced.insert(text);
        for (const QString &token : text.split(separators, Qt::SkipEmptyParts))
            m_referenced.insert(token.trimmed());
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectReferenced(element);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            m_referenced.insert(it.key());
            collectReferenced(it.value());
        }
    }
}

void Pseudonymiser::collectValue(const QString &key, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectValue(key, element);
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectValue(it.key(), it.value());
        return;
    }
    const QString space = spaceOfKey(key);
    if (!space.isEmpty()) {
        add(space, scalarText(value));
        return;
    }
    if (!value.isString())
        return;
    const QString text = value.toString();
    if (looksLikeEmail(text))
        add(emailSpace, text);
    else if (!text.isEmpty() && !isMeasureShaped(text))
        m_candidates[key].insert(text);
}

std::optional<Failure> Pseudonymiser::collectProperties(const char *table, double from, double to)
{
    const QByteArray sql = QByteArray("SELECT properties FROM ") + table
                           + " WHERE properties IS NOT NULL AND properties NOT IN ('', '{}')";
    return eachRow(
        sql.constData(),
        [this](const SqliteStatement &row) { collectPropertiesText(row.columnText(0)); },
        from,
        to);
}

void Pseudonymiser::collectPropertiesText(QByteArrayView text)
{
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()));
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectValue(it.key(), it.value());
    }
}

// Each block's distinct properties texts (the blocks hold each once).
std::optional<Failure> Pseudonymiser::collectEventProperties(double from, double to)
{
    qint64 blocks = 0, seen = 0;
    SqliteStatement count;
    if (!count.prepare(m_db, "SELECT count(*) FROM event_blocks") && count.step() == SQLITE_ROW)
        blocks = count.columnInt64(0);
    bool canceled = false;
    EventBlockReader::Options options;
    options.withProperties = true;
    auto failure = EventBlockReader::forEach(m_db, false, options, [&](const EventBlock &block) {
        for (const QByteArray &text : block.values)
            collectPropertiesText(text);
        m_context.setProgress(
            from + (to - from) * double(++seen) / double(std::max<qint64>(1, blocks)),
            QCoreApplication::translate("Quadrant", "Finding identifiers"));
        canceled = m_context.isCanceled();
        return !canceled;
    });
    if (canceled)
        return Failure(QCoreApplication::translate("Quadrant", "canceled; nothing was written"));
    return failure;
}

std::optional<Failure> Pseudonymiser::collect()
{
    for (const char *sql :
         {"SELECT definition FROM saved_analyses", "SELECT definition FROM cohorts"})
        if (auto failure = eachRow(sql, [this](const SqliteStatement &row) {
                collectReferenced(
                    QJsonDocument::fromJson(row.columnText(0).toByteArray()).object());
            }))
            return failure;
    const struct
    {
        const char *sql;
        QStringList spaces;
    } columns[] = {
        {"SELECT user_id, account_id FROM persons", {personSpace, accountSpace}},
        {"SELECT raw_id FROM identities", {personSpace}},
        {"SELECT account_id, name, owner FROM accounts", {accountSpace, companySpace, staffSpace}},
        {"SELECT lead_id, user_id, account_id FROM leads", {leadSpace, personSpace, accountSpace}},
        {"SELECT deal_id, account_id, lead_id FROM deals", {dealSpace, accountSpace, leadSpace}},
        {"SELECT user_id, account_id, comment FROM nps", {personSpace, accountSpace, commentSpace}},
    };
    for (const auto &column : columns)
        if (auto failure = collectColumns(column.sql, column.spaces))
            return failure;
    for (const char *table : {"persons", "accounts", "leads", "deals", "spend", "nps"})
        if (auto failure = collectProperties(table, -1, -1))
            return failure;
    if (auto failure = collectEventProperties(0.2, 0.45))
        return failure;

    for (auto it = m_candidates.cbegin(); it != m_candidates.cend(); ++it) {
        if (it.value().size() <= DemoCopy::categoricalLimit)
            continue;
        m_freeTextKeys.insert(it.key());
        const QString space = textSpace(it.key());
        m_book.defineSpace(space, [key = it.key()](const QString &number) -> QString {
            return key + QLatin1Char(' ') + number;
        });
        for (const QString &value : it.value())
            add(space, value);
        m_freeTextValues += m_book.size(space);
    }
    m_candidates.clear();
    m_book.assign();
    return std::nullopt;
}

QJsonValue
Pseudonymiser::rewriteValue(const QString &key, const QJsonValue &value, bool *changed) const
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = rewriteValue(key, array.at(i), changed);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = rewriteValue(it.key(), it.value(), changed);
        return object;
    }
    const auto replaced = [changed, &value](const QString &pseudonym) -> QJsonValue {
        if (pseudonym == value.toString() && value.isString())
            return value;
        *changed = true;
        return pseudonym;
    };
    const QString space = spaceOfKey(key);
    if (!space.isEmpty()) {
        const QString text = scalarText(value);
        if (text.isEmpty() || !m_book.contains(space, text))
            return value;
        return replaced(m_book.pseudonym(space, text));
    }
    if (!value.isString())
        return value;
    const QString text = value.toString();
    if (looksLikeEmail(text))
        return replaced(m_book.pseudonym(emailSpace, text));
    if (m_freeTextKeys.contains(key))
        return replaced(m_book.pseudonym(textSpace(key), text));
    return value;
}

// A string in a saved definition: an identifier as a whole ("acc-0002") or as the value of a
// condition ("purchase[account_id=acc-0002]") is renamed; everything else stays.
QString Pseudonymiser::rewriteDefinitionText(const QString &text) const
{
    static const QStringList spaces{personSpace, accountSpace, leadSpace, dealSpace, emailSpace};
    const auto renamed = [this](const QString &value) {
        for (const QString &space : spaces)
            if (m_book.contains(space, value))
                return m_book.pseudonym(space, value);
        return value;
    };
    const QString whole = renamed(text);
    if (whole != text)
        return whole;
    static const QRegularExpression condition(QStringLiteral("(=)([^&\\]\\[,]+)"));
    QString result;
    qsizetype last = 0;
    for (auto it = condition.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart(2) - last);
        result += renamed(match.captured(2));
        last = match.capturedEnd(2);
    }
    return result + text.mid(last);
}

QJsonValue Pseudonymiser::rewriteDefinition(const QJsonValue &value) const
{
    if (value.isString())
        return rewriteDefinitionText(value.toString());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = rewriteDefinition(array.at(i));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = rewriteDefinition(it.value());
        return object;
    }
    return value;
}

std::optional<QByteArray> Pseudonymiser::rewriteProperties(QByteArrayView json) const
{
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()));
    // Properties that are not an object cannot be read by any analysis; they may still hold
    // identifiers.
    if (!document.isObject())
        return QByteArray("{}");
    bool changed = false;
    const QJsonValue rewritten = rewriteValue(QString(), document.object(), &changed);
    if (!changed)
        return std::nullopt;
    return QJsonDocument(rewritten.toObject()).toJson(QJsonDocument::Compact);
}

// demo_pseudonym(space, value) and demo_properties(json) for the UPDATE statements.
std::optional<Failure> Pseudonymiser::registerFunctions()
{
    const auto pseudonym = [](sqlite3_context *context, int, sqlite3_value **arguments) {
        if (sqlite3_value_type(arguments[1]) == SQLITE_NULL) {
            sqlite3_result_null(context);
            return;
        }
        const auto *self = static_cast<const Pseudonymiser *>(sqlite3_user_data(context));
        const auto read = [](sqlite3_value *value) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)),
                                     sqlite3_value_bytes(value));
        };
        const QByteArray result
            = self->m_book.pseudonym(read(arguments[0]), read(arguments[1])).toUtf8();
        sqlite3_result_text(context, result.constData(), int(result.size()), SQLITE_TRANSIENT);
    };
    const auto properties = [](sqlite3_context *context, int, sqlite3_value **arguments) {
        if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
            sqlite3_result_null(context);
            return;
        }
        const auto *self = static_cast<const Pseudonymiser *>(sqlite3_user_data(context));
        const QByteArrayView json(reinterpret_cast<const char *>(sqlite3_value_text(arguments[0])),
                                  sqlite3_value_bytes(arguments[0]));
        const std::optional<QByteArray> result = self->rewriteProperties(json);
        if (!result) {
            sqlite3_result_value(context, arguments[0]);
            return;
        }
        sqlite3_result_text(context, result->constData(), int(result->size()), SQLITE_TRANSIENT);
    };
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
    if (sqlite3_create_function_v2(
            m_db, "demo_pseudonym", 2, flags, this, pseudonym, nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(
               m_db, "demo_properties", 1, flags, this, properties, nullptr, nullptr, nullptr)
               != SQLITE_OK)
        return Failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return std::nullopt;
}

// A UNIQUE column is first moved out of the way (a pseudonym may equal another row's original
// value), then renamed.
std::optional<Failure> Pseudonymiser::rewriteUniqueColumn(const char *table, const char *column)
{
    const QByteArray prefix
        = QByteArray("UPDATE ") + table + " SET " + column + " = char(1) || " + column;
    return execSql(m_db, prefix.constData());
}

// Block by block: decoded, its properties texts rewritten, encoded again in place.
std::optional<Failure> Pseudonymiser::rewriteEvents(double from, double to)
{
    std::vector<qint64> ids;
    {
        SqliteStatement all;
        if (auto failure = all.prepare(m_db, "SELECT id FROM event_blocks ORDER BY id"))
            return failure;
        while (all.step() == SQLITE_ROW)
            ids.push_back(all.columnInt64(0));
    }
    SqliteStatement read, write;
    if (auto failure = read.prepare(m_db, "SELECT data, events FROM event_blocks WHERE id = ?1"))
        return failure;
    if (auto failure = write.prepare(m_db, "UPDATE event_blocks SET data = ?1 WHERE id = ?2"))
        return failure;
    EventBlock block;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (m_context.isCanceled())
            return Failure(
                QCoreApplication::translate("Quadrant", "canceled; nothing was written"));
        read.bind(1, ids[i]);
        const bool decoded
            = read.step() == SQLITE_ROW
              && EventBlockCodec::decode(read.columnBlob(0), true, &block, read.columnInt64(1));
        read.reset();
        if (!decoded)
            return damagedBlockFailure(ids[i]);
        bool changed = false;
        for (QByteArray &text : block.values)
            if (std::optional<QByteArray> rewritten = rewriteProperties(text)) {
                text = *rewritten;
                changed = true;
            }
        if (changed) {
            const QByteArray data = EventBlockCodec::encode(block);
            write.bindBlob(1, data);
            write.bind(2, ids[i]);
            if (!write.execute())
                return Failure(write.errorText());
        }
        m_context.setProgress(from + (to - from) * double(i + 1) / double(ids.size()),
                              QCoreApplication::translate("Quadrant", "Replacing identifiers"));
    }
    return std::nullopt;
}

std::optional<Failure> Pseudonymiser::rewriteDefinitions(const char *table)
{
    QVector<QPair<qint64, QByteArray>> rewritten;
    const QByteArray select = QByteArray("SELECT id, definition FROM ") + table;
    if (auto failure = eachRow(select.constData(), [&](const SqliteStatement &row) {
            const QJsonDocument document = QJsonDocument::fromJson(row.columnText(1).toByteArray());
            const QJsonValue definition = rewriteDefinition(document.object());
            rewritten.append({row.columnInt64(0),
                              QJsonDocument(definition.toObject()).toJson(QJsonDocument::Compact)});
        }))
        return failure;
    const QByteArray sql = QByteArray("UPDATE ") + table + " SET definition = ?1 WHERE id = ?2";
    SqliteStatement update;
    if (auto failure = update.prepare(m_db, sql.constData()))
        return failure;
    for (const auto &[id, definition] : rewritten) {
        update.bindText(1, definition);
        update.bind(2, id);
        if (!update.execute())
            return Failure(update.errorText());
    }
    return std::nullopt;
}

// The files imported from are named by their number and extension only: a folder or a file name
// often names the client.
std::optional<Failure> Pseudonymiser::rewriteImportLog()
{
    QVector<QPair<qint64, QByteArray>> files;
    if (auto failure = eachRow("SELECT id, file FROM import_log", [&](const SqliteStatement &row) {
            const QString file = row.columnString(1);
            if (file.startsWith(QLatin1Char('(')))
                return; // "(built-in sample)"
            const QString suffix = QFileInfo(file).suffix();
            QString renamed = QStringLiteral("import %1").arg(row.columnInt64(0));
            if (!suffix.isEmpty() && suffix.size() <= 5)
                renamed += QLatin1Char('.') + suffix;
            files.append({row.columnInt64(0), renamed.toUtf8()});
        }))
        return failure;
    SqliteStatement update;
    if (auto failure
        = update.prepare(m_db, "UPDATE import_log SET file = ?1, settings = '{}' WHERE id = ?2"))
        return failure;
    for (const auto &[id, file] : files) {
        update.bindText(1, file);
        update.bind(2, id);
        if (!update.execute())
            return Failure(update.errorText());
    }
    return execSql(m_db, "UPDATE import_log SET settings = '{}'");
}

std::optional<Failure> Pseudonymiser::rewrite()
{
    if (auto failure = registerFunctions())
        return failure;
    const char *const uniqueColumns[][2] = {{"persons", "user_id"},
                                            {"identities", "raw_id"},
                                            {"accounts", "account_id"},
                                            {"leads", "lead_id"},
                                            {"deals", "deal_id"},
                                            {"nps", "user_id"}};
    for (const auto &unique : uniqueColumns)
        if (auto failure = rewriteUniqueColumn(unique[0], unique[1]))
            return failure;
    const char *const statements[] = {
        "UPDATE persons SET user_id = demo_pseudonym('person', substr(user_id, 2)),"
        " account_id = demo_pseudonym('account', account_id),"
        " properties = demo_properties(properties)",
        "UPDATE identities SET raw_id = demo_pseudonym('person', substr(raw_id, 2))",
        "UPDATE accounts SET account_id = demo_pseudonym('account', substr(account_id, 2)),"
        " name = demo_pseudonym('company', name), owner = demo_pseudonym('staff', owner),"
        " properties = demo_properties(properties)",
        "UPDATE leads SET lead_id = demo_pseudonym('lead', substr(lead_id, 2)),"
        " user_id = demo_pseudonym('person', user_id),"
        " account_id = demo_pseudonym('account', account_id),"
        " properties = demo_properties(properties)",
        "UPDATE deals SET deal_id = demo_pseudonym('deal', substr(deal_id, 2)),"
        " account_id = demo_pseudonym('account', account_id),"
        " lead_id = demo_pseudonym('lead', lead_id), properties = demo_properties(properties)",
        "UPDATE nps SET user_id = demo_pseudonym('person', substr(user_id, 2)),"
        " account_id = demo_pseudonym('account', account_id),"
        " comment = demo_pseudonym('comment', comment), properties = demo_properties(properties)",
        "UPDATE spend SET properties = demo_properties(properties)",
        // The rejected rows' raw text and messages quote the values that were refused.
        "UPDATE import_rejects SET raw = '', message = 'withheld in a demo copy'",
    };
    for (const char *sql : statements)
        if (auto failure = execSql(m_db, sql))
            return failure;
    if (auto failure = rewriteEvents(0.45, 0.8))
        return failure;
    for (const char *table : {"saved_analyses", "cohorts"})
        if (auto failure = rewriteDefinitions(table))
            return failure;
    if (auto failure = rewriteImportLog())
        return failure;
    if (!ProjectStore::bumpDataVersion(m_db))
        return Failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
    SqliteStatement stat4;
    if (!stat4.prepare(m_db, "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'")
        && stat4.step() == SQLITE_ROW)
        if (auto failure = execSql(m_db, "DELETE FROM sqlite_stat4"))
            return failure;
    SqliteStatement meta;
    if (auto failure = meta.prepare(
            m_db,
            "INSERT INTO project_meta(key, value) VALUES ('demo_copy', ?1) ON CONFLICT(key) DO "
            "UPDATE SET value = excluded.value"))
        return failure;
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    meta.bindText(1, now);
    if (!meta.execute())
        return Failure(meta.errorText());
    // A project of its own: nothing on a server (a ClickHouse database marked with the
    // original's id) takes the copy for the client's project, nor the other way round.
    SqliteStatement identity;
    if (auto failure = identity.prepare(
            m_db,
            "INSERT INTO project_meta(key, value) VALUES ('project_id', ?1) ON CONFLICT(key) DO "
            "UPDATE SET value = excluded.value"))
        return failure;
    // Bound without a copy (SQLITE_STATIC): the text must outlive the statement's step.
    const QByteArray newId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    identity.bindText(1, newId);
    if (!identity.execute())
        return Failure(identity.errorText());
    return std::nullopt;
}

DemoCopy::Report Pseudonymiser::report() const
{
    DemoCopy::Report report;
    report.persons = m_book.size(personSpace);
    report.accounts = m_book.size(accountSpace);
    report.emails = m_book.size(emailSpace);
    report.comments = m_book.size(commentSpace);
    report.freeTextValues = m_freeTextValues;
    for (const QString &space : {leadSpace,
                                 dealSpace,
                                 companySpace,
                                 staffSpace,
                                 nameSpace,
                                 phoneSpace,
                                 addressSpace,
                                 ipSpace})
        report.otherValues += m_book.size(space);
    return report;
}

} // namespace Quadrant
