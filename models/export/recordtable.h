// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVariant>
#include <QVector>

namespace Quadrant {

// A result as rows of typed cells under named columns: what quadrant-cli prints, what the
// workbench shows in its tables, and what CSV and XLSX exports write. A null QVariant is an
// empty cell (a rate with no denominator, a period that has not happened yet).
struct RecordTable
{
    QStringList columns;
    QVector<QVariantList> rows;
};

} // namespace Quadrant
