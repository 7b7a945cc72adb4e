// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"

#include <QWidget>

#include <memory>

namespace Quadrant {

class AnalysisDocument;
class AnalysisRunner;

// What the window needs from every analysis tab (funnel, and the views to come): its document,
// the table and chart it shows for export and copy, and a way to wait for its computation.
class AnalysisView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual AnalysisDocument *document() const = 0;
    virtual AnalysisRunner *runner() const = 0;
    // The table currently shown (what Export Table writes).
    virtual RecordTable resultTable() const = 0;
    // A fresh chart widget drawing the current result exactly as the tab does, for export at any
    // size without disturbing the window; nullptr while there is no result.
    virtual std::unique_ptr<QWidget> createChartForExport() const = 0;
    // Recomputes from the document (after the project's data changed).
    virtual void recompute() = 0;
};

} // namespace Quadrant
