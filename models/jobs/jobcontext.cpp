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
    if (step == m_lastReportedStep && fraction < 1.0)
        return;
    m_lastReportedStep = step;
    m_callback(fraction, stage);
}

} // namespace Quadrant
