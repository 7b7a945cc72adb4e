// SPDX-License-Identifier: MIT
#include "heavywork.h"

#include <QMutex>
#include <QThread>

#include <atomic>

namespace Quadrant {

namespace {

std::atomic<QThread *> s_forbidden{nullptr};
QMutex s_mutex;
QStringList s_record;

} // namespace

void heavyWork(const char *what)
{
    QThread *forbidden = s_forbidden.load(std::memory_order_relaxed);
    if (!forbidden || QThread::currentThread() != forbidden)
        return;
    QMutexLocker locker(&s_mutex);
    const QString entry = QString::fromLatin1(what);
    if (!s_record.contains(entry))
        s_record << entry;
}

void forbidHeavyWorkOn(QThread *thread)
{
    s_forbidden.store(thread, std::memory_order_relaxed);
}

QStringList heavyWorkOnForbiddenThread()
{
    QMutexLocker locker(&s_mutex);
    return s_record;
}

void clearHeavyWorkRecord()
{
    QMutexLocker locker(&s_mutex);
    s_record.clear();
}

} // namespace Quadrant
