// SPDX-License-Identifier: MIT
#include "threadpriority.h"

#ifdef __linux__
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Quadrant::ThreadPriority {

int current()
{
#ifdef __linux__
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

void atLeast(int nice)
{
#ifdef __linux__
    if (current() < nice)
        (void)setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), nice);
#else
    (void)nice;
#endif
}

} // namespace Quadrant::ThreadPriority
