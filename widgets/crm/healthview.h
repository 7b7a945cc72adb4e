// SPDX-License-Identifier: MIT
#pragma once

#include "analysisview.h"
#include "crm/crmkinds.h"
#include "queryeditor.h"

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QListWidget;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Quadrant {

class AsOfEditor;
class RecordTableModel;

// The health model designer: the measures and their weights (and a segment's own weights), the
// key events, the bands' thresholds, the "as of" day; while editing, the distribution of scores
// across accounts and how many are red, yellow and green. Every edit is one undo step; the model
// is saved in the project under the tab's name.
class HealthView : public AnalysisView
{
    Q_OBJECT
public:
    HealthView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~HealthView() override;

    void recompute() override;

    // Edits a person would make, one undo step each.
    void addMeasure(const QString &id);
    void removeMeasure(int row);
    void setWeight(int row, double weight); // of the segment chosen, when one is
    void addKeyEvents(const QStringList &events);

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QWidget *buildDefinitionPanel();
    QString chosenSegment() const;

    QueryEditor<HealthQuery, HealthKind> m_editor;
    QTableWidget *m_measures;
    QComboBox *m_add;
    QListWidget *m_keyEvents;
    QDoubleSpinBox *m_redBelow, *m_greenFrom;
    QComboBox *m_segmentBy, *m_segment;
    AsOfEditor *m_asOf;
    QTabWidget *m_resultTabs;
    QWidget *m_chartHost;
    QCustomPlot *m_chart = nullptr;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
    QStringList m_segmentValues; // plans or industries seen in the last result
};

} // namespace Quadrant
