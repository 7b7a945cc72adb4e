// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QtGlobal>

#include <optional>

namespace Quadrant {

class JobContext;
class ProjectStore;

struct SampleOptions
{
    int persons = 3000;
    quint64 seed = 42;
};

// Fills an empty project with a B2B SaaS company's data, the same for the same seed: accounts
// across industries and plans, persons with roles, 90 days of web, app and server events in
// sessions (an onboarding funnel, a pricing-page A/B test, feature use that differs by role and
// industry, churn), marketing spend, leads, deals and NPS answers. Rows go through the same
// writers as an import, in one transaction.
class SampleGenerator
{
public:
    // Raised whenever what the sample holds changes (data, saved analyses), so that an older
    // sample file is not shown as the current one.
    static constexpr int version = 5;

    explicit SampleGenerator(SampleOptions options = SampleOptions());
    std::optional<Failure> generate(ProjectStore &store, JobContext &context);

    // The data set's fixed time span, so that the sample tells the same story on any day.
    static qint64 startMs();
    static qint64 endMs();

private:
    static std::optional<Failure> saveDemoAnalyses(const ProjectStore &store);
    static std::optional<Failure> saveCustomerSuccessAnalyses(const ProjectStore &store);
    SampleOptions m_options;
};

} // namespace Quadrant
