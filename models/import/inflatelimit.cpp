// SPDX-License-Identifier: MIT
#include "inflatelimit.h"

namespace Quadrant {

namespace {
constexpr qint64 s_ratioFloorBytes = 64ll << 20;

QString mebibytes(qint64 bytes)
{
    return QString::number(bytes >> 20) + QStringLiteral(" MiB");
}
} // namespace

InflateLimit::InflateLimit(QIODevice *source,
                           const QString &partName,
                           qint64 compressedBytes,
                           qint64 maximumBytes,
                           qint64 ratioLimit,
                           qint64 runLimitBytes)
    : m_source(source)
    , m_part(partName)
    , m_compressed(std::max<qint64>(1, compressedBytes))
    , m_maximum(maximumBytes)
    , m_ratio(ratioLimit)
    , m_runLimit(runLimitBytes)
{
    QIODevice::open(QIODevice::ReadOnly);
}

qint64 InflateLimit::readData(char *data, qint64 maximum)
{
    if (exceeded())
        return -1;
    const qint64 n = m_source->read(data, maximum);
    if (n <= 0)
        return n;
    m_inflated += n;
    m_run += n;
    if (m_inflated > m_maximum)
        m_reason = QStringLiteral("%1 unpacks to more than %2; Quadrant stops there (a damaged "
                                  "file or a zip bomb?)")
                       .arg(m_part, mebibytes(m_maximum));
    else if (m_inflated > s_ratioFloorBytes && m_inflated / m_compressed > m_ratio)
        m_reason = QStringLiteral("%1 unpacks to more than %2 times its packed size of %3 bytes; "
                                  "Quadrant stops there "
                                  "(a zip bomb?)")
                       .arg(m_part)
                       .arg(m_ratio)
                       .arg(m_compressed);
    else if (m_run > m_runLimit)
        m_reason = QStringLiteral("%1 holds a row or a value of more than %2; Quadrant stops there "
                                  "(a damaged file or a "
                                  "zip bomb?)")
                       .arg(m_part, mebibytes(m_runLimit));
    return exceeded() ? -1 : n;
}

} // namespace Quadrant
