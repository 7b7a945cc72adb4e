// SPDX-License-Identifier: MIT
#include "missingvaluetally.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Quadrant {

void MissingValueTally::add(const RowReject &reject)
{
    if (reject.kind != "missing" || reject.field.isEmpty())
        return;
    ++m_count;
    auto it = std::find_if(m_fields.begin(), m_fields.end(), [&](const Field &field) {
        return field.name == reject.field;
    });
    if (it == m_fields.end()) {
        m_fields.push_back(Field{reject.field, 0, {}});
        it = m_fields.end() - 1;
    }
    ++it->count;
    if (it->lines.size() < linesKept)
        it->lines.append(reject.line);
}

QString MissingValueTally::sentence(bool events) const
{
    if (m_count == 0)
        return QString();
    QStringList parts;
    for (const Field &field : m_fields) {
        QStringList lines;
        for (qint64 line : field.lines)
            lines << QString::number(line);
        QString where = field.count == 1
                            ? QCoreApplication::translate("Quadrant", "line %1").arg(lines.first())
                            : QCoreApplication::translate("Quadrant", "lines %1")
                                  .arg(lines.join(QStringLiteral(", ")));
        if (field.count > field.lines.size())
            where = QCoreApplication::translate("Quadrant", "%1 and %2 more")
                        .arg(where)
                        .arg(field.count - field.lines.size());
        parts << QCoreApplication::translate("Quadrant", "%1 with no %2 (%3)")
                     .arg(field.count)
                     .arg(field.name, where);
    }
    const bool one = m_count == 1;
    const QString what
        = events ? (one ? QCoreApplication::translate("Quadrant", "%1 event left out: %2")
                        : QCoreApplication::translate("Quadrant", "%1 events left out: %2"))
                 : (one ? QCoreApplication::translate("Quadrant", "%1 row left out: %2")
                        : QCoreApplication::translate("Quadrant", "%1 rows left out: %2"));
    return what.arg(m_count).arg(parts.join(QStringLiteral(", ")));
}

} // namespace Quadrant
