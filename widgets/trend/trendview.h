// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/trendengine.h"
#include "analysisview.h"

#include <memory>

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

    RecordTable resultTable() const override;
    std::unique_ptr<QWidget> createChartForExport() const override;
    void recompute() override;

    QComboBox *eventBox() const { return m_event; }
    QComboBox *measureBox() const { return m_measure; }
    QComboBox *breakdownBox() const { return m_breakdown; }
    QCheckBox *compareBox() const { return m_compare; }
    QComboBox *chartTypeBox() const { return m_chartType; }
    QTableView *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    const TrendResult *result() const { return m_result.get(); }

    // The chart of a result as the tab draws it: `bars` or lines; previous periods dashed.
    static std::unique_ptr<QChartView>
    createChart(const TrendQuery &query, const TrendResult &result, bool bars);

protected:
    void syncControls() override;
    void clearResult() override;
    QString problemTitle() const override;
    QString definitionError() const override;

private:
    QWidget *buildDefinitionPanel();
    QWidget *buildResultPanel();
    TrendQuery query() const;
    bool bars() const;
    void edit(const std::function<void(TrendQuery &)> &change, const QString &description);
    void editMeasure();
    void showResult(const TrendQuery &query, std::shared_ptr<const TrendResult> result);

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
    bool m_syncing = false;
    TrendQuery m_shownQuery;
    std::shared_ptr<const TrendResult> m_result;
};

} // namespace Quadrant
