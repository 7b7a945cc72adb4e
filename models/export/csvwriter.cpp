// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include "common/valueparser.h"

#include <QCoreApplication>

namespace Quadrant {

CsvWriter::CsvWriter(const QString &path)
    : CsvWriter(path, Options())
{}

CsvWriter::CsvWriter(const QString &path, Options options)
    : m_file(path)
    , m_options(options)
{}

std::optional<Failure> CsvWriter::open()
{
    if (auto failure = m_file.open())
        return failure;
    if (m_options.byteOrderMark)
        m_file.write("\xEF\xBB\xBF");
    return std::nullopt;
}

QByteArray CsvWriter::escapeCell(const QString &cell, bool neutralize)
{
    QByteArray text = cell.toUtf8();
    if (neutralize && !text.isEmpty()) {
        const char first = text[0];
        const bool risky = first == '=' || first == '+' || first == '-' || first == '@'
                           || first == '\t' || first == '\r';
        if (risky && !looksNumeric(text))
            text.prepend('\'');
    }
    if (text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r')) {
        text.replace("\"", "\"\"");
        text.prepend('"');
        text.append('"');
    }
    return text;
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QByteArray line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(',');
        line.append(escapeCell(cells[i], m_options.neutralizeFormulas));
    }
    line.append("\r\n");
    m_file.write(line);
}

std::optional<Failure> CsvWriter::commit()
{
    return m_file.commit();
}

} // namespace Quadrant
