// SPDX-License-Identifier: MIT
#include "columnmapping.h"

#include <QCoreApplication>
#include <QSet>

namespace Quadrant {

ColumnMapping ColumnMapping::suggest(const KindSpec &spec, const QStringList &header)
{
    ColumnMapping mapping;
    QStringList normalized;
    for (const QString &name : header)
        normalized << normalizedColumnName(name);
    QSet<int> taken;
    for (int f = 0; f < spec.fields.size(); ++f) {
        for (const QString &synonym : spec.fields[f].synonyms) {
            const QString wanted = normalizedColumnName(synonym);
            int found = -1;
            for (int c = 0; c < normalized.size() && found < 0; ++c)
                if (normalized[c] == wanted && !taken.contains(c))
                    found = c;
            if (found >= 0) {
                mapping.m_columns[f] = found;
                taken.insert(found);
                break;
            }
        }
    }
    return mapping;
}

ImportKind ColumnMapping::likelyKind(const QStringList &header, QStringList *found)
{
    ImportKind best = ImportKind::Events;
    int bestRequired = -1, bestFields = -1;
    QStringList bestFound;
    for (const QString &name : importKindNames()) {
        ImportKind kind;
        if (!parseImportKind(name, &kind) || kind == ImportKind::Aliases)
            continue; // two id columns read as aliases too often to guess it
        const KindSpec &spec = kindSpec(kind);
        const ColumnMapping mapping = suggest(spec, header);
        if (!mapping.missingRequired(spec).isEmpty())
            continue;
        int required = 0, fields = 0;
        QStringList names;
        for (int f = 0; f < spec.fields.size(); ++f) {
            if (mapping.column(f) < 0)
                continue;
            ++fields;
            required += spec.fields[f].required;
            names << spec.fields[f].name;
        }
        if (required > bestRequired || (required == bestRequired && fields > bestFields)) {
            best = kind;
            bestRequired = required;
            bestFields = fields;
            bestFound = names;
        }
    }
    if (found)
        *found = bestFound;
    return best;
}

std::optional<Failure> ColumnMapping::applyOverride(const KindSpec &spec,
                                                    const QStringList &header,
                                                    const QString &assignment)
{
    const int equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return Failure(QCoreApplication::translate("Quadrant", "--map wants FIELD=COLUMN, got '%1'")
                           .arg(assignment));
    const QString fieldName = assignment.left(equals).trimmed();
    const QString columnName = assignment.mid(equals + 1).trimmed();
    const int f = spec.fieldIndex(fieldName);
    if (f < 0) {
        QStringList names;
        for (const FieldSpec &field : spec.fields)
            names << field.name;
        return Failure(QCoreApplication::translate("Quadrant", "%1 have no field '%2' (fields: %3)")
                           .arg(spec.name, fieldName, names.join(QStringLiteral(", "))));
    }
    int c = header.indexOf(columnName);
    if (c < 0) {
        bool isNumber = false;
        const int number = columnName.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= header.size())
            c = number - 1;
    }
    if (c < 0)
        return Failure(QCoreApplication::translate("Quadrant", "no column '%1' (columns: %2)")
                           .arg(columnName, header.join(QStringLiteral(", "))));
    // The column now feeds this field only.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == c && it.key() != f)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_columns[f] = c;
    return std::nullopt;
}

bool ColumnMapping::isMapped(int column) const
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        if (it.value() == column)
            return true;
    return false;
}

QStringList ColumnMapping::missingRequired(const KindSpec &spec) const
{
    QStringList missing;
    for (int f = 0; f < spec.fields.size(); ++f)
        if (spec.fields[f].required && column(f) < 0)
            missing << spec.fields[f].name;
    return missing;
}

} // namespace Quadrant
