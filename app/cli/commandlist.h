// SPDX-License-Identifier: MIT
#pragma once

#include "invocation.h"

// Every command of quadrant-cli, one factory each; commands.cpp lists them in the order --help
// shows them. A command is its synopsis, its description, its option table and its run function.
namespace Quadrant::Cli {

// projectcommands.cpp: making, filling and copying a project.
Command newCommand();
Command importCommand();
Command saveAsCommand();
Command demoCopyCommand();
Command exportEventsCommand();
Command infoCommand();
Command sampleCommand();

// analysiscommands.cpp: the analyses of ANALYSES.md, through the engine's kinds.
Command funnelCommand();
Command retentionCommand();
Command pathsCommand();
Command heatmapCommand();
Command trendCommand();

// kindcommands.cpp: the commands the analysis kinds declare themselves, in menu order.
QVector<Command> kindCommands();

// experimentcommands.cpp: A/B tests, planned and read.
Command abCommand();
Command sampleSizeCommand();

// crmcommands.cpp: accounts, health, the renewal quadrant, pipeline, channel ROI, leads.
Command accountsCommand();
Command healthCommand();
Command quadrantCommand();
Command pipelineCommand();
Command roiCommand();
Command leadsCommand();

// outputcommands.cpp: saved analyses drawn, a person's history, printable reports.
Command timelineCommand();
Command renderCommand();
Command reportCommand();
Command analysesCommand();

// remotecommands.cpp: a project's events onto a ClickHouse server.
Command pushCommand();

} // namespace Quadrant::Cli
