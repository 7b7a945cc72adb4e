// SPDX-License-Identifier: MIT
#include "jobpool.h"

#include <QThreadPool>

namespace Quadrant {

QThreadPool *JobPool::instance()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives for the process; jobs may still finish at exit
        p->setMaxThreadCount(8);   // jobs mostly wait on their chunks or on the disk
        p->setObjectName(QStringLiteral("Quadrant jobs"));
        return p;
    }();
    return pool;
}

} // namespace Quadrant
