// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/kinds/stickiness/stickinesskind.h"
#include "analysisview.h"
#include "queryeditor.h"

#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QTableView;

namespace Quadrant {

class DateRangeEditor;
class RecordTableModel;

// Stickiness (analysis/kinds/stickiness/): how many days of each week or month people did an
// event. A bar chart of the share of the period's persons by number of days (one bar set per
// recent period, or per breakdown value over the whole range) and the table of every period.
class StickinessView : public AnalysisView
{
    Q_OBJECT
public:
    StickinessView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~StickinessView() override;

    void recompute() override;
    // The chart of a result, as the view and exports draw it.
    static std::unique_ptr<QChartView> createChart(const StickinessQuery &query,
                                                   const StickinessResult &result);
    // Bar sets drawn at most: the most recent periods, or the largest breakdown values.
    static constexpr int maximumBarSets = 6;

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QWidget *buildDefinitionPanel();

    QueryEditor<StickinessQuery, StickinessKind> m_editor;
    QComboBox *m_event = nullptr;
    QComboBox *m_interval = nullptr;
    QCheckBox *m_cumulative = nullptr;
    QComboBox *m_breakdown = nullptr;
    DateRangeEditor *m_dates = nullptr;
    QWidget *m_chartHost = nullptr;
    QChartView *m_chart = nullptr;
    QTableView *m_table = nullptr;
    RecordTableModel *m_tableModel;
};

} // namespace Quadrant
