// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/trendjson.h"
#include "analysisview.h"
#include "queryeditor.h"

class QCheckBox;
class QChartView;
class QComboBox;
class QTabWidget;
class QTableView;

namespace Quadrant {

class DateRangeEditor;
class RecordTableModel;

// A trend: one event measured per day, week or month (total, persons, per person, or the sum or
// average of a property), optionally one line per breakdown value (the event's source compares
// front end with back end) and the range before as a dashed line. Line or bar chart and a table.
class TrendView : public AnalysisView
{
    Q_OBJECT
public:
    TrendView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~TrendView() override;

    void recompute() override;

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QWidget *buildDefinitionPanel();
    QWidget *buildResultPanel();
    void editMeasure();

    QueryEditor<TrendQuery, TrendJson> m_editor;
    QComboBox *m_event;
    QComboBox *m_measure;
    QComboBox *m_property;
    QComboBox *m_interval;
    QComboBox *m_breakdown;
    QCheckBox *m_compare;
    QComboBox *m_chartType;
    QTabWidget *m_resultTabs;
    QWidget *m_chartHost;
    QChartView *m_chart = nullptr;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
    DateRangeEditor *m_dates = nullptr;
};

} // namespace Quadrant
