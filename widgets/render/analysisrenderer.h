// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QSize>
#include <QStringList>

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
    static std::optional<Failure>
    render(const ProjectStore &store, const EventIndex &index, const Request &request);
    // A printable PDF report of saved analyses (every one, in the order they were made, when
    // `analyses` is empty): a cover, then each one's chart and first rows. Of "every one", those
    // that cannot be drawn (no event chosen yet) are left out and named in `leftOut`; a named
    // one that cannot be drawn fails the report.
    static std::optional<Failure> report(const ProjectStore &store,
                                         const EventIndex &index,
                                         const QStringList &analyses,
                                         const QString &output,
                                         QStringList *leftOut = nullptr);
};

} // namespace Quadrant
