// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QObject>
#include <QSize>

#include <functional>

class QWidget;

namespace Quadrant {

class AnalysisTabs;
class AnalysisView;
class ProjectController;

// What File ▸ Export and Edit ▸ Copy do with the open analyses: a chart as PNG, SVG or PDF, a
// table as CSV or XLSX, a printable report of every open tab, or either on the clipboard. An
// analysis still computing is exported once its result is shown (nothing waits: the export
// continues from the runner's idle signal), so a file never shows "Computing…".
class ExportActions : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool written)>;

    ExportActions(ProjectController *project, AnalysisTabs *tabs, QWidget *window);

    void
    exportChart(const QString &path, QSize size = QSize(1200, 700), int dpi = 96, Done done = {});
    void exportTable(const QString &path, bool byteOrderMark = false, Done done = {});
    // Every open analysis tab, in tab order.
    void exportReport(const QString &path, Done done = {});
    void copyChart();
    void copyTable();

    // The menu items: ask for a file (and a size for PNG), then export.
    void exportChartDialog();
    void exportTableDialog();
    void exportReportDialog();

signals:
    void message(const QString &text);
    void problem(const QString &title, const Quadrant::Failure &failure);

private:
    // The current analysis, once its result is shown.
    void withCurrentResult(const std::function<void(AnalysisView *)> &then, const Done &done);
    QString askPath(const QString &title,
                    const QString &defaultSuffix,
                    const QString &filters,
                    QString *selectedFilter);
    void finish(const Done &done, bool written);

    ProjectController *m_project;
    AnalysisTabs *m_tabs;
    QWidget *m_window;
};

} // namespace Quadrant
