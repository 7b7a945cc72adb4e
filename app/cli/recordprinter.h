// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVariant>
#include <QVector>

#include <cstdio>

namespace Quadrant::Cli {

// Records as the CLI contract prints them: TSV with a header row, or a JSON array of objects
// with the same keys. Numbers use '.' and no separators.
struct RecordTable
{
    QStringList columns;
    QVector<QVariantList> rows;
};

enum class OutputFormat { Tsv, Json };

QByteArray formatTable(const RecordTable &table, OutputFormat format);
void printTable(const RecordTable &table, OutputFormat format, FILE *out = stdout);

} // namespace Quadrant::Cli
