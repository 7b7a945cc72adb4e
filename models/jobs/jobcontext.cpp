// SPDX-License-Identifier: MIT
#include "jobcontext.h"

#include "heavywork.h"

#include <algorithm>

namespace Quadrant {

void JobContext::setProgress(double fraction, const QString &stage)
{
    heavyWork("an engine job (JobContext::setProgress)");
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_progress.store(fraction, std::memory_order_relaxed);
    if (!m_callback)
        return;
    // Throttle: a callback per 0.5% keeps a progress bar smooth without flooding a queue.
    const int step = int(fraction * 200);
    int last = m_lastReportedStep.load(std::memory_order_relaxed);
    if (step == last && fraction < 1.0)
        return;
    if (!m_lastReportedStep.compare_exchange_strong(last, step, std::memory_order_relaxed)
        && fraction < 1.0)
        return; // another thread reported just now
    m_callback(fraction, stage);
}

} // namespace Quadrant
