// SPDX-License-Identifier: MIT
// The command of every analysis kind that declares one (AnalysisKindEngine::command): its option
// table is the kind's, and each --NAME VALUE becomes the definition's field NAME, which the
// kind's own reader then checks. So a kind's command parses, limits and reports exactly as its
// saved definitions do, and a new kind needs nothing here.
#include "analysis/analysiskind.h"
#include "commandlist.h"

namespace Quadrant::Cli {

namespace {

OptionSpec optionSpec(const KindOption &option)
{
    return {option.name, option.type != KindOption::Type::Flag, false, option.help};
}

// The kind's definition from the command line, or why not, naming the option.
Outcome definitionFromOptions(const AnalysisKindEngine &kind,
                              const KindCommand &command,
                              const Arguments &args,
                              QJsonObject *definition)
{
    QJsonObject json{{QStringLiteral("kind"), kind.id()}};
    for (const KindOption &option : command.options) {
        if (!args.has(option.name)) {
            if (option.required)
                return badInput(
                    Failure(QStringLiteral("%1 needs --%2").arg(kind.id(), option.name)));
            continue;
        }
        switch (option.type) {
        case KindOption::Type::Flag:
            json[option.name] = true;
            break;
        case KindOption::Type::Integer: {
            bool ok = false;
            const qint64 value = args.value(option.name).toLongLong(&ok);
            if (!ok)
                return badInput(Failure(QStringLiteral("--%1 wants a whole number, not '%2'")
                                            .arg(option.name, args.value(option.name).left(40))));
            json[option.name] = value;
            break;
        }
        case KindOption::Type::Text:
            json[option.name] = args.value(option.name);
            break;
        }
    }
    // The reader's errors start with the field's name, which is the option's.
    if (const QString error = kind.definitionError(json); !error.isEmpty())
        return badInput(Failure(QStringLiteral("--") + error));
    *definition = json;
    return std::nullopt;
}

Command commandOf(const AnalysisKindEngine &kind, const KindCommand &command)
{
    QVector<OptionSpec> options;
    for (const KindOption &option : command.options)
        options << optionSpec(option);
    return {kind.id(),
            command.synopsis,
            command.description,
            options,
            [&kind, command](Invocation &call) -> Outcome {
                QJsonObject definition;
                if (auto error = definitionFromOptions(kind, command, call.args, &definition))
                    return error;
                return runAnalysis(call, definition);
            }};
}

} // namespace

QVector<Command> kindCommands()
{
    QVector<Command> commands;
    for (const AnalysisKindEngine *kind : AnalysisKinds::all())
        if (const auto command = kind->command())
            commands << commandOf(*kind, *command);
    return commands;
}

} // namespace Quadrant::Cli
