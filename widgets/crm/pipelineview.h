// SPDX-License-Identifier: MIT
#pragma once

#include "analysisview.h"
#include "crm/crmkinds.h"
#include "queryeditor.h"

class QChartView;
class QComboBox;
class QTabWidget;
class QTableView;

namespace Quadrant {

class DateRangeEditor;
class RecordTableModel;

// The sales pipeline: deals by stage as bars, and a table of deals, open, won, lost, win rate,
// revenue and sales cycle per group of any deal or account field. "Stage names..." maps a
// project's own stage names to won, lost or open.
class PipelineView : public AnalysisView
{
    Q_OBJECT
public:
    PipelineView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~PipelineView() override;

    void recompute() override;
    // Opens the editor of stage names (won, lost, open) for the stages of the result shown.
    void editStageNames();

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QueryEditor<PipelineQuery, PipelineKind> m_editor;
    QComboBox *m_by;
    QTabWidget *m_resultTabs;
    QWidget *m_chartHost;
    QChartView *m_chart = nullptr;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
    DateRangeEditor *m_dates = nullptr;
};

} // namespace Quadrant
