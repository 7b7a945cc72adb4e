// SPDX-License-Identifier: MIT
#include "jobpool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace Quadrant {

QThreadPool *JobPool::instance()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives for the process; jobs may still finish at exit
        p->setMaxThreadCount(8);   // jobs mostly wait on their chunks or on the disk
        p->setObjectName(QStringLiteral("Quadrant jobs"));
        // Nothing waits for a job while the application runs (a Job is canceled, never waited
        // for); when the application object goes, the jobs it canceled finish first, so that no
        // worker outlives the Qt it uses.
        qAddPostRoutine([] { JobPool::instance()->waitForDone(); });
        return p;
    }();
    return pool;
}

} // namespace Quadrant
