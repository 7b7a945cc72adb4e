// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QSize>

#include <optional>

namespace Quadrant {

class ProjectStore;
class EventIndex;

// Renders a saved analysis to a file without a window, with the very widgets the workbench
// draws it with: a chart (.png, .svg, .pdf) or its table (.csv, .xlsx). Backs `quadrant-cli
// render`; needs a QApplication (the offscreen platform will do).
class AnalysisRenderer
{
public:
    struct Request
    {
        QString analysis;
        QString output;
        QSize size = QSize(1200, 700);
        int dpi = 96;
    };
    static std::optional<Failure> render(const ProjectStore &store, const EventIndex &index, const Request &request);
};

} // namespace Quadrant
