// SPDX-License-Identifier: MIT
#pragma once

#include "analysisview.h"
#include "crm/crmkinds.h"
#include "queryeditor.h"

class QComboBox;
class QCustomPlot;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Quadrant {

class AsOfEditor;
class RecordTableModel;

// Lead scoring: points per event (capped) for what a lead's person did lately, points for who
// they are (role, plan, industry...), the leads ranked with their behaviour and fit parts, the
// three largest reasons and whether they came back. Double-click a lead for the person's
// timeline.
class LeadsView : public AnalysisView
{
    Q_OBJECT
public:
    LeadsView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~LeadsView() override;

    void recompute() override;
    void addBehaviourRule(const QString &event);
    void addFitRule(const QString &field, const QString &value, double weight);
    void openTimelineAt(int row);

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QWidget *buildDefinitionPanel();

    QueryEditor<LeadModel, LeadsKind> m_editor;
    QSpinBox *m_days, *m_top;
    AsOfEditor *m_asOf;
    QTableWidget *m_behaviour, *m_fit;
    QComboBox *m_fitField;
    QLineEdit *m_fitValue;
    QTabWidget *m_resultTabs;
    QWidget *m_chartHost;
    QCustomPlot *m_chart = nullptr;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
};

} // namespace Quadrant
