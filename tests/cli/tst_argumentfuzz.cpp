// SPDX-License-Identifier: MIT
// Every option of every command (read from quadrant-cli's own help, so a new option is fuzzed
// the day it is added) with empty, huge, out-of-range, malformed and hostile values, and every
// command with a project path that is not a project: exit 0, or exit 1 with one line; never a
// signal, never exit 2, never a file written outside the test's folder.
#include "testsupport.h"

#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

struct Case
{
    QStringList arguments;
};

// Valid required options per command, so that the fuzzed option is the one that is wrong.
QHash<QString, QStringList> validBase(const QString &dir)
{
    return {
        {QStringLiteral("import"),
         {QStringLiteral("--kind"),
          QStringLiteral("events"),
          QStringLiteral("--file"),
          dir + QStringLiteral("/events.csv")}},
        {QStringLiteral("save-as"),
         {QStringLiteral("--out"), dir + QStringLiteral("/copy.quadrant")}},
        {QStringLiteral("funnel"), {QStringLiteral("--steps"), QStringLiteral("signup,purchase")}},
        {QStringLiteral("retention"),
         {QStringLiteral("--start"),
          QStringLiteral("signup"),
          QStringLiteral("--return"),
          QStringLiteral("*")}},
        {QStringLiteral("ab"),
         {QStringLiteral("--variant-property"),
          QStringLiteral("pricing_test"),
          QStringLiteral("--control"),
          QStringLiteral("A"),
          QStringLiteral("--conversion"),
          QStringLiteral("purchase")}},
        {QStringLiteral("paths"), {QStringLiteral("--start"), QStringLiteral("signup")}},
        {QStringLiteral("heatmap"), {QStringLiteral("--kind"), QStringLiteral("activity")}},
        {QStringLiteral("trend"), {QStringLiteral("--event"), QStringLiteral("login")}},
        {QStringLiteral("timeline"), {QStringLiteral("--person"), QStringLiteral("u00003")}},
        {QStringLiteral("render"),
         {QStringLiteral("--analysis"),
          QStringLiteral("Onboarding funnel"),
          QStringLiteral("--out"),
          dir + QStringLiteral("/chart.png")}},
        {QStringLiteral("report"), {QStringLiteral("--out"), dir + QStringLiteral("/report.pdf")}},
        {QStringLiteral("sample-size"),
         {QStringLiteral("--baseline"),
          QStringLiteral("0.1"),
          QStringLiteral("--mde"),
          QStringLiteral("0.02")}},
    };
}

QStringList hostileValues()
{
    return {QString(),
            QStringLiteral("0"),
            QStringLiteral("-1"),
            QStringLiteral("1e308"),
            QStringLiteral("nan"),
            QStringLiteral("-inf"),
            QStringLiteral("99999999999999999999"),
            QStringLiteral("-9223372036854775808"),
            QStringLiteral("abc"),
            QStringLiteral("\x1b[2J\x07"),
            QString(100000, QLatin1Char('a')),
            QStringLiteral("2026-13-45"),
            QStringLiteral("9999-12-31"),
            QStringLiteral("💥,,[=&!]@@"),
            QStringLiteral("e[plan="),
            QStringLiteral("*")};
}

// Values for options that name files: all inside the test's folder.
QStringList fileValues(const QString &dir, const QString &project)
{
    return {QString(),
            dir,
            project,
            dir + QStringLiteral("/no/such/folder/x.png"),
            dir + QStringLiteral("/") + QString(300, QLatin1Char('n')) + QStringLiteral(".png"),
            dir + QStringLiteral("/x.unknown"),
            dir + QStringLiteral("/garbage.csv"),
            QStringLiteral("/dev/null")};
}

QString check(const Case &c)
{
    const CliRun run = runCli(c.arguments, {}, 120000);
    QStringList shown;
    for (const QString &argument : c.arguments)
        shown << (argument.size() > 40 ? argument.left(40) + QStringLiteral("...") : argument);
    const QString what = shown.join(QLatin1Char(' '));
    if (run.crashed)
        return QStringLiteral("%1: crashed: %2").arg(what, QString::fromUtf8(run.err.left(300)));
    if (run.exitCode == 1) {
        if (!run.err.startsWith("quadrant-cli: error: ") || run.err.count('\n') != 1)
            return QStringLiteral("%1: not one error line: %2")
                .arg(what, QString::fromUtf8(run.err.left(300)));
        if (run.err.contains('\x1b') || run.err.contains('\x07'))
            return QStringLiteral("%1: control characters on the terminal").arg(what);
        if (run.err.size() > 2000)
            return QStringLiteral("%1: an error line of %2 bytes").arg(what).arg(run.err.size());
    } else if (run.exitCode != 0) {
        return QStringLiteral("%1: exit %2: %3")
            .arg(what)
            .arg(run.exitCode)
            .arg(QString::fromUtf8(run.err.left(300)));
    }
    return QString();
}

} // namespace

class TestArgumentFuzz : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyOptionWithHostileValues();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestArgumentFuzz::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("project.quadrant"));
    makeSampleProject(m_project, 50);
    writeFile(m_dir.filePath(QStringLiteral("events.csv")),
              "user_id,event,time\nu1,login,2026-09-01T10:00:00Z\n");
    writeFile(m_dir.filePath(QStringLiteral("garbage.csv")),
              QByteArray("\x00\xff\x1b garbage", 11));
    writeFile(m_dir.filePath(QStringLiteral("empty.quadrant")), QByteArray());
}

void TestArgumentFuzz::everyOptionWithHostileValues()
{
    const CliRun help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QStringList commands;
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+) "));
    for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n')))
        if (const auto match = commandLine.match(line); match.hasMatch())
            commands << match.captured(1);
    QVERIFY(commands.size() >= 15);

    const QString dir = m_dir.path();
    const QHash<QString, QStringList> bases = validBase(dir);
    QVector<Case> cases;
    static const QRegularExpression optionLine(QStringLiteral("^  --([a-z-]+)( VALUE)?  "));
    for (const QString &command : std::as_const(commands)) {
        const CliRun commandHelp = runCli({command, QStringLiteral("--help")});
        QVERIFY2(commandHelp.exitCode == 0, qPrintable(command));
        const bool takesProject = command != QLatin1String("sample-size");
        // Fresh projects for the commands that make one, so each run starts alike.
        const QString project
            = command == QLatin1String("new") || command == QLatin1String("sample")
                  ? dir + QStringLiteral("/made-by-") + command + QStringLiteral(".quadrant")
                  : m_project;
        const QStringList base
            = (takesProject ? QStringList{command, project} : QStringList{command})
              + bases.value(command);
        for (const QString &line : QString::fromUtf8(commandHelp.out).split(QLatin1Char('\n'))) {
            const auto match = optionLine.match(line);
            if (!match.hasMatch() || match.captured(1) == QLatin1String("help"))
                continue;
            const QString option = QStringLiteral("--") + match.captured(1);
            if (match.captured(2).isEmpty()) { // a flag: given a value it must not take
                cases.append({base + QStringList{option + QStringLiteral("=yes")}});
                continue;
            }
            const bool namesFile = option == QLatin1String("--out")
                                   || option == QLatin1String("--rejects")
                                   || option == QLatin1String("--file");
            for (const QString &value : namesFile ? fileValues(dir, m_project) : hostileValues()) {
                QStringList arguments = base;
                const int at = arguments.indexOf(option);
                if (at >= 0)
                    arguments[at + 1] = value;
                else
                    arguments << option << value;
                cases.append({arguments});
            }
        }
        // The project path itself, wrong in every way.
        if (takesProject && command != QLatin1String("new") && command != QLatin1String("sample")) {
            for (const QString &path : {dir + QStringLiteral("/missing.quadrant"),
                                        dir,
                                        QStringLiteral("/dev/null"),
                                        dir + QStringLiteral("/empty.quadrant"),
                                        dir + QStringLiteral("/garbage.csv"),
                                        QString(),
                                        QStringLiteral("-")}) {
                QStringList arguments = base;
                arguments[1] = path;
                cases.append({arguments});
            }
        }
    }
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const QStringList verdicts = QtConcurrent::blockingMapped<QStringList>(&pool, cases, check);
    QStringList problems;
    for (const QString &verdict : verdicts)
        if (!verdict.isEmpty())
            problems << verdict;
    qInfo("%d argument sets over %d commands", int(cases.size()), int(commands.size()));
    for (const QString &problem : std::as_const(problems))
        qInfo("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, the first:\n").arg(problems.size())
                        + problems.mid(0, 15).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestArgumentFuzz)
#include "tst_argumentfuzz.moc"
