// SPDX-License-Identifier: MIT
#include "processstats.h"

#include <QFile>

namespace Quadrant::Cli {

double peakResidentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            const QByteArray kilobytes = line.mid(6).trimmed().split(' ').value(0);
            return kilobytes.toDouble() / 1024.0;
        }
    }
    return 0;
}

} // namespace Quadrant::Cli
