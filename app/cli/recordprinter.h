// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"

#include <cstdio>

namespace Quadrant::Cli {

using Quadrant::RecordTable;

enum class OutputFormat { Tsv, Json };

// Records as the CLI contract prints them: TSV with a header row, or a JSON array of objects
// with the same keys. Numbers use '.' and no separators.

QByteArray formatTable(const RecordTable &table, OutputFormat format);
void printTable(const RecordTable &table, OutputFormat format, FILE *out = stdout);

} // namespace Quadrant::Cli
