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

void expectOneLineError(const CliRun &run, const QByteArray &contains)
{
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("quadrant-cli: error: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(contains), run.err.constData());
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
    for (const char *damage : {"header", "page 1", "every table page"})
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
    // A header of 3 MB with no usable column: the error names the columns, cut short.
    const QString file = m_dir.filePath(QStringLiteral("wide.csv"));
    QByteArray header;
    for (int i = 0; i < 200000; ++i)
        header += "column_with_a_long_name_" + QByteArray::number(i) + ',';
    writeFile(file, header + "end\n" + QByteArray("1,").repeated(200000) + "2\n");
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

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
