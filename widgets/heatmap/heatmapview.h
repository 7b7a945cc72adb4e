// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/heatmapengine.h"
#include "analysisview.h"

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

    RecordTable resultTable() const override;
    std::unique_ptr<QWidget> createChartForExport() const override;
    void recompute() override;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *byBox() const { return m_by; }
    QComboBox *sortBox() const { return m_sort; }
    QListWidget *eventList() const { return m_events; }
    QCustomPlot *plot() const { return m_plot; }
    const HeatmapResult *result() const { return m_result.get(); }
    // The result as drawn: rows in the chosen order.
    const HeatmapResult &shownResult() const { return m_shown; }
    // What hovering over a pixel of the plot says ("Finance · export_csv: 61.2% of 48 persons").
    QString describeAt(const QPoint &pixel) const;

    // The plot of a (sorted) result as the tab draws it.
    static std::unique_ptr<QCustomPlot> createPlot(const HeatmapQuery &query,
                                                   const HeatmapResult &shown);
    // Rows ordered by their total, largest first ("total"), or by name.
    static HeatmapResult sorted(const HeatmapResult &result, const QString &sort);

protected:
    void syncControls() override;
    void clearResult() override;
    QString problemTitle() const override;
    QString definitionError() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildDefinitionPanel();
    QWidget *buildResultPanel();
    HeatmapQuery query() const;
    QString sortOrder() const;
    void edit(const std::function<void(HeatmapQuery &)> &change,
              const QString &description,
              const QString &sort = QString());
    void showResult(const HeatmapQuery &query, std::shared_ptr<const HeatmapResult> result);

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
    bool m_syncing = false;
    HeatmapQuery m_shownQuery;
    HeatmapResult m_shown;
    std::shared_ptr<const HeatmapResult> m_result;
};

} // namespace Quadrant
