// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
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
    // What the kind that made the table says of its columns to a reader (the window's tables,
    // reports): headers in the reader's language, and words for a column's fixed values
    // ("returning"). The CLI and CSV/XLSX keep `columns` and the cells as they are. Empty: the
    // window names the columns itself (RecordTableModel::headerText).
    QStringList labels = {};
    QHash<QString, QHash<QString, QString>> valueWords = {}; // column -> value -> words

    // The kind's header for column c, or empty.
    QString label(int c) const { return labels.value(c); }
    // The kind's words for a text value of column c, or `text` itself.
    QString words(int c, const QString &text) const
    {
        const auto column = valueWords.constFind(columns.value(c));
        return column == valueWords.constEnd() ? text : column->value(text, text);
    }
};

} // namespace Quadrant
