// SPDX-License-Identifier: MIT
// quadrant-cli as scripts call it: exit codes, one-line errors naming file, line and column,
// TSV and JSON output, and nothing changed by a failed command.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Quadrant::Test;

namespace {

using Run = CliRun;

Run cli(const QStringList &arguments)
{
    return runCli(arguments);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void help();
    void newCreatesAProject();
    void newRefusesToOverwrite();
    void importPrintsOneSummaryRow();
    void importJsonFormat();
    void badInput_data();
    void badInput();
    void rejectedRowsAreWarnedWithLineAndColumn();
    void failedCommandChangesNothing();
    void infoCountsTables();
    void sampleIsDeterministic();
    void demoCopyKeepsTheNumbers();
    void exportedEventsImportBackToTheSameNumbers();
    void exportedEventsNeutraliseFormulas();
    void statsLines();
    void lockedProject();
    void analysesOnTheSample_data();
    void analysesOnTheSample();
    void analysisErrors_data();
    void analysisErrors();
    void retentionCellPersonsAreTheCellsCount();
    void crmExportsImportAndAnswer();
    void perPersonAbMatchesScipy();
    void personPropertyFiltersMatchBreakdowns();

private:
    QTemporaryDir m_dir;
};

void TestCli::help()
{
    const Run run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"new", "import", "info", "sample"})
        QVERIFY(run.out.contains(QByteArray("  ") + command));
    const Run importHelp = cli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(importHelp.exitCode, 0);
    for (const char *option :
         {"--kind", "--file", "--encoding", "--delimiter", "--map", "--time-format", "--rejects"})
        QVERIFY2(importHelp.out.contains(option), option);
}

void TestCli::newCreatesAProject()
{
    const QString path = m_dir.filePath(QStringLiteral("new.quadrant"));
    const Run run = cli({QStringLiteral("new"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("project\tschema_version\n"));
    Quadrant::ProjectStore store;
    QVERIFY(!store.open(path));
}

void TestCli::newRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.txt"));
    writeFile(path, "mine");
    const Run run = cli({QStringLiteral("new"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.startsWith("quadrant-cli: error: "));
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCli::importPrintsOneSummaryRow()
{
    const QString path = m_dir.filePath(QStringLiteral("import.quadrant"));
    QCOMPARE(cli({QStringLiteral("new"), path}).exitCode, 0);
    const Run run = cli({QStringLiteral("import"),
                         path,
                         QStringLiteral("--kind"),
                         QStringLiteral("events"),
                         QStringLiteral("--file"),
                         dataPath(QStringLiteral("events_utf8.csv"))});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QByteArray("kind\tfile\trows_read\trows_imported\trows_rejected\tseconds"));
    const QList<QByteArray> cells = lines[1].split('\t');
    QCOMPARE(cells[0], QByteArray("events"));
    QCOMPARE(cells[2], QByteArray("3"));
    QCOMPARE(cells[3], QByteArray("3"));
    QCOMPARE(cells[4], QByteArray("0"));
    bool isNumber = false;
    cells[5].toDouble(&isNumber);
    QVERIFY(isNumber);
}

void TestCli::importJsonFormat()
{
    const QString path = m_dir.filePath(QStringLiteral("json.quadrant"));
    QCOMPARE(cli({QStringLiteral("new"), path}).exitCode, 0);
    const Run run = cli({QStringLiteral("import"),
                         path,
                         QStringLiteral("--kind=persons"),
                         QStringLiteral("--file"),
                         dataPath(QStringLiteral("persons.csv")),
                         QStringLiteral("--format"),
                         QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject row = array.first().toObject();
    QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("persons"));
    QCOMPARE(row.value(QStringLiteral("rows_imported")).toInt(), 3);
    QVERIFY(run.out.indexOf("\"kind\"")
            < run.out.indexOf("\"file\"")); // keys keep the column order
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString project = m_dir.filePath(QStringLiteral("bad.quadrant"));
    QFile::remove(project);
    cli({QStringLiteral("new"), project});
    const QString events = dataPath(QStringLiteral("events_utf8.csv"));
    QTest::addRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
    QTest::addRow("unknown option")
        << QStringList{"info", project, "--colour"} << "unknown option --colour";
    QTest::addRow("missing value")
        << QStringList{"import", project, "--kind"} << "--kind needs a value";
    QTest::addRow("bad format") << QStringList{"info", project, "--format", "xml"}
                                << "--format takes tsv or json";
    QTest::addRow("no project") << QStringList{"info"} << "name the project file";
    QTest::addRow("missing project")
        << QStringList{"info", m_dir.filePath("none.quadrant")} << "none.quadrant: no such file";
    QTest::addRow("not a project")
        << QStringList{"info", events} << "events_utf8.csv: not a Quadrant project";
    QTest::addRow("unknown kind")
        << QStringList{"import", project, "--kind", "widgets", "--file", events}
        << "unknown --kind 'widgets'";
    QTest::addRow("missing file")
        << QStringList{"import", project, "--kind", "events", "--file", "/no/such.csv"}
        << "/no/such.csv: no such file";
    QTest::addRow("bad encoding") << QStringList{"import",
                                                 project,
                                                 "--kind",
                                                 "events",
                                                 "--file",
                                                 events,
                                                 "--encoding",
                                                 "ebcdic"}
                                  << "unknown --encoding 'ebcdic'";
    QTest::addRow("bad delimiter")
        << QStringList{"import", project, "--kind", "events", "--file", events, "--delimiter", "x"}
        << "unknown --delimiter 'x'";
    QTest::addRow("bad time format") << QStringList{"import",
                                                    project,
                                                    "--kind",
                                                    "events",
                                                    "--file",
                                                    events,
                                                    "--time-format",
                                                    "whenever"}
                                     << "unknown --time-format 'whenever'";
    QTest::addRow("bad mapping") << QStringList{"import",
                                                project,
                                                "--kind",
                                                "events",
                                                "--file",
                                                events,
                                                "--map",
                                                "event=nope"}
                                 << "events_utf8.csv: no column 'nope'";
    QTest::addRow("empty file") << QStringList{"import",
                                               project,
                                               "--kind",
                                               "events",
                                               "--file",
                                               dataPath("events_empty.csv")}
                                << "events_empty.csv: the file is empty";
    QTest::addRow("every row bad names line and column")
        << QStringList{"import",
                       project,
                       "--kind",
                       "events",
                       "--file",
                       dataPath("events_all_bad.csv")}
        << "events_all_bad.csv:2:3: no row could be imported";
    QTest::addRow("bad sample size")
        << QStringList{"sample", m_dir.filePath("s.quadrant"), "--persons", "many"}
        << "--persons takes a whole number";
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("quadrant-cli: error: "), run.err.constData());
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCli::rejectedRowsAreWarnedWithLineAndColumn()
{
    const QString path = m_dir.filePath(QStringLiteral("warn.quadrant"));
    QCOMPARE(cli({QStringLiteral("new"), path}).exitCode, 0);
    const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
    const Run run = cli({QStringLiteral("import"),
                         path,
                         QStringLiteral("--kind"),
                         QStringLiteral("events"),
                         QStringLiteral("--file"),
                         dataPath(QStringLiteral("events_bad_times.csv")),
                         QStringLiteral("--rejects"),
                         rejects});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("events_bad_times.csv:3:3: rejected (time)"), run.err.constData());
    QVERIFY(run.out.contains("\t6\t2\t4\t"));
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 5);
}

void TestCli::failedCommandChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("unchanged.quadrant"));
    QCOMPARE(cli({QStringLiteral("new"), path}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"),
                  path,
                  QStringLiteral("--kind"),
                  QStringLiteral("events"),
                  QStringLiteral("--file"),
                  dataPath(QStringLiteral("events_utf8.csv"))})
                 .exitCode,
             0);
    const QByteArray before = fileHash(path);
    QCOMPARE(cli({QStringLiteral("import"),
                  path,
                  QStringLiteral("--kind"),
                  QStringLiteral("events"),
                  QStringLiteral("--file"),
                  dataPath(QStringLiteral("events_all_bad.csv"))})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("import"),
                  path,
                  QStringLiteral("--kind"),
                  QStringLiteral("events"),
                  QStringLiteral("--file"),
                  dataPath(QStringLiteral("events_missing_column.csv"))})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("sample"), path}).exitCode, 1);
    QCOMPARE(fileHash(path), before);
}

void TestCli::infoCountsTables()
{
    const QString path = m_dir.filePath(QStringLiteral("info.quadrant"));
    QCOMPARE(cli({QStringLiteral("new"), path}).exitCode, 0);
    cli({QStringLiteral("import"),
         path,
         QStringLiteral("--kind"),
         QStringLiteral("events"),
         QStringLiteral("--file"),
         dataPath(QStringLiteral("events_utf8.csv"))});
    const Run run = cli({QStringLiteral("info"), path});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("table\trows"));
    QVERIFY(lines.contains("events\t3"));
    QVERIFY(lines.contains("persons\t2"));
    QVERIFY(lines.contains("import_log\t1"));
}

void TestCli::sampleIsDeterministic()
{
    const QString a = m_dir.filePath(QStringLiteral("sa.quadrant")),
                  b = m_dir.filePath(QStringLiteral("sb.quadrant"));
    const Run first = cli({QStringLiteral("sample"),
                           a,
                           QStringLiteral("--persons"),
                           QStringLiteral("200"),
                           QStringLiteral("--seed"),
                           QStringLiteral("5")});
    const Run second = cli({QStringLiteral("sample"),
                            b,
                            QStringLiteral("--persons"),
                            QStringLiteral("200"),
                            QStringLiteral("--seed"),
                            QStringLiteral("5")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, second.out);
    QVERIFY(first.out.contains("persons\t200\n"));
}

void TestCli::demoCopyKeepsTheNumbers()
{
    const QString project = m_dir.filePath(QStringLiteral("client.quadrant")),
                  copy = m_dir.filePath(QStringLiteral("client-demo.quadrant"));
    QCOMPARE(
        cli({QStringLiteral("sample"), project, QStringLiteral("--persons"), QStringLiteral("300")})
            .exitCode,
        0);
    const Run run = cli({QStringLiteral("demo-copy"), project, QStringLiteral("--out"), copy});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("project\tpersons\taccounts\temails\tcomments\tfree_text_values\t"
                                "other_values\tleft_out\tbytes\n"),
             run.out.constData());
    // The same funnel, breakdown included (the groups are categories, kept as they were).
    const QStringList funnel{QStringLiteral("funnel"),
                             QString(),
                             QStringLiteral("--steps"),
                             QStringLiteral("signup,activated,purchase"),
                             QStringLiteral("--breakdown"),
                             QStringLiteral("channel")};
    QStringList onProject = funnel, onCopy = funnel;
    onProject[1] = project;
    onCopy[1] = copy;
    const Run before = cli(onProject), after = cli(onCopy);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before.out);
    // A timeline of a person asked by the old id finds nobody: the id is not in the copy.
    const Run old = cli(
        {QStringLiteral("timeline"), copy, QStringLiteral("--person"), QStringLiteral("u00001")});
    QCOMPARE(old.exitCode, 1);
    // The copy may not replace the project.
    const Run onItself
        = cli({QStringLiteral("demo-copy"), project, QStringLiteral("--out"), project});
    QCOMPARE(onItself.exitCode, 1);
    QVERIFY(onItself.err.contains("would replace the project itself"));
    // A folder, or a folder that is not there, is refused before any work, naming the target.
    const Run folder
        = cli({QStringLiteral("demo-copy"), project, QStringLiteral("--out"), m_dir.path()});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(folder.err.contains("is a folder"), folder.err.constData());
    const Run nowhere = cli({QStringLiteral("demo-copy"),
                             project,
                             QStringLiteral("--out"),
                             m_dir.filePath(QStringLiteral("no/such/folder/demo.quadrant"))});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY2(nowhere.err.contains("demo.quadrant: its folder does not exist"),
             nowhere.err.constData());
    QVERIFY(QDir(m_dir.path())
                .entryList({QStringLiteral("*.quadrant-work*")}, QDir::Files | QDir::Hidden)
                .isEmpty());
}

void TestCli::exportedEventsImportBackToTheSameNumbers()
{
    const QString project = m_dir.filePath(QStringLiteral("exported.quadrant")),
                  csv = m_dir.filePath(QStringLiteral("events.csv")),
                  again = m_dir.filePath(QStringLiteral("reimported.quadrant"));
    QCOMPARE(
        cli({QStringLiteral("sample"), project, QStringLiteral("--persons"), QStringLiteral("300")})
            .exitCode,
        0);
    const Run run = cli({QStringLiteral("export-events"), project, QStringLiteral("--out"), csv});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("file\tevents\tproperty_columns\n"), run.out.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("user_id,identity,event,time,source,"));
    // Every event, once: the CSV's rows are the project's events.
    qint64 rows = 0;
    while (!file.atEnd())
        rows += file.readLine().isEmpty() ? 0 : 1;
    {
        Quadrant::ProjectStore store;
        QVERIFY(!store.open(project, Quadrant::ProjectStore::Access::ReadOnly));
        QCOMPARE(rows,
                 Quadrant::Test::scalar(store, QStringLiteral("SELECT count(*) FROM events"))
                     .toLongLong());
    }
    QCOMPARE(cli({QStringLiteral("new"), again}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"),
                  again,
                  QStringLiteral("--kind"),
                  QStringLiteral("events"),
                  QStringLiteral("--file"),
                  csv})
                 .exitCode,
             0);
    for (const QStringList &analysis :
         {QStringList{QStringLiteral("funnel"),
                      QStringLiteral("--steps"),
                      QStringLiteral("signup,onboarding_done,activated,purchase"),
                      QStringLiteral("--breakdown"),
                      QStringLiteral("event.plan")},
          QStringList{QStringLiteral("retention"),
                      QStringLiteral("--start"),
                      QStringLiteral("signup"),
                      QStringLiteral("--return"),
                      QStringLiteral("*")},
          QStringList{QStringLiteral("funnel"),
                      QStringLiteral("--steps"),
                      QStringLiteral("signup,purchase"),
                      QStringLiteral("--hold"),
                      QStringLiteral("account_id")}}) {
        QStringList onProject = analysis, onCopy = analysis;
        onProject.insert(1, project);
        onCopy.insert(1, again);
        const Run before = cli(onProject), after = cli(onCopy);
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(after.out, before.out);
    }
    // Not over the project, and only as CSV.
    QCOMPARE(
        cli({QStringLiteral("export-events"), project, QStringLiteral("--out"), project}).exitCode,
        1);
    const Run xlsx = cli({QStringLiteral("export-events"),
                          project,
                          QStringLiteral("--out"),
                          m_dir.filePath(QStringLiteral("events.xlsx"))});
    QCOMPARE(xlsx.exitCode, 1);
    QVERIFY(xlsx.err.contains("events export as .csv"));
}

// Issue #23: export-events wrote formula cells as they were; a spreadsheet opening it ran them.
void TestCli::exportedEventsNeutraliseFormulas()
{
    const QString project = m_dir.filePath(QStringLiteral("formulas.quadrant")),
                  events = m_dir.filePath(QStringLiteral("formulas.csv")),
                  safe = m_dir.filePath(QStringLiteral("formulas-out.csv")),
                  raw = m_dir.filePath(QStringLiteral("formulas-raw.csv"));
    Quadrant::Test::writeFile(
        events,
        "user_id,event,time,note,amount\n"
        "u1,login,2026-09-01T10:00:00Z,\"=HYPERLINK(\"\"http://x\"\")\",-12.5\n"
        "u2,login,2026-09-01T11:00:00Z,@SUM(A1),+3\n");
    QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"),
                  project,
                  QStringLiteral("--kind"),
                  QStringLiteral("events"),
                  QStringLiteral("--file"),
                  events})
                 .exitCode,
             0);
    QCOMPARE(
        cli({QStringLiteral("export-events"), project, QStringLiteral("--out"), safe}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("export-events"),
                  project,
                  QStringLiteral("--out"),
                  raw,
                  QStringLiteral("--raw-values")})
                 .exitCode,
             0);
    QFile safeFile(safe), rawFile(raw);
    QVERIFY(safeFile.open(QIODevice::ReadOnly) && rawFile.open(QIODevice::ReadOnly));
    const QByteArray neutral = safeFile.readAll(), exact = rawFile.readAll();
    QVERIFY2(neutral.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), neutral.constData());
    QVERIFY2(neutral.contains("'@SUM(A1)"), neutral.constData());
    QVERIFY2(neutral.contains(",-12.5") || neutral.contains(",-12.5\r"), neutral.constData());
    QVERIFY2(!neutral.contains(",=") && !neutral.contains(",@"), neutral.constData());
    QVERIFY2(exact.contains("\"=HYPERLINK(\"\"http://x\"\")\""), exact.constData());
    QVERIFY2(exact.contains(",@SUM(A1)"), exact.constData());
}

void TestCli::statsLines()
{
    const QString path = m_dir.filePath(QStringLiteral("stats.quadrant"));
    QCOMPARE(cli({QStringLiteral("new"), path}).exitCode, 0);
    const Run run = cli({QStringLiteral("info"), path, QStringLiteral("--stats")});
    QCOMPARE(run.exitCode, 0);
    for (const char *stat : {"stat open_seconds ", "stat query_seconds ", "stat peak_rss_mb "})
        QVERIFY2(run.err.contains(stat), stat);
}

void TestCli::lockedProject()
{
    const QString path = newProject(m_dir, QStringLiteral("locked.quadrant"));
    Quadrant::ProjectStore holder;
    QVERIFY(!holder.open(path));
    const Run run = cli({QStringLiteral("import"),
                         path,
                         QStringLiteral("--kind"),
                         QStringLiteral("events"),
                         QStringLiteral("--file"),
                         dataPath(QStringLiteral("events_utf8.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("in use by "), run.err.constData());
    // Reading still works while another program writes.
    QCOMPARE(cli({QStringLiteral("info"), path}).exitCode, 0);
}

void TestCli::analysesOnTheSample_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("header");
    QTest::addRow("funnel")
        << QStringList{"funnel", "--steps", "signup,onboarding_done,activated", "--window", "14d"}
        << "breakdown\tstep\tevent\tpersons\tconversion_from_start\tconversion_from_previous\t"
           "median_seconds_from_start\tmedian_seconds_from_previous";
    QTest::addRow("funnel breakdown")
        << QStringList{"funnel", "--steps", "signup,activated", "--breakdown", "role"}
        << "breakdown\tstep\tevent\tpersons";
    QTest::addRow("retention")
        << QStringList{"retention", "--start", "signup", "--return", "*", "--period", "week"}
        << "breakdown\tcohort\tcohort_size\tperiod\tpersons\trate";
    QTest::addRow("paths") << QStringList{"paths", "--start", "login", "--depth", "3"}
                           << "step\tfrom_event\tto_event\tsequences";
    QTest::addRow("heatmap")
        << QStringList{"heatmap", "--kind", "activity", "--tz", "America/New_York"}
        << "row\tcolumn\tvalue";
    QTest::addRow("adoption") << QStringList{"heatmap", "--kind", "adoption", "--by", "role"}
                              << "row\tcolumn\tvalue";
    QTest::addRow("trend")
        << QStringList{"trend", "--event", "login", "--measure", "persons", "--interval", "week"}
        << "breakdown\tperiod\tvalue";
    QTest::addRow("ab") << QStringList{"ab",
                                       "--variant-property",
                                       "pricing_test",
                                       "--control",
                                       "A",
                                       "--conversion",
                                       "purchase"}
                        << "variant\tpersons\tconverters\trate\tstddev\tlift\tz\tp_value\tci_"
                           "low\tci_high\tprob_best\tsrm_p_value";
    QTest::addRow("accounts") << QStringList{"accounts"}
                              << "account\tname\tindustry\tplan\tarr\tseats\tactive_persons\t"
                                 "health\tband\ttrend\trenewal_date\tnps";
    QTest::addRow("health") << QStringList{"health", "--model", "Account health"}
                            << "account\tscore\tband\ttrend\tseat_use\tusage_trend\t"
                               "key_features\tnps\trenewal";
    QTest::addRow("quadrant") << QStringList{"quadrant", "--as-of", "2026-10-15"}
                              << "account\thealth\texpansion\tquadrant\trenewal_date\tarr";
    QTest::addRow("pipeline")
        << QStringList{"pipeline", "--by", "account.industry"}
        << "group\tdeals\topen\twon\tlost\twin_rate\twon_revenue\tavg_won\t"
           "cycle_days_mean_won\tcycle_days_median_won\tcycle_days_mean_closed";
    QTest::addRow("roi") << QStringList{"roi", "--from", "2026-09-01", "--to", "2026-09-30"}
                         << "channel\tspend\tleads\tdeals\twon\twon_revenue\tcost_per_lead\t"
                            "cost_per_won\troi";
    QTest::addRow("leads") << QStringList{"leads", "--days", "14", "--top", "20"}
                           << "lead\tuser_id\taccount\tscore\tbehaviour\tfit\treactivated\t"
                              "reasons";
    QTest::addRow("timeline of a person") << QStringList{"timeline", "--person", "u00003"}
                                          << "time\tkind\tperson\twhat\tsource\tdetails";
    QTest::addRow("timeline of an account") << QStringList{"timeline", "--account", "acc-0001"}
                                            << "time\tkind\tperson\twhat\tsource\tdetails";
    QTest::addRow("persons of a retention cell")
        << QStringList{"retention", "--start", "signup", "--return", "*", "--persons-in", "all,1"}
        << "user_id";
    QTest::addRow("drop-off of one group") << QStringList{"funnel",
                                                          "--steps",
                                                          "signup,activated",
                                                          "--breakdown",
                                                          "channel",
                                                          "--dropped-at",
                                                          "2",
                                                          "--dropped-group",
                                                          "organic"}
                                           << "user_id";
}

void TestCli::analysesOnTheSample()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, header);
    const QString project = m_dir.filePath(QStringLiteral("analyses.quadrant"));
    if (!QFileInfo::exists(project))
        QCOMPARE(cli({QStringLiteral("sample"),
                      project,
                      QStringLiteral("--persons"),
                      QStringLiteral("600")})
                     .exitCode,
                 0);
    QStringList call = arguments;
    call.insert(1, project);
    const Run run = cli(call);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith(header.toUtf8()), run.out.left(200).constData());
    QVERIFY(run.out.count('\n') >= 2);
    // JSON carries the same records.
    const Run json = cli(call + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), run.out.count('\n') - 1);
}

void TestCli::analysisErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown step") << QStringList{"funnel", "--steps", "signup,teleported"}
                                  << "unknown event 'teleported'";
    QTest::addRow("one step") << QStringList{"funnel", "--steps", "signup"}
                              << "at least two events";
    QTest::addRow("bad window")
        << QStringList{"funnel", "--steps", "signup,login", "--window", "a week"}
        << "--window wants a duration";
    QTest::addRow("bad date")
        << QStringList{"funnel", "--steps", "signup,login", "--from", "2024-02-30"}
        << "--from wants a date";
    QTest::addRow("bad exclusion")
        << QStringList{"funnel", "--steps", "signup,login", "--exclude", "search@5"}
        << "between step i and i + 1";
    QTest::addRow("retention without return")
        << QStringList{"retention", "--start", "signup"} << "--return";
    QTest::addRow("bad period")
        << QStringList{"retention", "--start", "signup", "--return", "*", "--period", "year"}
        << "--period takes";
    QTest::addRow("bad time zone")
        << QStringList{"heatmap", "--tz", "Mars/Olympus"} << "unknown time zone 'Mars/Olympus'";
    QTest::addRow("unknown pipeline field")
        << QStringList{"pipeline", "--by", "horoscope"} << "no deal has a field 'horoscope'";
    QTest::addRow("unknown health model")
        << QStringList{"health", "--model", "Nope"} << "no health model named 'Nope'";
    QTest::addRow("unknown account")
        << QStringList{"report", "--account", "acc-9999", "--out", "/tmp/none.pdf"}
        << "no account 'acc-9999'";
    QTest::addRow("bad as-of") << QStringList{"accounts", "--as-of", "yesterday"}
                               << "--as-of wants a date";
    QTest::addRow("bad threshold")
        << QStringList{"quadrant", "--health-threshold", "120"} << "--health-threshold";
    QTest::addRow("unknown control") << QStringList{"ab",
                                                    "--variant-property",
                                                    "pricing_test",
                                                    "--control",
                                                    "Z",
                                                    "--conversion",
                                                    "purchase"}
                                     << "no person saw the control 'Z'";
    QTest::addRow("both anchors") << QStringList{"paths", "--start", "login", "--end", "login"}
                                  << "exactly one of";
    QTest::addRow("bad measure") << QStringList{"trend", "--event", "login", "--measure", "median"}
                                 << "--measure takes";
    QTest::addRow("timeline of nobody")
        << QStringList{"timeline", "--person", "nobody"} << "no person 'nobody'";
    QTest::addRow("timeline of both")
        << QStringList{"timeline", "--person", "u00003", "--account", "acc-0001"}
        << "exactly one of";
    QTest::addRow("bad cell") << QStringList{"retention",
                                             "--start",
                                             "signup",
                                             "--return",
                                             "*",
                                             "--persons-in",
                                             "2026-08-10"}
                              << "--persons-in wants COHORT_DATE,PERIOD";
    QTest::addRow("group without breakdown") << QStringList{"funnel",
                                                            "--steps",
                                                            "signup,activated",
                                                            "--dropped-at",
                                                            "2",
                                                            "--dropped-group",
                                                            "organic"}
                                             << "--dropped-group needs --breakdown";
    QTest::addRow("report without out") << QStringList{"report"} << "report wants --out FILE.pdf";
    QTest::addRow("report of an unknown analysis")
        << QStringList{"report", "--out", "x.pdf", "--analysis", "Nope"}
        << "no saved analysis named 'Nope'";
    QTest::addRow("metric conversion") << QStringList{"ab",
                                                      "--variant-property",
                                                      "pricing_test",
                                                      "--control",
                                                      "A",
                                                      "--metric",
                                                      "conversion"}
                                       << "use --conversion EVENT";
}

void TestCli::analysisErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString project = m_dir.filePath(QStringLiteral("analyses.quadrant"));
    if (!QFileInfo::exists(project))
        QCOMPARE(cli({QStringLiteral("sample"),
                      project,
                      QStringLiteral("--persons"),
                      QStringLiteral("600")})
                     .exitCode,
                 0);
    QStringList call = arguments;
    call.insert(1, project);
    const Run run = cli(call);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.err.contains("quadrant-cli: error: "));
}

void TestCli::retentionCellPersonsAreTheCellsCount()
{
    const QString project = m_dir.filePath(QStringLiteral("analyses.quadrant"));
    if (!QFileInfo::exists(project))
        QCOMPARE(cli({QStringLiteral("sample"),
                      project,
                      QStringLiteral("--persons"),
                      QStringLiteral("600")})
                     .exitCode,
                 0);
    const QStringList base{QStringLiteral("retention"),
                           project,
                           QStringLiteral("--start"),
                           QStringLiteral("signup"),
                           QStringLiteral("--return"),
                           QStringLiteral("*")};
    const Run grid = cli(base + QStringList{QStringLiteral("--summary")});
    QCOMPARE(grid.exitCode, 0);
    int checked = 0;
    // Every cell of the first cohort and of the pooled row, period 0 to 3.
    const QList<QByteArray> lines = grid.out.split('\n');
    const QByteArray firstCohort = lines.value(1).split('\t').value(1);
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() < 6 || (cells[1] != firstCohort && cells[1] != "all")
            || cells[3].toInt() > 3)
            continue;
        const Run members = cli(base
                                + QStringList{QStringLiteral("--persons-in"),
                                              QString::fromUtf8(cells[1] + ',' + cells[3])});
        QCOMPARE(members.exitCode, 0);
        QCOMPARE(qint64(members.out.count('\n') - 1), cells[4].toLongLong());
        ++checked;
    }
    QCOMPARE(checked, 8);
}

void TestCli::crmExportsImportAndAnswer()
{
    // Deals and accounts exported from a CRM nobody here wrote: its own column names (mapped
    // without --map), a deal stage "Won", open opportunities without an account, licenses as
    // seats, unmapped columns kept as properties for --by.
    const QString project = m_dir.filePath(QStringLiteral("crm.quadrant"));
    QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
    const Run accounts = cli({QStringLiteral("import"),
                              project,
                              QStringLiteral("--kind"),
                              QStringLiteral("accounts"),
                              QStringLiteral("--file"),
                              dataPath(QStringLiteral("crm_export_accounts.csv"))});
    QVERIFY2(accounts.exitCode == 0, accounts.err.constData());
    const Run deals = cli({QStringLiteral("import"),
                           project,
                           QStringLiteral("--kind"),
                           QStringLiteral("deals"),
                           QStringLiteral("--file"),
                           dataPath(QStringLiteral("crm_export_pipeline.csv"))});
    QVERIFY2(deals.exitCode == 0, deals.err.constData());
    QVERIFY2(deals.out.contains("\t14\t14\t0\t"), deals.out.constData());

    const Run byAgent = cli({QStringLiteral("pipeline"),
                             project,
                             QStringLiteral("--by"),
                             QStringLiteral("sales_agent"),
                             QStringLiteral("--format"),
                             QStringLiteral("json")});
    QVERIFY2(byAgent.exitCode == 0, byAgent.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(byAgent.out).array();
    QJsonObject moses;
    for (const QJsonValue &row : rows)
        if (row.toObject().value(QStringLiteral("group")).toString()
            == QLatin1String("Moses Frase"))
            moses = row.toObject();
    QCOMPARE(moses.value(QStringLiteral("deals")).toInt(), 3);
    QCOMPARE(moses.value(QStringLiteral("won")).toInt(), 2);
    QCOMPARE(moses.value(QStringLiteral("open")).toInt(), 1);
    QCOMPARE(moses.value(QStringLiteral("won_revenue")).toDouble(), 1054.0 + 588.0);

    // account.FIELD reaches the accounts' sector (industry), deals without an account form
    // "(none)".
    const Run bySector = cli({QStringLiteral("pipeline"),
                              project,
                              QStringLiteral("--by"),
                              QStringLiteral("account.industry")});
    QVERIFY2(bySector.exitCode == 0, bySector.err.constData());
    QVERIFY(bySector.out.contains("\nretail\t4\t0\t4\t0\t1\t"));
    QVERIFY(bySector.out.contains("\n(none)\t2\t1\t0\t1\t0\t"));
    const Run byEmployees = cli({QStringLiteral("pipeline"),
                                 project,
                                 QStringLiteral("--by"),
                                 QStringLiteral("account.subsidiary_of")});
    QVERIFY2(byEmployees.exitCode == 0, byEmployees.err.constData());
    QVERIFY(byEmployees.out.contains("Acme Corporation\t1\t"));

    // Without events there is still a health score, of the measures with data: seat use (40
    // licenses, nobody active: 0) and renewal.
    const Run health = cli({QStringLiteral("accounts"),
                            project,
                            QStringLiteral("--as-of"),
                            QStringLiteral("2017-03-31"),
                            QStringLiteral("--format"),
                            QStringLiteral("json")});
    QVERIFY2(health.exitCode == 0, health.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(health.out).array();
    QCOMPARE(listed.size(), 10);
    for (const QJsonValue &value : listed) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("account")).toString() == QLatin1String("Cancity")) {
            QCOMPARE(row.value(QStringLiteral("seats")).toDouble(), 40.0);
            QCOMPARE(row.value(QStringLiteral("industry")).toString(), QStringLiteral("retail"));
            // 2017-06-30 is 90 days after the end of 2017-03-31: renewal 50; (0 + 50) / 2.
            QCOMPARE(row.value(QStringLiteral("health")).toDouble(), 25.0);
        }
        if (row.value(QStringLiteral("account")).toString() == QLatin1String("J-Texon"))
            QVERIFY(row.value(QStringLiteral("health")).isNull()); // nothing to score: no score
    }
}

void TestCli::perPersonAbMatchesScipy()
{
    // One row per player, no time (tests/data/ab_per_person.py wrote it and what scipy says):
    // imported as persons, the variant and the outcomes are person properties.
    const QString project = m_dir.filePath(QStringLiteral("perperson.quadrant"));
    QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
    const Run imported = cli({QStringLiteral("import"),
                              project,
                              QStringLiteral("--kind"),
                              QStringLiteral("persons"),
                              QStringLiteral("--file"),
                              dataPath(QStringLiteral("ab_per_person.csv"))});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    auto ab = [&](const QString &flag, const QString &property) {
        const Run run = cli({QStringLiteral("ab"),
                             project,
                             QStringLiteral("--variant-property"),
                             QStringLiteral("version"),
                             QStringLiteral("--control"),
                             QStringLiteral("gate_30"),
                             flag,
                             property,
                             QStringLiteral("--format"),
                             QStringLiteral("json")});
        [&] { QVERIFY2(run.exitCode == 0, run.err.constData()); }();
        return QJsonDocument::fromJson(run.out).array();
    };
    auto close = [](double actual, double expected) {
        return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
    };
    // scipy: chi2_contingency(correction=False) p and the pooled z; ttest_ind(equal_var=False).
    const QJsonArray r7
        = ab(QStringLiteral("--conversion-property"), QStringLiteral("retention_7"));
    QCOMPARE(r7.size(), 2);
    QCOMPARE(r7[0][QStringLiteral("persons")].toInt(), 596);
    QCOMPARE(r7[1][QStringLiteral("persons")].toInt(), 604);
    QCOMPARE(r7[0][QStringLiteral("converters")].toInt(), 113);
    QCOMPARE(r7[1][QStringLiteral("converters")].toInt(), 102);
    QVERIFY(close(r7[1][QStringLiteral("z")].toDouble(), -0.9359453826618247));
    QVERIFY(close(r7[1][QStringLiteral("p_value")].toDouble(), 0.34930130930261305));
    const QJsonArray r1
        = ab(QStringLiteral("--conversion-property"), QStringLiteral("retention_1"));
    QVERIFY(close(r1[1][QStringLiteral("z")].toDouble(), -0.8429757663831919));
    QVERIFY(close(r1[1][QStringLiteral("p_value")].toDouble(), 0.39924199716328057));
    const QJsonArray rounds
        = ab(QStringLiteral("--metric-property"), QStringLiteral("sum_gamerounds"));
    QVERIFY(close(rounds[0][QStringLiteral("mean")].toDouble(), 49.53691275167785));
    QVERIFY(close(rounds[1][QStringLiteral("mean")].toDouble(), 49.47185430463576));
    QVERIFY(close(rounds[1][QStringLiteral("t")].toDouble(), -0.022714107627887992));
    QVERIFY(close(rounds[1][QStringLiteral("p_value")].toDouble(), 0.9818821050372276));

    // Values that are not what the flag reads are refused, naming the property and the value.
    const Run notYesNo = cli({QStringLiteral("ab"),
                              project,
                              QStringLiteral("--variant-property"),
                              QStringLiteral("version"),
                              QStringLiteral("--control"),
                              QStringLiteral("gate_30"),
                              QStringLiteral("--conversion-property"),
                              QStringLiteral("sum_gamerounds")});
    QCOMPARE(notYesNo.exitCode, 1);
    QVERIFY2(notYesNo.err.contains("'sum_gamerounds'") && notYesNo.err.contains("yes/no"),
             notYesNo.err.constData());
    const Run notNumber = cli({QStringLiteral("ab"),
                               project,
                               QStringLiteral("--variant-property"),
                               QStringLiteral("version"),
                               QStringLiteral("--control"),
                               QStringLiteral("gate_30"),
                               QStringLiteral("--metric-property"),
                               QStringLiteral("retention_7")});
    QCOMPARE(notNumber.exitCode, 1);
    QVERIFY2(notNumber.err.contains("not a number"), notNumber.err.constData());
}

void TestCli::personPropertyFiltersMatchBreakdowns()
{
    // A step filter on a person property (signup[person.plan=pro]) keeps the persons of the
    // breakdown's "pro" group: the same counts, step by step.
    const QString project = m_dir.filePath(QStringLiteral("personfilter.quadrant"));
    QCOMPARE(
        cli({QStringLiteral("sample"), project, QStringLiteral("--persons"), QStringLiteral("600")})
            .exitCode,
        0);
    const Run byPlan = cli({QStringLiteral("funnel"),
                            project,
                            QStringLiteral("--steps"),
                            QStringLiteral("signup,activated,purchase"),
                            QStringLiteral("--breakdown"),
                            QStringLiteral("person.plan")});
    QCOMPARE(byPlan.exitCode, 0);
    for (const QString &plan : {QStringLiteral("pro"), QStringLiteral("free")}) {
        const Run filtered
            = cli({QStringLiteral("funnel"),
                   project,
                   QStringLiteral("--steps"),
                   QStringLiteral("signup[person.plan=%1],activated,purchase").arg(plan)});
        QVERIFY2(filtered.exitCode == 0, filtered.err.constData());
        QStringList expected, actual;
        for (const QByteArray &line : byPlan.out.split('\n'))
            if (line.startsWith(plan.toUtf8() + '\t'))
                expected << QString::fromUtf8(line).section(QLatin1Char('\t'), 3, 3);
        for (const QByteArray &line : filtered.out.split('\n').mid(1))
            if (!line.isEmpty())
                actual << QString::fromUtf8(line).section(QLatin1Char('\t'), 3, 3);
        QCOMPARE(actual.size(), 3);
        QCOMPARE(actual, expected);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
