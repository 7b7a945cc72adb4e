// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analysiskind.h"
#include "arguments.h"
#include "commands.h"
#include "recordprinter.h"
#include "remote/clickhouseclient.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QVector>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Quadrant {
class EventIndex;
struct EventSelector;
} // namespace Quadrant

namespace Quadrant::Cli {

// Why a command stopped: the exit status and the one line printed on stderr.
struct CommandError
{
    ExitCode code;
    Failure failure;
};
using Outcome = std::optional<CommandError>;

CommandError badInput(Failure failure);
CommandError internalError(Failure failure);

// Measurements for --stats, printed on stderr as "stat NAME VALUE".
struct Stats
{
    double openSeconds = 0;
    double querySeconds = 0;
    QVector<QPair<QString, double>> extra;
};

// One run of one command: its parsed arguments, where its output goes, what it measured.
struct Invocation
{
    Arguments args;
    OutputFormat format = OutputFormat::Tsv;
    Stats stats;
    QString openedProject; // set once the project passed open(): a later failure may be damage
};

// A command as `--help` lists it and `run` dispatches it.
struct Command
{
    QString name;
    QString synopsis;
    QString description;
    QVector<OptionSpec> options;
    std::function<Outcome(Invocation &)> run;
};

// The rows of a command's option table: --NAME VALUE, --NAME VALUE repeatable, and --NAME.
OptionSpec valueOption(const char *name, const char *help);
OptionSpec repeatedOption(const char *name, const char *help);
OptionSpec flagOption(const char *name, const char *help);

void printLine(FILE *stream, const QString &text);
// "quadrant-cli: warning: TEXT" on stderr, with control characters made visible.
void warn(const QString &text);
double secondsSince(const QElapsedTimer &timer);

// Opens PROJECT (the first positional argument) for a command.
// A project opened read-only because a newer Quadrant made it is a warning on stderr, unless
// `newerRefused`: then it is the command's one error line (a command that must know every
// table, such as demo-copy).
Outcome openProject(Invocation &call,
                    ProjectStore &store,
                    ProjectStore::Access access,
                    bool newerRefused = false);

// PROJECT opened read-only with its event index, as every analysis command needs it.
struct OpenedProject
{
    ProjectStore store;
    std::shared_ptr<const EventIndex> index;
};
// Opening and building the index both count as "open" for --stats. With --clickhouse URL (or
// --remote, the connection the workbench saved in the project), the events are read from that
// server instead: those `definition` needs (RemoteEvents::Plan), or every event without one.
Outcome openForAnalysis(Invocation &call,
                        OpenedProject *project,
                        const QJsonObject &definition = QJsonObject());
// --clickhouse URL and --database DB, or --remote, as every analysis command takes them.
QVector<OptionSpec> remoteOptions();
// The server those options name, with the password from QUADRANT_CLICKHOUSE_PASSWORD; nullopt
// without them.
Outcome remoteTarget(const Invocation &call,
                     const ProjectStore &store,
                     std::optional<ClickHouseTarget> *target);

// --from D --to D: the range [from 00:00, the day after to 00:00) in UTC.
Outcome
parseDateRange(const Arguments &args, std::optional<qint64> *from, std::optional<qint64> *to);
// An event with optional filters, purchase[plan=pro&channel!=email].
Outcome parseSelector(const QString &text, EventSelector *selector);

// What an analysis command prints once its kind has computed: by default the result table.
using ResultPrinter
    = std::function<Outcome(Invocation &, const OpenedProject &, const AnalysisOutcome &)>;
Outcome printResultTable(Invocation &call, const OpenedProject &, const AnalysisOutcome &outcome);

// The skeleton every analysis command shares. The options have been turned into the kind's saved
// definition; PROJECT is opened read-only with its event index, the engine's kind (the one the
// workbench, `render` and reports use) reads, checks and computes the definition, timed as
// query_seconds, and `print` shows the outcome. A definition the data cannot answer is bad input.
Outcome runAnalysis(Invocation &call,
                    const QJsonObject &definition,
                    const ResultPrinter &print = printResultTable);

// One user_id column, a row per person (dense index numbers of `index`).
void printPersons(const Invocation &call, const EventIndex &index, const std::vector<int> &persons);

} // namespace Quadrant::Cli
