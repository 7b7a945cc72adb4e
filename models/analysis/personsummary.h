// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"

#include <vector>

namespace Quadrant {

class EventIndex;
class ProjectStore;

// A list of persons as people read it: who (user_id), which account, how many events, and when
// they were first and last seen (UTC days). Reads the account column once (cached by the index).
class PersonSummary
{
public:
    static RecordTable table(const EventIndex &index,
                             const ProjectStore &store,
                             const std::vector<int> &persons,
                             int limit);
};

} // namespace Quadrant
