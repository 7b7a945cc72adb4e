// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/kinds/lifecycle/lifecyclekind.h"
#include "analysisview.h"
#include "queryeditor.h"

#include <memory>

class QChartView;
class QComboBox;
class QDialog;
class QTableView;

namespace Quadrant {

class DateRangeEditor;
class RecordTableModel;

// Lifecycle (analysis/kinds/lifecycle/): each period's active persons as new, returning and
// resurrecting stacked above the axis and those gone dormant below it, as PostHog draws it; a
// click on a bar lists its persons. The table has every period (and breakdown value).
class LifecycleView : public AnalysisView
{
    Q_OBJECT
public:
    LifecycleView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~LifecycleView() override;

    void recompute() override;
    // The chart of a result (every breakdown value summed), as the view and exports draw it.
    static std::unique_ptr<QChartView> createChart(const LifecycleQuery &query,
                                                   const LifecycleResult &result);
    // The persons of one bar of the shown result (the list the chart opens on a click).
    QDialog *openPersons(size_t period, LifecycleStatus status);

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QWidget *buildDefinitionPanel();

    QueryEditor<LifecycleQuery, LifecycleKind> m_editor;
    QComboBox *m_event = nullptr;
    QComboBox *m_interval = nullptr;
    QComboBox *m_breakdown = nullptr;
    DateRangeEditor *m_dates = nullptr;
    QWidget *m_chartHost = nullptr;
    QChartView *m_chart = nullptr;
    QTableView *m_table = nullptr;
    RecordTableModel *m_tableModel;
};

} // namespace Quadrant
