// SPDX-License-Identifier: MIT
#include "recordtablewriter.h"

#include "eventwriter.h"
#include "personwriter.h"

#include <QStringList>

namespace Quadrant {

std::unique_ptr<RowWriter> RowWriter::create(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Events:
        return std::make_unique<EventWriter>();
    case ImportKind::Persons:
        return std::make_unique<PersonWriter>();
    case ImportKind::Aliases:
        return std::make_unique<AliasWriter>();
    default:
        return std::make_unique<RecordTableWriter>(kindSpec(kind));
    }
}

QByteArray RecordTableWriter::upsertSql(const KindSpec &spec)
{
    QStringList columns, placeholders, updates;
    for (const FieldSpec &field : spec.fields) {
        const QString column = field.databaseColumn();
        columns << column;
        placeholders << QStringLiteral("?");
        if (!spec.conflictKey.contains(column))
            updates << QStringLiteral("%1 = COALESCE(excluded.%1, %2.%1)").arg(column, spec.table);
    }
    columns << QStringLiteral("properties");
    placeholders << QStringLiteral("?");
    updates << QStringLiteral("properties = json_patch(%1.properties, excluded.properties)")
                   .arg(spec.table);
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5")
        .arg(spec.table,
             columns.join(QLatin1Char(',')),
             placeholders.join(QLatin1Char(',')),
             spec.conflictKey.join(QLatin1Char(',')),
             updates.join(QStringLiteral(", ")))
        .toUtf8();
}

std::optional<Failure> RecordTableWriter::begin(sqlite3 *db, qint64, qint64)
{
    return m_upsert.prepare(db, upsertSql(m_spec).constData());
}

RowWriter::Outcome RecordTableWriter::write(const MappedRow &row, RowReject &reject)
{
    if (m_spec.kind == ImportKind::Nps && row.values[0].text.isEmpty()
        && row.values[1].text.isEmpty()) {
        reject.kind = "missing";
        reject.message = "an NPS answer needs a user_id or an account_id";
        return Outcome::Rejected;
    }
    int index = 1;
    for (const FieldValue &value : row.values) {
        switch (value.type) {
        case FieldValue::Type::Null:
            m_upsert.bindNull(index);
            break;
        case FieldValue::Type::Text:
            m_upsert.bindText(index, value.text);
            break;
        case FieldValue::Type::Integer:
            m_upsert.bind(index, value.integer);
            break;
        case FieldValue::Type::Real:
            m_upsert.bind(index, value.real);
            break;
        }
        ++index;
    }
    m_upsert.bindText(index, row.properties.isEmpty() ? QByteArrayView("{}") : row.properties);
    if (!m_upsert.execute()) {
        m_error = m_upsert.errorText();
        return Outcome::Failed;
    }
    return Outcome::Written;
}

} // namespace Quadrant
