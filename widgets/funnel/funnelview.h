// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/funnelengine.h"
#include "analysis/funneljson.h"
#include "analysisview.h"
#include "queryeditor.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QListView;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Quadrant {

class ConversionOverTimeChart;
class FunnelChart;
class DateRangeEditor;
class FunnelStepsModel;
class RecordTableModel;
class TimeToConvertChart;

// The funnel builder: steps dragged in from the catalog (insert anywhere, drag to reorder),
// window, order, entry dates, breakdown, exclusions and a property held constant on the left;
// the result on the right as a chart, a table, time to convert and conversion over time. Every
// edit is one undo step and recomputes off the GUI thread.
class FunnelView : public AnalysisView
{
    Q_OBJECT
public:
    FunnelView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~FunnelView() override;

    // The chart of the result tab shown (funnel, time to convert or conversion over time).
    std::unique_ptr<QWidget> createChartForExport() const override;
    void recompute() override;

    // The steps as a model (drag and drop, reorder, filters): what a person edits.
    FunnelStepsModel *stepsModel() const { return m_stepsModel; }
    // Lists who reached step - 1 but not step (with a breakdown, of one group or of everyone).
    void showDropOff(int step, const QString &group = QString());

signals:
    void resultShown();

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QWidget *buildDefinitionPanel();
    QWidget *buildResultPanel();
    void editStepFilters(int row);
    qint64 windowMs() const;

    QueryEditor<FunnelQuery, FunnelJson> m_editor;
    FunnelStepsModel *m_stepsModel;
    QListView *m_stepsView;
    QSpinBox *m_windowValue;
    QComboBox *m_windowUnit;
    QComboBox *m_mode;
    DateRangeEditor *m_dates;
    QComboBox *m_breakdown;
    QComboBox *m_hold;
    QListWidget *m_exclusions;
    QSpinBox *m_exclusionStep;
    QTabWidget *m_resultTabs;
    FunnelChart *m_chart;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
    TimeToConvertChart *m_timeChart;
    ConversionOverTimeChart *m_overTimeChart;
};

} // namespace Quadrant
