// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/retentionengine.h"
#include "analysis/retentionjson.h"
#include "analysisview.h"
#include "queryeditor.h"

#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Quadrant {

class DateRangeEditor;

class PersonListDialog;
class RetentionGridModel;

// The retention grid: the start and return events (chosen or dragged from the catalog), the
// period, how many periods, "on" or "on or after", first-time or recurring cohorts and a
// breakdown on the left; the cohort x period grid shaded by rate and the retention curve on the
// right. Every edit is one undo step and recomputes off the GUI thread.
class RetentionView : public AnalysisView
{
    Q_OBJECT
public:
    RetentionView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~RetentionView() override;

    void recompute() override;

    // Lists the persons of a grid cell in a dialog (what clicking the cell does).
    PersonListDialog *showCellPersons(const QModelIndex &index);

    // The retention curve of a result: one line per group, the pooled rate per period.
    static std::unique_ptr<QChartView> createCurve(const RetentionQuery &query,
                                                   const RetentionResult &result);

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QWidget *buildDefinitionPanel();
    QWidget *buildResultPanel();

    QueryEditor<RetentionQuery, RetentionJson> m_editor;

    RetentionGridModel *m_gridModel;
    QComboBox *m_start;
    QComboBox *m_return;
    QComboBox *m_period;
    QSpinBox *m_periods;
    QComboBox *m_mode;
    QCheckBox *m_recurring;
    QComboBox *m_breakdown;
    QTabWidget *m_resultTabs;
    QTableView *m_grid;
    QWidget *m_curveHost;
    QChartView *m_curve = nullptr;
    DateRangeEditor *m_dates = nullptr;
};

} // namespace Quadrant
