// SPDX-License-Identifier: MIT
// The importer end to end: each fixture in tests/data goes through ImportJob into a fresh
// project, and the counts and stored values are checked against what the file says.
#include "import/columnmapping.h"
#include "import/importjob.h"
#include "import/rejectlog.h"
#include "jobs/jobcontext.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QTest>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

const QString eventTimes
    = QStringLiteral("SELECT group_concat(ts, ',') FROM (SELECT ts FROM events ORDER BY id)");
const QString eventNames
    = QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT n.name FROM events e JOIN "
                     "event_names n ON n.id = e.event_id ORDER BY e.id)");
const QString eventUsers
    = QStringLiteral("SELECT group_concat(raw_id, ',') FROM (SELECT i.raw_id FROM events e JOIN "
                     "identities i ON i.id = e.identity_id ORDER BY e.id)");
const QString eventProperties
    = QStringLiteral("SELECT group_concat(COALESCE(properties, '-'), ';') FROM (SELECT properties "
                     "FROM events ORDER BY id)");

// Applies "option=value" strings the way the command line does.
ImportRequest requestFor(const QString &file, const QString &kind, const QStringList &options)
{
    ImportRequest request;
    request.file = dataPath(file);
    parseImportKind(kind, &request.kind);
    for (const QString &option : options) {
        const QString name = option.section(QLatin1Char('='), 0, 0);
        const QString value = option.section(QLatin1Char('='), 1);
        if (name == QLatin1String("encoding"))
            parseEncodingName(value, &request.csv.encoding);
        else if (name == QLatin1String("delimiter"))
            request.csv.delimiter = value == QLatin1String("tab") ? '\t' : char(value[0].unicode());
        else if (name == QLatin1String("header"))
            request.csv.header
                = value == QLatin1String("no") ? CsvOptions::Header::No : CsvOptions::Header::Yes;
        else if (name == QLatin1String("time"))
            TimeParser::parseSpec(value, &request.time);
        else if (name == QLatin1String("map"))
            request.mappings << value;
    }
    return request;
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private slots:
    void importFile_data();
    void importFile();
    void fiveThousandColumns();
    void unreadableFirstLinesAreNamed_data();
    void unreadableFirstLinesAreNamed();
    void rowsMissingAUserOrEventAreCounted();
    void rejectsAreStoredAndExported();
    void failedImportChangesNothing();
    void canceledImportChangesNothing();
    void readOnlyProjectRefusesImport();
    void reimportUpdatesRecords();
    void largeFileStreamsIntoBlocks();
    void likelyKindFromColumns_data();
    void likelyKindFromColumns();

private:
    QTemporaryDir m_dir;
};

void TestImportJob::importFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<qint64>("read");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<qint64>("rejected");
    QTest::addColumn<QString>("failure"); // part of the error message, empty = success
    QTest::addColumn<QString>("checkSql");
    QTest::addColumn<QString>("expected");

    const QString basicTimes = QStringLiteral("1709287200000,1709287500000,1709370000000");
    const QStringList none;
    struct Encoded
    {
        const char *tag, *file;
        QStringList options;
    };
    const Encoded encodings[] = {
        {"utf-8", "events_utf8.csv", none},
        {"utf-8 with BOM", "events_utf8_bom.csv", none},
        {"utf-16le with BOM", "events_utf16le_bom.csv", none},
        {"utf-16be with BOM", "events_utf16be_bom.csv", none},
        {"utf-16le without BOM", "events_utf16le_nobom.csv", none},
        {"utf-16le forced", "events_utf16le_bom.csv", {QStringLiteral("encoding=utf-16")}},
        {"LF line ends", "events_lf.csv", none},
        {"CR line ends", "events_cr.csv", none},
        {"no final newline", "events_no_final_newline.csv", none},
    };
    for (const Encoded &e : encodings) {
        QTest::addRow("%s times", e.tag) << e.file << "events" << e.options << 3LL << 3LL << 0LL
                                         << QString() << eventTimes << basicTimes;
        QTest::addRow("%s properties", e.tag)
            << e.file << "events" << e.options << 3LL << 3LL << 0LL << QString() << eventProperties
            << QStringLiteral("{\"plan\":\"free\"};{\"plan\":\"free\"};{\"plan\":\"pro\"}");
    }
    QTest::addRow("utf-8 first column named despite BOM")
        << "events_utf8_bom.csv"
        << "events" << none << 3LL << 3LL << 0LL << QString() << eventUsers
        << QStringLiteral("u1,u1,u2");
    QTest::addRow("gb18030 detected") << "events_gb18030.csv"
                                      << "events" << none << 5LL << 3LL << 2LL << QString()
                                      << eventNames << QStringLiteral("注册,登录,购买");
    QTest::addRow("gb18030 chosen")
        << "events_gb18030.csv"
        << "events" << QStringList{QStringLiteral("encoding=gbk")} << 5LL << 3LL << 2LL << QString()
        << eventProperties
        << QStringLiteral("{\"城市\":\"北京\"};{\"城市\":\"北京\"};{\"城市\":\"深圳\"}");
    QTest::addRow("gb18030 forced to utf-8 is rejected row by row")
        << "events_gb18030.csv"
        << "events"
        << QStringList{QStringLiteral("encoding=utf-8"),
                       QStringLiteral("map=user_id=1"),
                       QStringLiteral("map=event=2"),
                       QStringLiteral("map=time=3")}
        << 5LL << 0LL << 5LL << QStringLiteral("not valid UTF-8") << QString() << QString();
    QTest::addRow("semicolon and decimal comma")
        << "events_semicolon.csv"
        << "events" << none << 2LL << 2LL << 0LL << QString() << eventProperties
        << QStringLiteral("{\"amount\":12.5};{\"amount\":1234.75}");
    QTest::addRow("tab delimited") << "events_tab.tsv"
                                   << "events" << none << 2LL << 2LL << 0LL << QString()
                                   << eventUsers << QStringLiteral("u1,u2");
    QTest::addRow("pipe delimited") << "events_pipe.csv"
                                    << "events" << none << 2LL << 2LL << 0LL << QString()
                                    << eventUsers << QStringLiteral("u1,u2");
    QTest::addRow("delimiter given")
        << "events_pipe.csv"
        << "events" << QStringList{QStringLiteral("delimiter=|")} << 2LL << 2LL << 0LL << QString()
        << eventNames << QStringLiteral("signup,signup");
    QTest::addRow("quotes, commas and CRLF inside quotes")
        << "events_quoted.csv"
        << "events" << none << 4LL << 4LL << 0LL << QString() << eventProperties
        << QStringLiteral("{\"note\":\"hello, world\"};{\"note\":\"line one\\r\\nline "
                          "two\"};{\"note\":\"she said \\\"hi\\\"\"};-");
    QTest::addRow("unterminated quote")
        << "events_unterminated_quote.csv"
        << "events" << none << 2LL << 1LL << 1LL << QString()
        << "SELECT line || ':' || column_number || ':' || error_kind FROM import_rejects"
        << QStringLiteral("3:4:parse");
    QTest::addRow("ragged rows")
        << "events_ragged.csv"
        << "events" << none << 4LL << 3LL << 1LL << QString()
        << "SELECT line || ':' || column_number || ':' || error_kind FROM import_rejects"
        << QStringLiteral("4:5:ragged");
    QTest::addRow("ragged short row keeps its fields")
        << "events_ragged.csv"
        << "events" << none << 4LL << 3LL << 1LL << QString() << eventUsers
        << QStringLiteral("u1,u2,u4");
    QTest::addRow("empty file") << "events_empty.csv"
                                << "events" << none << 0LL << 0LL << 0LL << QStringLiteral("empty")
                                << QString() << QString();
    QTest::addRow("only blank lines") << "events_whitespace_only.csv"
                                      << "events" << none << 0LL << 0LL << 0LL
                                      << QStringLiteral("empty") << QString() << QString();
    QTest::addRow("header only") << "events_header_only.csv"
                                 << "events" << none << 0LL << 0LL << 0LL
                                 << QStringLiteral("no data rows") << QString() << QString();
    QTest::addRow("blank lines skipped") << "events_blank_lines.csv"
                                         << "events" << none << 2LL << 2LL << 0LL << QString()
                                         << eventUsers << QStringLiteral("u1,u2");
    QTest::addRow("bad timestamps") << "events_bad_times.csv"
                                    << "events" << none << 6LL << 2LL << 4LL << QString()
                                    << eventTimes << QStringLiteral("1709287200000,1709267400000");
    QTest::addRow("bad timestamps name line and column")
        << "events_bad_times.csv"
        << "events" << none << 6LL << 2LL << 4LL << QString()
        << "SELECT group_concat(line || ':' || column_number || ':' || error_kind, ',') FROM "
           "import_rejects"
        << QStringLiteral("3:3:time,4:3:time,5:3:time,6:3:missing");
    QTest::addRow("every row bad")
        << "events_all_bad.csv"
        << "events" << none << 2LL << 0LL << 2LL << QStringLiteral("no row could be imported")
        << QString() << QString();
    QTest::addRow("excel serial dates")
        << "events_excel_serial.csv"
        << "events" << none << 5LL << 4LL << 1LL << QString() << eventTimes
        << QStringLiteral("1709294400000,-2208988800000,-2203977600000,-2203891200000");
    QTest::addRow("excel fake 1900-02-29")
        << "events_excel_serial.csv"
        << "events" << QStringList{QStringLiteral("time=excel")} << 5LL << 4LL << 1LL << QString()
        << "SELECT message FROM import_rejects"
        << QStringLiteral("time: Excel serial 60 is 1900-02-29, a day that never existed "
                          "(Excel's 1900 leap-year bug): '60'");
    QTest::addRow("epoch seconds") << "events_epoch_s.csv"
                                   << "events" << none << 2LL << 2LL << 0LL << QString()
                                   << eventTimes << QStringLiteral("1709287200000,1709287200500");
    QTest::addRow("epoch milliseconds")
        << "events_epoch_ms.csv"
        << "events" << none << 2LL << 2LL << 0LL << QString() << eventTimes
        << QStringLiteral("1709287200000,1709287200123");
    QTest::addRow("epoch forced to seconds")
        << "events_epoch_s.csv"
        << "events" << QStringList{QStringLiteral("time=epoch-s")} << 2LL << 2LL << 0LL << QString()
        << eventTimes << QStringLiteral("1709287200000,1709287200500");
    QTest::addRow("ISO 8601 zones")
        << "events_iso_zones.csv"
        << "events" << none << 5LL << 5LL << 0LL << QString() << eventTimes
        << QStringLiteral("1709287200000,1709287200000,1709287200000,1709287200250,1709251200000");
    QTest::addRow("yyyy/M/d H:mm") << "events_slash_dates.csv"
                                   << "events" << none << 2LL << 2LL << 0LL << QString()
                                   << eventTimes << QStringLiteral("1709283900000,1735689540000");
    QTest::addRow("explicit time pattern")
        << "events_custom_format.csv"
        << "events" << QStringList{QStringLiteral("time=dd.MM.yyyy HH:mm")} << 2LL << 2LL << 0LL
        << QString() << eventTimes << QStringLiteral("1709287200000,1735689540000");
    QTest::addRow("unknown time pattern")
        << "events_custom_format.csv"
        << "events" << none << 2LL << 0LL << 2LL << QStringLiteral("--time-format") << QString()
        << QString();
    QTest::addRow("no header detected")
        << "events_no_header.csv"
        << "events"
        << QStringList{QStringLiteral("map=user_id=column_1"),
                       QStringLiteral("map=event=column_2"),
                       QStringLiteral("map=time=column_3")}
        << 2LL << 2LL << 0LL << QString() << eventNames << QStringLiteral("signup,login");
    QTest::addRow("no header without mapping")
        << "events_no_header.csv"
        << "events" << none << 0LL << 0LL << 0LL << QStringLiteral("--map user_id=COLUMN")
        << QString() << QString();
    QTest::addRow("header forced off, columns by number")
        << "events_utf8.csv"
        << "events"
        << QStringList{QStringLiteral("header=no"),
                       QStringLiteral("map=user_id=1"),
                       QStringLiteral("map=event=2"),
                       QStringLiteral("map=time=3")}
        << 4LL << 3LL << 1LL << QString() << eventUsers << QStringLiteral("u1,u1,u2");
    QTest::addRow("thousands separators and leading zeros")
        << "events_thousands.csv"
        << "events" << none << 3LL << 3LL << 0LL << QString() << eventProperties
        << QStringLiteral(
               "{\"revenue\":1234.5,\"zip\":\"00501\"};{\"revenue\":12345678,\"zip\":\"10001\"};"
               "{\"revenue\":99,\"zip\":\"02134\"}");
    QTest::addRow("column names matched by synonyms")
        << "events_synonyms.csv"
        << "events" << none << 1LL << 1LL << 0LL << QString() << "SELECT name FROM sources"
        << QStringLiteral("ios");
    QTest::addRow("missing event column")
        << "events_missing_column.csv"
        << "events" << none << 0LL << 0LL << 0LL << QStringLiteral("no column for event")
        << QString() << QString();
    QTest::addRow("mapping names an unknown column")
        << "events_missing_column.csv"
        << "events" << QStringList{QStringLiteral("map=event=nope")} << 0LL << 0LL << 0LL
        << QStringLiteral("no column 'nope'") << QString() << QString();
    QTest::addRow("mapping names an unknown field")
        << "events_utf8.csv"
        << "events" << QStringList{QStringLiteral("map=colour=plan")} << 0LL << 0LL << 0LL
        << QStringLiteral("no field 'colour'") << QString() << QString();
    QTest::addRow("duplicate header names")
        << "events_duplicate_header.csv"
        << "events" << none << 1LL << 1LL << 0LL << QString() << eventProperties
        << QStringLiteral("{\"x\":1,\"x_2\":2}");
    // Auto-detection reads a file that is not strict UTF-8 as GB18030 (as Excel in China writes
    // it); told it is UTF-8, the importer rejects the one bad row and keeps the rest.
    QTest::addRow("not strict utf-8 is read as gb18030")
        << "events_invalid_utf8.csv"
        << "events" << none << 2LL << 2LL << 0LL << QString() << eventUsers
        << QStringLiteral("u1,u2");
    QTest::addRow("invalid utf-8 in one row")
        << "events_invalid_utf8.csv"
        << "events" << QStringList{QStringLiteral("encoding=utf-8")} << 2LL << 1LL << 1LL
        << QString()
        << "SELECT line || ':' || column_number || ':' || error_kind FROM import_rejects"
        << QStringLiteral("3:4:encoding");
    QTest::addRow("mixpanel json lines")
        << "events_mixpanel.jsonl"
        << "events" << none << 3LL << 3LL << 0LL << QString() << eventTimes
        << QStringLiteral("1709287200000,1709287260000,1709290800000");
    QTest::addRow("mixpanel nested properties")
        << "events_mixpanel.jsonl"
        << "events" << none << 3LL << 3LL << 0LL << QString()
        << "SELECT json_extract(properties, '$.\"page.path\"') FROM events WHERE id = 2"
        << QStringLiteral("/pricing");
    QTest::addRow("mixpanel array property")
        << "events_mixpanel.jsonl"
        << "events" << none << 3LL << 3LL << 0LL << QString()
        << "SELECT json_extract(properties, '$.items') FROM events WHERE id = 3"
        << QStringLiteral("[\"a\",\"b\"]");
    QTest::addRow("posthog json lines")
        << "events_posthog.jsonl"
        << "events" << none << 2LL << 2LL << 0LL << QString()
        << "SELECT json_extract(properties, '$.\"nested.deep.value\"') FROM events WHERE id = 2"
        << QStringLiteral("3");
    QTest::addRow("sensors json lines")
        << "events_sensors.jsonl"
        << "events" << none << 2LL << 2LL << 0LL << QString() << eventTimes
        << QStringLiteral("1709287200000,1709287300000");
    QTest::addRow("broken json lines")
        << "events_bad_json.jsonl"
        << "events" << none << 4LL << 2LL << 2LL << QString()
        << "SELECT group_concat(line || ':' || column_number, ',') FROM import_rejects"
        << QStringLiteral("2:37,3:1");
    QTest::addRow("xlsx with shared strings and dates")
        << "events.xlsx"
        << "events" << none << 4LL << 3LL << 1LL << QString() << eventTimes
        << QStringLiteral("1709287200000,1709382600000,1709453700000");
    QTest::addRow("xlsx numbers and empty cells")
        << "events.xlsx"
        << "events" << none << 4LL << 3LL << 1LL << QString() << eventProperties
        << QStringLiteral("{\"revenue\":0,\"note\":\"shared\"};"
                          "{\"revenue\":19.99,\"note\":\"shared\"};{\"revenue\":49}");
    QTest::addRow("xlsx accounts with a date cell")
        << "accounts.xlsx"
        << "accounts" << none << 1LL << 1LL << 0LL << QString()
        << "SELECT renewal_date || '/' || arr FROM accounts"
        << QStringLiteral("1735603200000/36000.0");
    QTest::addRow("persons")
        << "persons.csv"
        << "persons" << none << 3LL << 3LL << 0LL << QString()
        << "SELECT group_concat(user_id || ':' || COALESCE(account_id, '-') || ':' || properties, "
           "' ') FROM persons"
        << QStringLiteral(
               "u1:acc-1:{\"role\":\"admin\",\"channel\":\"organic\",\"signup_ts\":\"2024-02-01\"} "
               "u2:acc-1:{\"role\":\"analyst\",\"channel\":\"paid_search\",\"signup_ts\":\"2024-02-"
               "03\"} "
               "u3:-:{\"role\":\"viewer\",\"channel\":\"social\",\"signup_ts\":\"2024-02-05\"}");
    QTest::addRow("accounts") << "accounts.csv"
                              << "accounts" << none << 3LL << 2LL << 1LL << QString()
                              << "SELECT group_concat(account_id || ':' || arr || ':' || "
                                 "renewal_date || ':' || properties, ' ') FROM accounts"
                              << QStringLiteral("acc-1:24000.0:1727654400000:{\"seats\":25} "
                                                "acc-2:120000.0:1736899200000:{\"seats\":80}");
    QTest::addRow("deals") << "deals.csv"
                           << "deals" << none << 2LL << 2LL << 0LL << QString()
                           << "SELECT group_concat(deal_id || ':' || stage || ':' || amount || ':' "
                              "|| COALESCE(closed_at, '-'), ' ') FROM deals"
                           << QStringLiteral(
                                  "d1:closed_won:12000.0:1710892800000 d2:proposal:50000.0:-");
    QTest::addRow("spend")
        << "spend.csv"
        << "spend" << none << 3LL << 3LL << 0LL << QString()
        << "SELECT group_concat(channel || ':' || campaign || ':' || amount, ' ') FROM spend"
        << QStringLiteral("paid_search:brand:120.5 social::80.0 paid_search:brand:1100.0");
    QTest::addRow("nps")
        << "nps.csv"
        << "nps" << none << 4LL << 1LL << 3LL << QString()
        << "SELECT group_concat(line || ':' || error_kind, ',') FROM import_rejects"
        << QStringLiteral("3:range,4:missing,5:type");
    QTest::addRow("leads") << "leads.csv"
                           << "leads" << none << 2LL << 2LL << 0LL << QString()
                           << "SELECT group_concat(lead_id || ':' || status, ' ') FROM leads"
                           << QStringLiteral("l1:qualified l2:new");
    QTest::addRow("aliases") << "aliases.csv"
                             << "aliases" << none << 3LL << 3LL << 0LL << QString()
                             << "SELECT group_concat(i.raw_id || '=' || p.user_id, ' ') FROM "
                                "identities i JOIN persons p ON p.id = i.person_id"
                             << QStringLiteral("anon-1=u1 u1=u1 anon-2=u1 anon-3=u2 u2=u2");
}

void TestImportJob::importFile()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QStringList, options);
    QFETCH(qint64, read);
    QFETCH(qint64, imported);
    QFETCH(qint64, rejected);
    QFETCH(QString, failure);
    QFETCH(QString, checkSql);
    QFETCH(QString, expected);

    const QString path = newProject(m_dir);
    ProjectStore store;
    QVERIFY(!store.open(path));
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(store, requestFor(file, kind, options), context);
    if (!failure.isEmpty()) {
        QVERIFY2(outcome.failure, "the import should have failed");
        QVERIFY2(outcome.failure->toString().contains(failure),
                 qPrintable(outcome.failure->toString()));
        QVERIFY(outcome.failure->toString().contains(file));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM import_log")).toInt(), 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM events")).toInt(), 0);
        return;
    }
    QVERIFY2(!outcome.failure,
             qPrintable(outcome.failure ? outcome.failure->toString() : QString()));
    QCOMPARE(outcome.summary.rowsRead, read);
    QCOMPARE(outcome.summary.rowsImported, imported);
    QCOMPARE(outcome.summary.rowsRejected, rejected);
    QCOMPARE(outcome.summary.rowsImported + outcome.summary.rowsRejected, outcome.summary.rowsRead);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM import_rejects")).toLongLong(),
             rejected);
    QCOMPARE(scalar(store, QStringLiteral("SELECT rows_imported FROM import_log")).toLongLong(),
             imported);
    // Events are stored grouped by person and time (schema 5), not in the file's order: what
    // was imported is compared as a multiset. The order analyses see is tst_eventindex's.
    const auto inAnyOrder = [&](const QString &joined) {
        const QChar separator = checkSql == eventProperties ? QLatin1Char(';') : QLatin1Char(',');
        QStringList parts = joined.split(separator);
        parts.sort();
        return parts.join(separator);
    };
    const bool everyEvent = checkSql == eventTimes || checkSql == eventNames
                            || checkSql == eventUsers || checkSql == eventProperties;
    if (everyEvent)
        QCOMPARE(inAnyOrder(scalar(store, checkSql).toString()), inAnyOrder(expected));
    else if (!checkSql.isEmpty())
        QCOMPARE(scalar(store, checkSql).toString(), expected);
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

void TestImportJob::fiveThousandColumns()
{
    QByteArray csv = "user_id,event,time";
    for (int c = 0; c < 5000; ++c)
        csv += ",p" + QByteArray::number(c);
    csv += '\n';
    for (int r = 0; r < 3; ++r) {
        csv += "u" + QByteArray::number(r) + ",wide,2024-03-01T10:00:0" + QByteArray::number(r)
               + "Z";
        for (int c = 0; c < 5000; ++c)
            csv += ',' + QByteArray::number(c * r);
        csv += '\n';
    }
    const QString file = m_dir.filePath(QStringLiteral("wide.csv"));
    writeFile(file, csv);
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    ImportRequest request;
    request.file = file;
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    QVERIFY2(!outcome.failure,
             qPrintable(outcome.failure ? outcome.failure->toString() : QString()));
    QCOMPARE(outcome.summary.rowsImported, 3);
    QCOMPARE(scalar(store,
                    QStringLiteral(
                        "SELECT json_extract(properties, '$.p4999') FROM events WHERE id = 3"))
                 .toInt(),
             4999 * 2);
    QCOMPARE(
        scalar(store,
               QStringLiteral(
                   "SELECT count(*) FROM json_each((SELECT properties FROM events WHERE id = 2))"))
            .toInt(),
        5000);
}

// Issue #23, fault 11: a first line the reader cannot take is the error, not "no data rows"
// or "no column for user_id (columns: )".
void TestImportJob::unreadableFirstLinesAreNamed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    QTest::addRow("nested 10,000 deep")
        << QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray("}").repeated(10000) + "\n"
        << QStringLiteral("line 1 is nested too deep (more than 1024 levels)") << 5121;
    QTest::addRow("nested 1,025 deep, the first too deep")
        << QByteArray("{\"a\":").repeated(1024) + "{}" + QByteArray("}").repeated(1024) + "\n"
        << QStringLiteral("line 1 is nested too deep (more than 1024 levels)") << 5121;
    QByteArray keys = "{\"k0\":0";
    for (int k = 1; k <= RecordReader::columnLimit; ++k)
        keys += ",\"k" + QByteArray::number(k) + "\":0";
    QTest::addRow("16,385 keys") << keys + "}\n"
                                 << QStringLiteral(
                                        "line 1 brings the keys past 16384 columns, the most "
                                        "Quadrant reads")
                                 << 1;
    QTest::addRow("a line of 70 MB")
        << "{\"user_id\":\"" + QByteArray(70 << 20, 'x') + "\"}\n"
        << QStringLiteral("line 1 is too long (more than 64 MiB)") << (64 << 20) + 1;
}

void TestImportJob::unreadableFirstLinesAreNamed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QFETCH(int, column);
    const QString file = m_dir.filePath(QStringLiteral("unreadable.jsonl"));
    writeFile(file, content);
    content = QByteArray();
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    ImportRequest request;
    request.file = file;
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    QVERIFY(outcome.failure);
    QCOMPARE(outcome.failure->message, message);
    QCOMPARE(outcome.failure->line, 1);
    QCOMPARE(outcome.failure->column, column);
    QVERIFY(outcome.failure->toString().startsWith(QDir::toNativeSeparators(file) + ":1:"));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM import_log")).toInt(), 0);
}

// Issue #23, fault 12: rows with no user id or no event name are counted by reason, with their
// first lines, in the summary both quadrant-cli and the window show.
void TestImportJob::rowsMissingAUserOrEventAreCounted()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(
        store,
        requestFor(QStringLiteral("events_missing_values.csv"), QStringLiteral("events"), {}),
        context);
    QVERIFY2(!outcome.failure,
             qPrintable(outcome.failure ? outcome.failure->toString() : QString()));
    QCOMPARE(outcome.summary.rowsImported, 2);
    QCOMPARE(outcome.summary.rowsRejected, 5);
    QCOMPARE(outcome.summary.missingValues.count(), 5);
    QCOMPARE(outcome.summary.missingValues.sentence(true),
             QStringLiteral(
                 "5 events left out: 3 with no user_id (lines 3, 5, 7), 2 with no event (lines 4, "
                 "6)"));

    // Past linesKept lines a field says how many more; other rejects are not counted.
    QByteArray csv = "user_id,event,time\nu1,e,2024-03-01T10:00:00Z\nu1,e,1800-01-01T00:00:00Z\n";
    for (int i = 0; i < 6; ++i)
        csv += ",e,2024-03-01T10:00:00Z\n";
    const QString file = m_dir.filePath(QStringLiteral("six.csv"));
    writeFile(file, csv);
    ImportRequest request;
    request.file = file;
    const ImportOutcome six = ImportJob::run(store, request, context);
    QVERIFY(!six.failure);
    QCOMPARE(six.summary.rowsRejected, 7);
    QCOMPARE(six.summary.missingValues.sentence(true),
             QStringLiteral("6 events left out: 6 with no user_id (lines 4, 5, 6 and 3 more)"));
    QCOMPARE(six.summary.missingValues.sentence(false),
             QStringLiteral("6 rows left out: 6 with no user_id (lines 4, 5, 6 and 3 more)"));
}

void TestImportJob::rejectsAreStoredAndExported()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    ImportRequest request
        = requestFor(QStringLiteral("events_bad_times.csv"), QStringLiteral("events"), {});
    request.rejectsPath = m_dir.filePath(QStringLiteral("rejects.csv"));
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.summary.firstRejects.size(), 4);
    QCOMPARE(outcome.summary.firstRejects[0].line, 3);
    QCOMPARE(outcome.summary.firstRejects[0].column, 3);
    QCOMPARE(outcome.summary.firstRejects[0].columnName, QStringLiteral("time"));

    QFile streamed(request.rejectsPath);
    QVERIFY(streamed.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = streamed.readAll().split('\n');
    QCOMPARE(lines[0].trimmed(), QByteArray("file,line,column,column_name,error,message,raw"));
    QVERIFY(lines[1].contains(",3,3,time,time,"));
    QVERIFY(lines[1].contains("u2,signup,2024-02-30T10:00:00Z"));

    const QString exported = m_dir.filePath(QStringLiteral("exported.csv"));
    QVERIFY(!RejectLog::exportFromProject(store, outcome.summary.importId, exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 5); // header + 4 rows
}

void TestImportJob::failedImportChangesNothing()
{
    const QString path = newProject(m_dir);
    {
        ProjectStore store;
        QVERIFY(!store.open(path));
        JobContext context;
        QVERIFY(!ImportJob::run(
                     store,
                     requestFor(QStringLiteral("events_utf8.csv"), QStringLiteral("events"), {}),
                     context)
                     .failure);
    }
    const QByteArray before = fileHash(path);
    ProjectStore store;
    QVERIFY(!store.open(path));
    JobContext context;
    QVERIFY(ImportJob::run(
                store,
                requestFor(QStringLiteral("events_all_bad.csv"), QStringLiteral("events"), {}),
                context)
                .failure);
    QVERIFY(ImportJob::run(store,
                           requestFor(QStringLiteral("missing.csv"), QStringLiteral("events"), {}),
                           context)
                .failure);
    store.close();
    QCOMPARE(fileHash(path), before);
}

void TestImportJob::canceledImportChangesNothing()
{
    const QString path = newProject(m_dir);
    QByteArray csv = "user_id,event,time\n";
    for (int i = 0; i < 20000; ++i)
        csv += "u" + QByteArray::number(i % 97) + ",e" + QByteArray::number(i % 5)
               + ",2024-03-01T10:00:00Z\n";
    const QString file = m_dir.filePath(QStringLiteral("cancel.csv"));
    writeFile(file, csv);
    const QByteArray before = fileHash(path);
    {
        ProjectStore store;
        QVERIFY(!store.open(path));
        JobContext context([&](double fraction, const QString &) {
            if (fraction > 0.1)
                context.cancel();
        });
        ImportRequest request;
        request.file = file;
        const ImportOutcome outcome = ImportJob::run(store, request, context);
        QVERIFY(outcome.failure);
        QVERIFY(outcome.failure->message.contains(QLatin1String("canceled")));
    }
    QCOMPARE(fileHash(path), before);
}

void TestImportJob::readOnlyProjectRefusesImport()
{
    const QString path = newProject(m_dir);
    ProjectStore store;
    QVERIFY(!store.open(path, ProjectStore::Access::ReadOnly));
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(
        store,
        requestFor(QStringLiteral("events_utf8.csv"), QStringLiteral("events"), {}),
        context);
    QVERIFY(outcome.failure);
    QVERIFY(outcome.failure->message.contains(QLatin1String("read-only")));
}

void TestImportJob::reimportUpdatesRecords()
{
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    JobContext context;
    const ImportRequest accounts
        = requestFor(QStringLiteral("accounts.csv"), QStringLiteral("accounts"), {});
    QVERIFY(!ImportJob::run(store, accounts, context).failure);
    QVERIFY(!ImportJob::run(store, accounts, context).failure);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 2);
    const QString update = m_dir.filePath(QStringLiteral("accounts_update.csv"));
    writeFile(update, "account_id,plan,arr,health_note\nacc-1,enterprise,,watch\n");
    ImportRequest request;
    request.kind = ImportKind::Accounts;
    request.file = update;
    QVERIFY(!ImportJob::run(store, request, context).failure);
    // New values win, an empty cell keeps the stored value, properties merge.
    QCOMPARE(
        scalar(store,
               QStringLiteral(
                   "SELECT plan || ':' || arr || ':' || name || ':' || properties FROM accounts "
                   "WHERE account_id = 'acc-1'"))
            .toString(),
        QStringLiteral("enterprise:24000.0:Northwind:{\"seats\":25,\"health_note\":\"watch\"}"));
}

void TestImportJob::largeFileStreamsIntoBlocks()
{
    const QString file = m_dir.filePath(QStringLiteral("large.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("user_id,event,ts_ms,source,plan\n");
        for (int i = 0; i < 120000; ++i)
            out.write("u" + QByteArray::number(i % 5000) + ",e" + QByteArray::number(i % 7) + ','
                      + QByteArray::number(1709287200000LL + i * 1000LL) + ",web,free\n");
    }
    ProjectStore store;
    QVERIFY(!store.open(newProject(m_dir)));
    double lastProgress = 0;
    int progressCalls = 0;
    JobContext context([&](double fraction, const QString &) {
        QVERIFY(fraction >= lastProgress);
        lastProgress = fraction;
        ++progressCalls;
    });
    ImportRequest request;
    request.file = file;
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.summary.rowsImported, 120000);
    QVERIFY(progressCalls > 10);
    QCOMPARE(lastProgress, 1.0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM identities")).toInt(), 5000);
    // The events are in blocks of at most 64k, each naming the identities it holds.
    QCOMPARE(scalar(store, QStringLiteral("SELECT sum(events) FROM event_blocks")).toInt(), 120000);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM event_blocks")).toInt(), 2);
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM event_blocks WHERE first_identity > "
                                   "last_identity OR events > 65536")),
             0);
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

void TestImportJob::likelyKindFromColumns_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("kind");
    QTest::newRow("events") << "user_id,event,time,source,plan"
                            << "events";
    QTest::newRow("events with an id column") << "id,distinct_id,event,timestamp"
                                              << "events";
    QTest::newRow("events in Chinese") << QString::fromUtf8("用户,事件,时间,城市") << "events";
    QTest::newRow("per-person A/B results")
        << "userid,version,sum_gamerounds,retention_1,retention_7"
        << "persons";
    QTest::newRow("persons with accounts") << "user_id,account_id,role"
                                           << "persons";
    QTest::newRow("CRM deals export")
        << "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
           "close_value"
        << "deals";
    QTest::newRow("CRM accounts export")
        << "account,sector,year_established,revenue,employees,office_location,subsidiary_of"
        << "accounts";
    QTest::newRow("leads") << "lead_id,user_id,channel,status,created_at"
                           << "leads";
    QTest::newRow("spend") << "date,channel,campaign,cost"
                           << "spend";
    QTest::newRow("nps") << "user_id,score,answered_at,comment"
                         << "nps";
    QTest::newRow("nothing known") << "a,b,c"
                                   << "events";
}

void TestImportJob::likelyKindFromColumns()
{
    QFETCH(QString, header);
    QFETCH(QString, kind);
    QStringList found;
    const ImportKind likely = ColumnMapping::likelyKind(header.split(QLatin1Char(',')), &found);
    QVERIFY2(kindSpec(likely).name == kind,
             qPrintable(kindSpec(likely).name + QStringLiteral(" from ") + found.join(',')));
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
