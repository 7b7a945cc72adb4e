// SPDX-License-Identifier: MIT
#pragma once

#include "analysisview.h"
#include "crm/crmkinds.h"
#include "queryeditor.h"

class QChartView;
class QTabWidget;
class QTableView;

namespace Quadrant {

class DateRangeEditor;
class RecordTableModel;

// Channel ROI: spend against leads, deals and won revenue per channel, with cost per lead, cost
// per won deal and ROI, over a date range; a chart of spend beside revenue for a slide.
class RoiView : public AnalysisView
{
    Q_OBJECT
public:
    RoiView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~RoiView() override;

    void recompute() override;

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QueryEditor<RoiQuery, RoiKind> m_editor;
    QTabWidget *m_resultTabs;
    QWidget *m_chartHost;
    QChartView *m_chart = nullptr;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
    DateRangeEditor *m_dates = nullptr;
};

} // namespace Quadrant
