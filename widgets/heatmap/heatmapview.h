// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/heatmapengine.h"
#include "analysis/heatmapjson.h"
#include "analysisview.h"
#include "queryeditor.h"

#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;

namespace Quadrant {

class DateRangeEditor;

class RecordTableModel;

// Heatmaps: when people are active (weekday x hour in a chosen time zone, events or distinct
// persons) and which features each account, industry or role has adopted (the share of its
// persons who used each event). A QCustomPlot colour map with labelled axes, a colour scale,
// exact values on hover, and rows sortable by their total.
class HeatmapView : public AnalysisView
{
    Q_OBJECT
public:
    HeatmapView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~HeatmapView() override;

    void recompute() override;
    // What hovering over a pixel of the plot says ("Finance · export_csv: 61.2% of 48 persons").
    QString describeAt(const QPoint &pixel) const;

    // The plot of a (sorted) result as the tab draws it.
    static std::unique_ptr<QCustomPlot> createPlot(const HeatmapQuery &query,
                                                   const HeatmapResult &shown);

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildDefinitionPanel();
    QWidget *buildResultPanel();
    // The result as drawn (rows in the definition's order); empty while there is none.
    const HeatmapResult &shown() const;

    QueryEditor<HeatmapQuery, HeatmapJson> m_editor;

    QComboBox *m_kind;
    QComboBox *m_measure;
    QComboBox *m_timeZone;
    QComboBox *m_by;
    QListWidget *m_events;
    QComboBox *m_sort;
    QTabWidget *m_resultTabs;
    QWidget *m_plotHost;
    QCustomPlot *m_plot = nullptr;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
    DateRangeEditor *m_dates = nullptr;
};

} // namespace Quadrant
