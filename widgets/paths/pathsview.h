// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/pathengine.h"
#include "analysis/pathjson.h"
#include "analysisview.h"
#include "queryeditor.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Quadrant {

class DateRangeEditor;

class RecordTableModel;
class SankeyWidget;

// Paths: what people did after (or before) an event, within the session, as a Sankey diagram.
// Clicking a node starts or ends the paths there or excludes its event; a slider groups flows
// seen fewer times than the minimum weight as "other". A saved cohort (a funnel's drop-off)
// narrows the walk to its persons.
class PathsView : public AnalysisView
{
    Q_OBJECT
public:
    PathsView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~PathsView() override;

    void recompute() override;

    // What clicking a node offers; the view's menu calls these.
    void startAt(const QString &event);
    void endAt(const QString &event);
    void exclude(const QString &event);

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QWidget *buildDefinitionPanel();
    QWidget *buildResultPanel();

    QueryEditor<PathQuery, PathJson> m_editor;
    void showNodeMenu(int step, const QString &event, const QPoint &globalPos);

    QComboBox *m_anchor;
    QComboBox *m_direction;
    QSpinBox *m_depth;
    QSpinBox *m_sessionGap;
    QCheckBox *m_collapse;
    QSlider *m_minimumWeight;
    QLabel *m_minimumWeightLabel;
    QListWidget *m_excluded;
    QLabel *m_cohortLabel;
    QPushButton *m_clearCohort;
    QTabWidget *m_resultTabs;
    SankeyWidget *m_sankey;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
    DateRangeEditor *m_dates = nullptr;
};

} // namespace Quadrant
