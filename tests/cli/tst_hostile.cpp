// SPDX-License-Identifier: MIT
// quadrant-cli against a hostile user: the faults found by probing it (issue #10), each as a
// regression test. Every failure is exit 1 with one line; nothing in the project is lost.
#include "import/xlsxreader.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <unistd.h>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

// The 0-based page numbers of the last leaf page of the two tables with the most leaf pages
// (rowid tables other than the event blocks, whose blocks carry checksums of their own).
QList<qint64> lastLeafPagesOfTwoTables(const QString &path)
{
    QList<qint64> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral(
                "SELECT max(pageno) - 1 FROM dbstat WHERE pagetype = 'leaf' AND name IN "
                "(SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN "
                "('event_blocks', 'project_meta', 'cohort_members') AND name NOT LIKE 'sqlite%') "
                "GROUP BY name HAVING count(*) >= 2 ORDER BY count(*) DESC LIMIT 2"));
            while (query.next())
                pages << query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("p"));
    return pages;
}

// A zip with the given parts, each stored deflated.
void writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const auto &[name, bytes] : parts) {
        QuaZipFile part(&zip);
        QVERIFY(part.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 9));
        QCOMPARE(part.write(bytes), bytes.size());
        part.close();
    }
    zip.close();
}

const QByteArray s_workbook = "<?xml version=\"1.0\"?><workbook><sheets><sheet name=\"S\" "
                              "sheetId=\"1\"/></sheets></workbook>";
const QByteArray s_sheet
    = "<?xml version=\"1.0\"?><worksheet><sheetData>"
      "<row r=\"1\"><c t=\"inlineStr\"><is><t>user_id</t></is></c><c "
      "t=\"inlineStr\"><is><t>event</t>"
      "</is></c><c t=\"inlineStr\"><is><t>time</t></is></c></row>"
      "<row r=\"2\"><c t=\"inlineStr\"><is><t>u1</t></is></c><c t=\"inlineStr\"><is><t>x</t></is>"
      "</c><c t=\"inlineStr\"><is><t>2026-01-01</t></is></c></row></sheetData></worksheet>";

double statOf(const QByteArray &err, const QByteArray &name)
{
    for (const QByteArray &line : err.split('\n'))
        if (line.startsWith("stat " + name + ' '))
            return line.mid(6 + name.size()).toDouble();
    return -1;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void outputsNeverReplaceWhatTheyRead_data();
    void outputsNeverReplaceWhatTheyRead();
    void damagedProjectsAreNamedOnEveryCommand_data();
    void damagedProjectsAreNamedOnEveryCommand();
    void numbersAreRangeChecked_data();
    void numbersAreRangeChecked();
    void timesOutsideTheCalendarAreRejected();
    void xlsxBombsStopEarly_data();
    void xlsxBombsStopEarly();
    void jsonLinesWithAHugeFirstLine();
    void errorLinesAreOneLineAndShort();
    void controlCharactersAreEscaped();
    void sampleOnAFullDiskLeavesNoFile();
    void walProjectsGetNoSideFiles();
    void readOnlyCommandsNeverWrite();
    void infoRefusesCountsTheAnalysesRefuse_data();
    void infoRefusesCountsTheAnalysesRefuse();
    void everySourceIsItsOwnGroup();
    void aSourceBeyondTheIndexIsRefusedAtImport();
    void hugeCsvHeadersStopAtTheColumnLimit_data();
    void hugeCsvHeadersStopAtTheColumnLimit();
    void unreadableLinesSayWhatHappened_data();
    void unreadableLinesSayWhatHappened();
    void rowsWithoutAUserOrEventAreCounted();

private:
    QString copyOfSample(const QString &name);

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_events;
};

void TestHostile::initTestCase()
{
    m_sample = m_dir.filePath(QStringLiteral("sample.quadrant"));
    makeSampleProject(m_sample, 200);
    m_events = m_dir.filePath(QStringLiteral("events.csv"));
    writeFile(m_events, "user_id,event,time\nu1,login,2026-09-01T10:00:00Z\nu2,login,not a time\n");
}

QString TestHostile::copyOfSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_sample, path);
    return path;
}

void TestHostile::outputsNeverReplaceWhatTheyRead_data()
{
    QTest::addColumn<QString>("target"); // what the output option names, relative to the folder
    QTest::addColumn<QString>("command");
    QTest::newRow("--rejects: the project") << "project.quadrant"
                                            << "import";
    QTest::newRow("--rejects: its journal") << "project.quadrant-journal"
                                            << "import";
    QTest::newRow("--rejects: its lock") << "project.quadrant.lock"
                                         << "import";
    QTest::newRow("--rejects: the input") << "events.csv"
                                          << "import";
    QTest::newRow("--rejects: the input, other case") << "EVENTS.CSV"
                                                      << "import";
    QTest::newRow("--rejects: a symlink to the project") << "link.csv"
                                                         << "import";
    QTest::newRow("--rejects: a hard link to the project") << "hard.csv"
                                                           << "import";
    QTest::newRow("render --out: a symlink to the project") << "link.png"
                                                            << "render";
    QTest::newRow("render --out: a hard link to the project") << "hard.png"
                                                              << "render";
    QTest::newRow("report --out: a symlink to the project") << "link.pdf"
                                                            << "report";
    QTest::newRow("save-as --out: its journal") << "project.quadrant-journal"
                                                << "save-as";
}

void TestHostile::outputsNeverReplaceWhatTheyRead()
{
    QFETCH(QString, target);
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project.quadrant"));
    QVERIFY(QFile::copy(m_sample, project));
    const QString events = dir.filePath(QStringLiteral("events.csv"));
    QVERIFY(QFile::copy(m_events, events));
    QVERIFY(QFile::link(project, dir.filePath(QStringLiteral("link.csv"))));
    for (const char *name : {"link.png", "link.pdf"})
        QVERIFY(QFile::link(project, dir.filePath(QString::fromLatin1(name))));
    for (const char *name : {"hard.csv", "hard.png"})
        QCOMPARE(::link(QFile::encodeName(project).constData(),
                        QFile::encodeName(dir.filePath(QString::fromLatin1(name))).constData()),
                 0);
    const QByteArray projectBefore = fileHash(project), eventsBefore = fileHash(events);

    const QString output = dir.filePath(target);
    CliRun run;
    if (command == QLatin1String("import"))
        run = runCli({QStringLiteral("import"),
                      project,
                      QStringLiteral("--kind"),
                      QStringLiteral("events"),
                      QStringLiteral("--file"),
                      events,
                      QStringLiteral("--rejects"),
                      output});
    else if (command == QLatin1String("render"))
        run = runCli({QStringLiteral("render"),
                      project,
                      QStringLiteral("--analysis"),
                      QStringLiteral("Onboarding funnel"),
                      QStringLiteral("--out"),
                      output});
    else if (command == QLatin1String("report"))
        run = runCli({QStringLiteral("report"), project, QStringLiteral("--out"), output});
    else
        run = runCli({QStringLiteral("save-as"), project, QStringLiteral("--out"), output});
    expectOneLineError(run, "refusing to write here");
    QCOMPARE(fileHash(project), projectBefore);
    QCOMPARE(fileHash(events), eventsBefore);
    QVERIFY(!QFileInfo::exists(project + QStringLiteral(".lock")));
}

void TestHostile::damagedProjectsAreNamedOnEveryCommand_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("command");
    const QStringList commands[] = {
        {QStringLiteral("info")},
        {QStringLiteral("analyses")},
        {QStringLiteral("funnel"), QStringLiteral("--steps"), QStringLiteral("signup,purchase")},
        {QStringLiteral("trend"), QStringLiteral("--event"), QStringLiteral("login")},
        {QStringLiteral("retention"),
         QStringLiteral("--start"),
         QStringLiteral("signup"),
         QStringLiteral("--return"),
         QStringLiteral("login")},
        {QStringLiteral("export-events"), QStringLiteral("--out"), QStringLiteral("OUT.csv")},
        {QStringLiteral("timeline"), QStringLiteral("--person"), QStringLiteral("u00003")},
        {QStringLiteral("render"),
         QStringLiteral("--analysis"),
         QStringLiteral("Onboarding funnel"),
         QStringLiteral("--out"),
         QStringLiteral("OUT.png")},
        {QStringLiteral("import"),
         QStringLiteral("--kind"),
         QStringLiteral("events"),
         QStringLiteral("--file"),
         QStringLiteral("EVENTS")},
    };
    for (const char *damage : {"header", "page 1", "every table page", "swapped table pages"})
        for (const QStringList &command : commands)
            QTest::addRow("%s, %s", damage, qPrintable(command.first()))
                << QString::fromLatin1(damage) << command;
}

void TestHostile::damagedProjectsAreNamedOnEveryCommand()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, command);
    const QString project = copyOfSample(QStringLiteral("damaged.quadrant"));
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const int pageSize = 8192;
    if (damage == QLatin1String("header")) {
        for (int i = 16; i < 24; ++i)
            bytes[i] = char(0xff); // page size, format versions
    } else if (damage == QLatin1String("page 1")) {
        for (int i = 120; i < pageSize; ++i)
            bytes[i] = char((i * 7919) & 0xff); // the schema table's page
    } else if (damage == QLatin1String("swapped table pages")) {
        // A leaf page of one table swapped with one of another (a damaged copy, a remapped
        // sector): no SQLite error on reading either, only the other table's rows in it, and
        // wrong counts with exit 0 until read-only opens checked the tables (issue #23, fault 6).
        const QList<qint64> pages = lastLeafPagesOfTwoTables(project);
        QCOMPARE(pages.size(), 2);
        const QByteArray first = bytes.mid(pages[0] * pageSize, pageSize);
        bytes.replace(pages[0] * pageSize, pageSize, bytes.mid(pages[1] * pageSize, pageSize));
        bytes.replace(pages[1] * pageSize, pageSize, first);
    } else {
        // The start of every page but the first (b-tree headers, cell pointers, overflow links):
        // whatever a command reads, it meets damage.
        for (int page = 1; page < bytes.size() / pageSize; ++page)
            for (int i = 0; i < 100; ++i)
                bytes[page * pageSize + i] = char((page * 31 + i * 17) & 0xff);
    }
    file.seek(0);
    file.write(bytes);
    file.close();
    const QByteArray before = fileHash(project);
    QStringList arguments{command.first(), project};
    for (QString argument : command.mid(1))
        arguments << argument.replace(QStringLiteral("OUT"), m_dir.filePath(QStringLiteral("out")))
                         .replace(QStringLiteral("EVENTS"), m_events);
    const CliRun run = runCli(arguments);
    expectOneLineError(run, "damaged");
    QCOMPARE(fileHash(project), before);
}

void TestHostile::numbersAreRangeChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString p = m_sample;
    auto size = [](const char *option, const char *value) {
        return QStringList{"sample-size", "--baseline", "0.1", "--mde", "0.02", option, value};
    };
    QTest::newRow("alpha 0") << size("--alpha", "0")
                             << "--alpha takes a number strictly between 0 and 1";
    QTest::newRow("alpha 2") << size("--alpha", "2")
                             << "--alpha takes a number strictly between 0 and 1";
    QTest::newRow("alpha nan") << size("--alpha", "nan") << "--alpha takes a number";
    QTest::newRow("power 0") << size("--power", "0")
                             << "--power takes a number strictly between 0 and 1";
    QTest::newRow("power 1") << size("--power", "1")
                             << "--power takes a number strictly between 0 and 1";
    QTest::newRow("alpha tiny") << size("--alpha", "1e-300") << "persons per variant";
    QTest::newRow("mde tiny") << QStringList{"sample-size", "--baseline", "0.1", "--mde", "1e-300"}
                              << "persons per variant";
    QTest::newRow("baseline inf")
        << QStringList{"sample-size", "--baseline", "inf", "--mde", "0.01"} << "--baseline takes";
    QTest::newRow("persons huge") << QStringList{"sample",
                                                 m_dir.filePath("n.quadrant"),
                                                 "--persons",
                                                 "99999999999"}
                                  << "--persons takes a whole number from 10 to 1000000";
    QTest::newRow("seed negative")
        << QStringList{"sample", m_dir.filePath("n.quadrant"), "--seed", "-1"} << "--seed takes";
    QTest::newRow("periods")
        << QStringList{"retention", p, "--start", "signup", "--return", "*", "--periods", "1e9"}
        << "--periods takes";
    QTest::newRow("depth") << QStringList{"paths", p, "--start", "signup", "--depth", "0"}
                           << "--depth takes a whole number from 1 to 20";
    QTest::newRow("min weight")
        << QStringList{"paths", p, "--start", "signup", "--min-weight", "-5"}
        << "--min-weight takes";
    QTest::newRow("limit") << QStringList{"timeline", p, "--person", "u00003", "--limit", "0"}
                           << "--limit takes";
    QTest::newRow("width") << QStringList{"render",
                                          p,
                                          "--analysis",
                                          "x",
                                          "--out",
                                          "x.png",
                                          "--width",
                                          "99999999999999999999"}
                           << "--width takes";
    QTest::newRow("window") << QStringList{"funnel",
                                           p,
                                           "--steps",
                                           "signup,purchase",
                                           "--window",
                                           "99999999999999999999w"}
                            << "--window wants";
    QTest::newRow("dropped at")
        << QStringList{"funnel", p, "--steps", "signup,purchase", "--dropped-at", "9"}
        << "--dropped-at takes a whole number from 2 to 2";
    QTest::newRow("split") << QStringList{"ab",
                                          p,
                                          "--variant-property",
                                          "pricing_test",
                                          "--control",
                                          "A",
                                          "--conversion",
                                          "purchase",
                                          "--split",
                                          "inf,1"}
                           << "--split wants";
    QTest::newRow("date") << QStringList{"trend", p, "--event", "login", "--from", "0001-01-01"}
                          << "--from wants a date";
}

void TestHostile::numbersAreRangeChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    expectOneLineError(runCli(arguments), message.toUtf8());
}

void TestHostile::timesOutsideTheCalendarAreRejected()
{
    const QString project = copyOfSample(QStringLiteral("times.quadrant"));
    const QString file = m_dir.filePath(QStringLiteral("times.csv"));
    writeFile(file,
              "user_id,event,time\n"
              "u1,far,1000000000000000000\n"    // epoch ms 1e18: the year 31 million
              "u1,beyond,9999999999999999999\n" // beyond 64 bits
              "u2,early,1899-12-31\n"
              "u3,fine,1700000000000\n");
    const CliRun run = runCli({QStringLiteral("import"),
                               project,
                               QStringLiteral("--kind"),
                               QStringLiteral("events"),
                               QStringLiteral("--file"),
                               file,
                               QStringLiteral("--time-format"),
                               QStringLiteral("epoch-ms")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("\t4\t1\t3\t"), run.out.constData());
    QVERIFY2(run.err.contains("times.csv:2:3: rejected (range)"), run.err.constData());
    QVERIFY2(run.err.contains("times.csv:3:3: rejected (range)"), run.err.constData());
    QVERIFY2(run.err.contains("times.csv:4:3: rejected (range)"), run.err.constData());
    // A daily trend over everything stays small and says what it counts.
    const CliRun trend = runCli({QStringLiteral("trend"),
                                 project,
                                 QStringLiteral("--event"),
                                 QStringLiteral("fine"),
                                 QStringLiteral("--interval"),
                                 QStringLiteral("day"),
                                 QStringLiteral("--stats")});
    QCOMPARE(trend.exitCode, 0);
    QVERIFY(statOf(trend.err, "peak_rss_mb") < 1000);
}

void TestHostile::xlsxBombsStopEarly_data()
{
    QTest::addColumn<QString>("part");
    QTest::newRow("workbook") << "xl/workbook.xml";
    QTest::newRow("shared strings") << "xl/sharedStrings.xml";
    QTest::newRow("sheet") << "xl/worksheets/sheet1.xml";
}

void TestHostile::xlsxBombsStopEarly()
{
    QFETCH(QString, part);
    // 300 MiB of the same bytes pack into well under 1 MiB.
    const QByteArray filler(300 << 20, ' ');
    QByteArray workbook = s_workbook, strings, sheet = s_sheet;
    if (part == QLatin1String("xl/workbook.xml"))
        workbook.insert(workbook.indexOf("<sheets>"), filler);
    else if (part == QLatin1String("xl/worksheets/sheet1.xml"))
        sheet.insert(sheet.indexOf("</sheetData>"), filler);
    else
        strings = "<sst>"
                  + QByteArray("<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>").repeated(8 << 20)
                  + "</sst>";
    const QString book = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    QFile::remove(book);
    QList<QPair<QString, QByteArray>> parts{{QStringLiteral("xl/workbook.xml"), workbook},
                                            {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    if (!strings.isEmpty())
        parts << qMakePair(QStringLiteral("xl/sharedStrings.xml"), strings);
    writeZip(book, parts);
    QVERIFY(QFileInfo(book).size() < 2 << 20);

    const QString project = copyOfSample(QStringLiteral("bomb.quadrant"));
    const QByteArray before = fileHash(project);
    const CliRun run = runCli({QStringLiteral("import"),
                               project,
                               QStringLiteral("--kind"),
                               QStringLiteral("events"),
                               QStringLiteral("--file"),
                               book,
                               QStringLiteral("--stats")});
    QVERIFY2(run.exitCode == 1, run.err.constData());
    QVERIFY2(run.err.contains(part.toUtf8()) && run.err.contains("Quadrant stops there"),
             run.err.constData());
    // It stopped early: memory stays far below what the parts unpack to (3 to 14 GB before).
    QVERIFY2(statOf(run.err, "peak_rss_mb") < 1000, run.err.constData());
    QCOMPARE(fileHash(project), before);
    QVERIFY(!QFileInfo::exists(project + QStringLiteral(".lock"))); // no stale lock after a refusal
}

void TestHostile::jsonLinesWithAHugeFirstLine()
{
    const QString file = m_dir.filePath(QStringLiteral("long.jsonl"));
    writeFile(
        file,
        "{\"user_id\": \"u1\", \"event\": \"e\", \"time\": \"2026-01-01T00:00:00Z\", "
        "\"properties\": {\"blob\": \""
            + QByteArray(2 << 20, 'x') + "\"}}\n"
            + "{\"user_id\": \"u2\", \"event\": \"e\", \"time\": \"2026-01-02T00:00:00Z\"}\n");
    const QString project = copyOfSample(QStringLiteral("jsonl.quadrant"));
    const CliRun run = runCli({QStringLiteral("import"),
                               project,
                               QStringLiteral("--kind"),
                               QStringLiteral("events"),
                               QStringLiteral("--file"),
                               file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("\t2\t2\t0\t"), run.out.constData());
}

void TestHostile::errorLinesAreOneLineAndShort()
{
    // A header of 300 KB with no usable column: the error names the columns, cut short.
    const QString file = m_dir.filePath(QStringLiteral("wide.csv"));
    QByteArray header;
    for (int i = 0; i < 10000; ++i)
        header += "column_with_a_long_name_" + QByteArray::number(i) + ',';
    writeFile(file, header + "end\n" + QByteArray("1,").repeated(10000) + "2\n");
    const CliRun run = runCli({QStringLiteral("import"),
                               m_sample,
                               QStringLiteral("--kind"),
                               QStringLiteral("events"),
                               QStringLiteral("--file"),
                               file});
    expectOneLineError(run, "no column for");
    QVERIFY2(run.err.size() < 1200, QByteArray::number(run.err.size()).constData());
    QVERIFY(run.err.contains("more characters)"));
}

void TestHostile::controlCharactersAreEscaped()
{
    const QString file = m_dir.filePath(QStringLiteral("escape.csv"));
    writeFile(file, "user_id,ev\x1b[31mRED\x07,time\nu1,x,2026-01-01\n");
    const CliRun run = runCli({QStringLiteral("import"),
                               m_sample,
                               QStringLiteral("--kind"),
                               QStringLiteral("events"),
                               QStringLiteral("--file"),
                               file});
    expectOneLineError(run, "ev\\x1b[31mRED\\x07");
    QVERIFY(!run.err.contains('\x1b'));
    QVERIFY(!run.err.contains('\x07'));
}

void TestHostile::sampleOnAFullDiskLeavesNoFile()
{
    // A file-size limit makes every write past 200 KiB fail as a full disk would (EFBIG).
    const QString project = m_dir.filePath(QStringLiteral("full.quadrant"));
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral("-c"),
                   QStringLiteral("trap '' XFSZ; ulimit -f 200; exec \"$0\" sample \"$1\""),
                   cliProgram(),
                   project});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 1, err.constData());
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(!QFileInfo::exists(project), "a project that could not be filled was left behind");
    QVERIFY(!QFileInfo::exists(project + QStringLiteral(".lock")));
}

void TestHostile::walProjectsGetNoSideFiles()
{
    const QString project = copyOfSample(QStringLiteral("wal.quadrant"));
    const CliRun before = runCli({QStringLiteral("funnel"),
                                  project,
                                  QStringLiteral("--steps"),
                                  QStringLiteral("signup,purchase")});
    QCOMPARE(before.exitCode, 0);
    {
        // Another tool switches the file to WAL and closes it.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-tool"));
        db.setDatabaseName(project);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-tool"));
    QVERIFY(!QFileInfo::exists(project + QStringLiteral("-wal")));
    const QByteArray hash = fileHash(project);
    for (const QStringList &command : {QStringList{QStringLiteral("info"), project},
                                       QStringList{QStringLiteral("analyses"), project},
                                       QStringList{QStringLiteral("funnel"),
                                                   project,
                                                   QStringLiteral("--steps"),
                                                   QStringLiteral("signup,purchase")}}) {
        const CliRun run = runCli(command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        if (command.first() == QLatin1String("funnel"))
            QCOMPARE(run.out, before.out);
    }
    QVERIFY(!QFileInfo::exists(project + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(project + QStringLiteral("-shm")));
    QCOMPARE(fileHash(project), hash);
    // A command that writes puts it back into rollback-journal mode, as Quadrant keeps it.
    QCOMPARE(runCli({QStringLiteral("import"),
                     project,
                     QStringLiteral("--kind"),
                     QStringLiteral("events"),
                     QStringLiteral("--file"),
                     m_events})
                 .exitCode,
             0);
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(int(file.read(20).at(18)), 1);
}

void TestHostile::readOnlyCommandsNeverWrite()
{
    // A project whose index snapshot is stale (its data changed after the snapshot was kept).
    const QString project = copyOfSample(QStringLiteral("readonly.quadrant"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stale"));
        db.setDatabaseName(project);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral(
            "UPDATE project_meta SET value = value + 1 WHERE key = 'data_version'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stale"));
    const QByteArray hash = fileHash(project);
    const QDateTime modified = QFileInfo(project).lastModified();
    const QString out = m_dir.filePath(QStringLiteral("chart.png"));
    for (const QStringList &command : {QStringList{QStringLiteral("funnel"),
                                                   project,
                                                   QStringLiteral("--steps"),
                                                   QStringLiteral("signup,purchase"),
                                                   QStringLiteral("--stats")},
                                       QStringList{QStringLiteral("retention"),
                                                   project,
                                                   QStringLiteral("--start"),
                                                   QStringLiteral("signup"),
                                                   QStringLiteral("--return"),
                                                   QStringLiteral("*")},
                                       QStringList{QStringLiteral("render"),
                                                   project,
                                                   QStringLiteral("--analysis"),
                                                   QStringLiteral("Onboarding funnel"),
                                                   QStringLiteral("--out"),
                                                   out},
                                       QStringList{QStringLiteral("funnel"),
                                                   project,
                                                   QStringLiteral("--steps"),
                                                   QStringLiteral("signup,purchase"),
                                                   QStringLiteral("--stats")}}) {
        const CliRun run = runCli(command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    QCOMPARE(fileHash(project), hash);
    QCOMPARE(QFileInfo(project).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(project + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(project + QStringLiteral(".lock")));
}

void TestHostile::infoRefusesCountsTheAnalysesRefuse_data()
{
    QTest::addColumn<QString>("events"); // what the block's row is made to say
    QTest::newRow("2^31") << "2147483648";
    QTest::newRow("-1") << "-1";
    QTest::newRow("0") << "0";
    QTest::newRow("one fewer") << "events - 1";
    QTest::newRow("one more") << "events + 1";
}

// A block's row says how many events the block holds; `info` added up the rows without reading
// the blocks and printed counts (2,147,680,256 or 196,607) with exit 0 that every analysis
// refused (issue #23, fault 7).
void TestHostile::infoRefusesCountsTheAnalysesRefuse()
{
    QFETCH(QString, events);
    const QString project = copyOfSample(QStringLiteral("miscounted.quadrant"));
    qint64 blockId = 0;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("miscount"));
        db.setDatabaseName(project);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT min(id) FROM event_blocks")) && query.next());
        blockId = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("UPDATE event_blocks SET events = %1 WHERE id = %2")
                               .arg(events)
                               .arg(blockId)));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("miscount"));
    const QByteArray block = "block " + QByteArray::number(blockId) + ' ';
    const CliRun info = runCli({QStringLiteral("info"), project});
    expectOneLineError(info, "damaged");
    QVERIFY2(info.err.contains(block), info.err.constData());
    QVERIFY2(info.out.isEmpty(), info.out.constData());
    // The analyses refuse it with the same line.
    const CliRun trend = runCli(
        {QStringLiteral("trend"), project, QStringLiteral("--event"), QStringLiteral("login")});
    expectOneLineError(trend, "damaged");
    QCOMPARE(trend.err, info.err);
}

// The index kept an event's source in 8 bits: 300 sources read as 254 and "(none)" for the 46
// others, with exit 0 (issue #23, fault 8).
void TestHostile::everySourceIsItsOwnGroup()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString csv = dir.filePath(QStringLiteral("sources.csv"));
    QByteArray rows = "user_id,event,time,source\n";
    for (int i = 0; i < 300; ++i)
        rows += "u" + QByteArray::number(i % 7)
                + ",visit,2026-03-01T10:" + QByteArray::number(i / 60).rightJustified(2, '0') + ':'
                + QByteArray::number(i % 60).rightJustified(2, '0') + "Z,source "
                + QByteArray::number(i) + '\n';
    writeFile(csv, rows);
    const CliRun import = runCli({QStringLiteral("import"),
                                  project,
                                  QStringLiteral("--kind"),
                                  QStringLiteral("events"),
                                  QStringLiteral("--file"),
                                  csv});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const CliRun trend = runCli({QStringLiteral("trend"),
                                 project,
                                 QStringLiteral("--event"),
                                 QStringLiteral("visit"),
                                 QStringLiteral("--interval"),
                                 QStringLiteral("month"),
                                 QStringLiteral("--breakdown"),
                                 QStringLiteral("source")});
    QVERIFY2(trend.exitCode == 0, trend.err.constData());
    QList<QByteArray> lines = trend.out.trimmed().split('\n');
    QCOMPARE(lines.takeFirst(), QByteArray("breakdown\tperiod\tvalue"));
    QSet<QByteArray> groups;
    for (const QByteArray &line : std::as_const(lines)) {
        const QList<QByteArray> cells = line.split('\t');
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells[2], QByteArray("1"));
        groups.insert(cells[0]);
    }
    QCOMPARE(lines.size(), 300);
    QCOMPARE(groups.size(), 300);
    QVERIFY(!groups.contains("(none)"));
    QVERIFY(groups.contains("source 0"));
    QVERIFY(groups.contains("source 299"));
}

// The index keeps a source in 16 bits now: the import that would bring a 65,536th source is
// refused in one line and leaves the project as it was, rather than making a project whose
// analyses merge or refuse sources.
void TestHostile::aSourceBeyondTheIndexIsRefusedAtImport()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    QByteArray rows = "user_id,event,time,source\n";
    for (int i = 0; i < 65535; ++i)
        rows += "u" + QByteArray::number(i % 100) + ",visit," + QByteArray::number(1770000000 + i)
                + ",s" + QByteArray::number(i) + '\n';
    writeFile(first, rows);
    const QStringList import{QStringLiteral("import"),
                             project,
                             QStringLiteral("--kind"),
                             QStringLiteral("events"),
                             QStringLiteral("--time-format"),
                             QStringLiteral("epoch-s"),
                             QStringLiteral("--file")};
    const CliRun full = runCli(import + QStringList{first});
    QVERIFY2(full.exitCode == 0, full.err.constData());
    const QString more = dir.filePath(QStringLiteral("more.csv"));
    writeFile(
        more,
        "user_id,event,time,source\nu1,visit,1771000000,s7\nu2,visit,1771000001,one too many\n");
    const QByteArray hash = fileHash(project);
    expectOneLineError(runCli(import + QStringList{more}), "65,535");
    QCOMPARE(fileHash(project), hash);
    const CliRun trend = runCli({QStringLiteral("trend"),
                                 project,
                                 QStringLiteral("--event"),
                                 QStringLiteral("visit"),
                                 QStringLiteral("--interval"),
                                 QStringLiteral("month"),
                                 QStringLiteral("--breakdown"),
                                 QStringLiteral("source")});
    QVERIFY2(trend.exitCode == 0, trend.err.constData());
    QCOMPARE(trend.out.count('\n'), 1 + 65535);
    QVERIFY(!trend.out.contains("(none)"));
}

// Issue #23, fault 9: a header of 100 MB took minutes and 3 GB, as the 64 MiB row limit counted
// only the field bytes (not the delimiters) and nothing bounded the number of columns.
void TestHostile::hugeCsvHeadersStopAtTheColumnLimit_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("error");
    QTest::addRow("100 MB of one-letter columns")
        << QByteArray("a,").repeated(50 << 20) << QByteArray("wide.csv:1:16385: line 1 has more");
    QTest::addRow("1M named columns") << QByteArray("column,").repeated(1 << 20)
                                      << QByteArray("wide.csv:1:16385: line 1 has more");
    QTest::addRow("100 MB of delimiters only")
        << QByteArray(100 << 20, ',') << QByteArray("wide.csv:1:16385: line 1 has more");
    QTest::addRow("one column name of 100 MB")
        << QByteArray(100 << 20, 'n')
        << QByteArray("wide.csv:1: line 1 is too long (more than 64 MiB)");
}

void TestHostile::hugeCsvHeadersStopAtTheColumnLimit()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, error);
    const QString file = m_dir.filePath(QStringLiteral("wide.csv"));
    writeFile(file, header + "\nu1,login,2026-09-01T10:00:00Z\n");
    header = QByteArray(); // the test's own memory is not what is measured
    const QString project = copyOfSample(QStringLiteral("wide.quadrant"));
    const QByteArray before = fileHash(project);
    const CliRun run = runCli({QStringLiteral("import"),
                               project,
                               QStringLiteral("--kind"),
                               QStringLiteral("events"),
                               QStringLiteral("--file"),
                               file,
                               QStringLiteral("--stats")});
    QFile::remove(file);
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 1);
    // --stats writes its lines first; the error is the one line after them.
    const qsizetype at = run.err.indexOf("quadrant-cli: error: ");
    QVERIFY2(at >= 0, run.err.constData());
    const QByteArray first = run.err.mid(at, run.err.indexOf('\n', at) - at);
    QVERIFY2(first.contains(error), first.constData());
    QCOMPARE(run.err.count("quadrant-cli: error: "), 1);
    if (error.contains("has more"))
        QVERIFY2(first.contains("than 16384 columns"), first.constData());
    // Bounded memory: one row's limit, not gigabytes of column names.
    QVERIFY2(statOf(run.err, "peak_rss_mb") < 600, run.err.constData());
    QCOMPARE(fileHash(project), before);
}

// Issue #23, fault 11: a JSON line nested 10,000 deep said "the file has a header but no data
// rows", one of 100 MB "no column for user_id, event, time (columns: )".
void TestHostile::unreadableLinesSayWhatHappened_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("error");
    QTest::addRow("a JSON line nested 10,000 deep")
        << "deep.jsonl"
        << QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray("}").repeated(10000) + "\n"
        << QByteArray("deep.jsonl:1:");
    QTest::addRow("a JSON line of 100 MB")
        << "long.jsonl"
        << "{\"user_id\":\"" + QByteArray(100 << 20, 'x') + "\"}\n"
        << QByteArray("long.jsonl:1:");
    QTest::addRow("a CSV row of 100 MB")
        << "long.csv"
        << "user_id,event,time\n" + QByteArray(100 << 20, 'x') + "\n"
        << QByteArray("long.csv:2: line 2 is too long (more than 64 MiB)");
    QTest::addRow("a CSV quote never closed")
        << "quote.csv"
        << QByteArray("user_id,event,time\nu1,\"login,2026-09-01T10:00:00Z\nu2,x,y\n")
        << QByteArray("quote.csv:2:2: ");
}

void TestHostile::unreadableLinesSayWhatHappened()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, error);
    const QString file = m_dir.filePath(name);
    writeFile(file, content);
    content = QByteArray();
    const CliRun run = runCli({QStringLiteral("import"),
                               m_sample,
                               QStringLiteral("--kind"),
                               QStringLiteral("events"),
                               QStringLiteral("--file"),
                               file});
    QFile::remove(file);
    expectOneLineError(run, error);
    if (name == QLatin1String("deep.jsonl"))
        QVERIFY2(run.err.contains("line 1 is nested too deep (more than 1024 levels)"),
                 run.err.constData());
    if (name == QLatin1String("long.jsonl"))
        QVERIFY2(run.err.contains("line 1 is too long (more than 64 MiB)"), run.err.constData());
    if (name == QLatin1String("quote.csv"))
        QVERIFY2(run.err.contains("the quote opened on line 2 is never closed"),
                 run.err.constData());
}

// Issue #23, fault 12: rows without a user id or an event name were left out with no word in
// the summary once more than ten rows were rejected.
void TestHostile::rowsWithoutAUserOrEventAreCounted()
{
    QByteArray csv = "user_id,event,time\n";
    for (int i = 0; i < 20; ++i) // 20 times out of range first: the ten warnings name them
        csv += "u1,login,1800-01-01T00:00:00Z\n";
    csv += "u1,login,2026-09-01T10:00:00Z\n"
           ",login,2026-09-01T10:00:00Z\n"
           "u2,,2026-09-01T10:00:00Z\n"
           ",login,2026-09-01T10:00:00Z\n"
           "u3,,2026-09-01T10:00:00Z\n"
           ",login,2026-09-01T10:00:00Z\n";
    const QString file = m_dir.filePath(QStringLiteral("missing.csv"));
    writeFile(file, csv);
    const QString project = copyOfSample(QStringLiteral("missing.quadrant"));
    const CliRun run = runCli({QStringLiteral("import"),
                               project,
                               QStringLiteral("--kind"),
                               QStringLiteral("events"),
                               QStringLiteral("--file"),
                               file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("\t26\t1\t25\t"), run.out.constData());
    QVERIFY2(run.err.contains("quadrant-cli: warning: " + file.toUtf8()
                              + ": 5 events left out: 3 with no user_id (lines 23, 25, 27), 2 "
                                "with no event (lines 24, 26)\n"),
             run.err.constData());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
