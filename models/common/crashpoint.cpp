// SPDX-License-Identifier: MIT
#include "crashpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <csignal>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace Quadrant {

namespace {

struct Target
{
    QByteArray name;
    long long remaining = 0;
    int signal = SIGKILL;
};

std::once_flag s_once;
std::atomic<bool> s_armed{false};
Target s_target;
std::atomic<long long> s_passes{0};

void readEnvironment()
{
    QByteArray spec = qgetenv("QUADRANT_CRASH_AT");
    // NAME:N:TERM (or INT, HUP): that signal instead of SIGKILL, handlers and all.
    for (const auto &[word, number] : {std::pair{":TERM", SIGTERM},
                                       std::pair{":INT", SIGINT},
                                       std::pair{":HUP", SIGHUP},
                                       std::pair{":KILL", SIGKILL}})
        if (spec.endsWith(word)) {
            s_target.signal = number;
            spec.chop(qstrlen(word));
        }
    const int colon = spec.lastIndexOf(':');
    if (colon <= 0)
        return;
    bool ok = false;
    const long long count = spec.mid(colon + 1).toLongLong(&ok);
    if (!ok || count < 1)
        return;
    s_target.name = spec.left(colon);
    s_target.remaining = count;
    s_armed.store(true, std::memory_order_release);
}

} // namespace

void crashPoint(const char *name)
{
    std::call_once(s_once, readEnvironment);
    if (!s_armed.load(std::memory_order_acquire)
        || std::strcmp(name, s_target.name.constData()) != 0)
        return;
    if (s_passes.fetch_add(1) + 1 >= s_target.remaining) {
        ::kill(::getpid(), s_target.signal);
        if (s_target.signal != SIGKILL) // delivered on this thread or another: wait for it
            for (;;)
                ::pause();
    }
}

} // namespace Quadrant
