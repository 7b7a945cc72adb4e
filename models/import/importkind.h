// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Quadrant {

enum class ImportKind { Events, Persons, Accounts, Leads, Deals, Spend, Nps, Aliases };
enum class FieldType { Text, Number, Integer, Time, Date };

// One field a kind of record has: its name on the command line, its type, and the column
// names it is usually exported under.
struct FieldSpec
{
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList synonyms;            // compared after lower-casing and dropping non-alphanumerics
    QString column;                  // database column; empty = same as name
    bool blankWhenMissing = false;   // part of a unique key: store '' rather than NULL
    double minimum = 0, maximum = 0; // checked when maximum > minimum
    QString notBefore; // a time field this one may not precede (a deal closed before created)

    QString databaseColumn() const { return column.isEmpty() ? name : column; }
};

// What an import of one kind needs: fields, the table it fills and its natural key.
struct KindSpec
{
    ImportKind kind;
    QString name;
    QString table;
    QVector<FieldSpec> fields;
    QStringList conflictKey; // database columns of the unique key that makes re-imports update
    int fieldIndex(const QString &fieldName) const;
};

const KindSpec &kindSpec(ImportKind kind);
bool parseImportKind(const QString &text, ImportKind *kind);
QStringList importKindNames();
// "User ID" -> "userid": how column names are compared with field synonyms.
QString normalizedColumnName(const QString &name);

} // namespace Quadrant
