// SPDX-License-Identifier: MIT
// quadrant-cli's dispatcher: the command list, --help, the common options, --stats and the exit
// status. The commands themselves live in *commands.cpp, one file per group (commandlist.h).
#include "commands.h"

#include "analysis/analysiskind.h"
#include "commandlist.h"
#include "processstats.h"
#include "store/sqlitediagnostics.h"

#include <algorithm>

namespace Quadrant::Cli {

namespace {

// Commands that read events for an analysis, and so can read them from ClickHouse.
Command readsEventsRemotely(Command command)
{
    command.options += remoteOptions();
    return command;
}

// In the order --help lists them.
QVector<Command> commands()
{
    QVector<Command> all{
        newCommand(),          importCommand(),   saveAsCommand(),   demoCopyCommand(),
        exportEventsCommand(), infoCommand(),     sampleCommand(),   funnelCommand(),
        retentionCommand(),    abCommand(),       pathsCommand(),    heatmapCommand(),
        trendCommand(),        accountsCommand(), healthCommand(),   quadrantCommand(),
        pipelineCommand(),     roiCommand(),      leadsCommand(),    timelineCommand(),
        renderCommand(),       reportCommand(),   analysesCommand(), sampleSizeCommand(),
        pushCommand()};
    // The kinds' own commands after the analyses written here.
    const qsizetype at = std::find_if(all.cbegin(),
                                      all.cend(),
                                      [](const Command &command) {
                                          return command.name == QLatin1String("accounts");
                                      })
                         - all.cbegin();
    const QVector<Command> declared = kindCommands();
    for (qsizetype i = 0; i < declared.size(); ++i)
        all.insert(at + i, declared[i]);
    // Every analysis kind's command (named as its kind), and the commands that compute saved
    // analyses of any kind.
    const QStringList computesAnalyses{QStringLiteral("render"), QStringLiteral("report")};
    for (Command &command : all)
        if (AnalysisKinds::find(command.name) || computesAnalyses.contains(command.name))
            command = readsEventsRemotely(std::move(command));
    return all;
}

const QVector<OptionSpec> &commonOptions()
{
    static const QVector<OptionSpec> options{
        valueOption("format", "tsv (default) or json"),
        flagOption("stats", "print timing and memory lines 'stat NAME VALUE' on stderr"),
        flagOption("help", "show this help"),
    };
    return options;
}

void printHelp(const QVector<Command> &all)
{
    printLine(
        stdout,
        QStringLiteral(
            "usage: quadrant-cli COMMAND PROJECT [options]\n\n"
            "Quadrant's command-line tool: the same project files, importers and analyses as the\n"
            "workbench, without a window.\n\ncommands:"));
    for (const Command &command : all)
        printLine(stdout, QStringLiteral("  %1").arg(command.synopsis));
    printLine(stdout,
              QStringLiteral("\nEvery command takes --format tsv|json, --stats and --help.\n"
                             "Exit status: 0 success, 1 bad input, 2 internal error."));
}

void printCommandHelp(const Command &command)
{
    printLine(stdout,
              QStringLiteral("usage: quadrant-cli %1\n\n%2\n\noptions:")
                  .arg(command.synopsis, command.description));
    for (const OptionSpec &option : command.options + commonOptions())
        printLine(stdout,
                  QStringLiteral("  --%1%2  %3")
                      .arg(option.name,
                           option.takesValue ? QStringLiteral(" VALUE") : QString(),
                           option.help));
}

void printStats(const Stats &stats)
{
    printLine(stderr, QStringLiteral("stat open_seconds %1").arg(stats.openSeconds, 0, 'f', 4));
    printLine(stderr, QStringLiteral("stat query_seconds %1").arg(stats.querySeconds, 0, 'f', 4));
    printLine(stderr,
              QStringLiteral("stat peak_rss_mb %1").arg(peakResidentMegabytes(), 0, 'f', 1));
    for (const auto &[name, value] : stats.extra)
        printLine(stderr, QStringLiteral("stat %1 %2").arg(name).arg(value, 0, 'g', 12));
}

int report(const CommandError &error)
{
    printLine(stderr, QStringLiteral("quadrant-cli: error: ") + error.failure.toString());
    return error.code;
}

} // namespace

int run(const QStringList &arguments)
{
    const QVector<Command> all = commands();
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printHelp(all);
        return arguments.isEmpty() ? BadInput : Success;
    }
    const QString name = arguments.first();
    const auto command
        = std::find_if(all.cbegin(), all.cend(), [&](const Command &c) { return c.name == name; });
    if (command == all.cend())
        return report(
            badInput(Failure(QStringLiteral("unknown command '%1' (see --help)").arg(name))));

    Invocation call;
    if (auto failure
        = Arguments::parse(arguments.mid(1), command->options + commonOptions(), &call.args))
        return report(badInput(*failure));
    if (call.args.has(QStringLiteral("help"))) {
        printCommandHelp(*command);
        return Success;
    }
    const QString format = call.args.value(QStringLiteral("format"), QStringLiteral("tsv"));
    if (format == QLatin1String("json"))
        call.format = OutputFormat::Json;
    else if (format != QLatin1String("tsv"))
        return report(badInput(Failure(QStringLiteral("--format takes tsv or json"))));

    const Outcome outcome = command->run(call);
    if (call.args.has(QStringLiteral("stats")))
        printStats(call.stats);
    if (!call.openedProject.isEmpty() && SqliteDiagnostics::damageSeen()) {
        // A damaged page shows up as an error on whatever query meets it first, in SQLite's
        // words, or as a row that is quietly missing: either way the result cannot be trusted.
        return report(
            badInput(ProjectStore::damageReport(call.openedProject)
                         .value_or(Failure(
                             QStringLiteral("the project file is damaged; it was left unchanged"),
                             call.openedProject))));
    }
    return outcome ? report(*outcome) : Success;
}

} // namespace Quadrant::Cli
