// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListWidget;

namespace Quadrant {

class AnalysisTabs;
class ProjectController;

// The Saved Analyses dock: New Funnel, New… (every other kind), and the analyses saved in the
// project, opened with a double-click, renamed or deleted from a context menu.
class SavedAnalysesPanel : public QWidget
{
    Q_OBJECT
public:
    SavedAnalysesPanel(ProjectController *project, AnalysisTabs *tabs, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void refresh();

private:
    ProjectController *m_project;
    AnalysisTabs *m_tabs;
    QListWidget *m_list;
};

} // namespace Quadrant
