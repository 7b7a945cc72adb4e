// SPDX-License-Identifier: MIT
#pragma once

#include "analysisview.h"
#include "crm/crmkinds.h"
#include "queryeditor.h"

class QComboBox;
class QDoubleSpinBox;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Quadrant {

class AsOfEditor;
class QuadrantPlot;
class RecordTableModel;

// The renewal / expansion quadrant: accounts placed by health and expansion (size by ARR, colour
// by band) with the thresholds dragged on the plot or typed, and beside it the four quadrants
// as to-do lists by renewal date (accounts without a score apart). A click opens the account.
class QuadrantView : public AnalysisView
{
    Q_OBJECT
public:
    QuadrantView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~QuadrantView() override;

    void recompute() override;
    void openAccount(int account);

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    void setThresholds(double health, double expansion);

    QueryEditor<QuadrantQuery, QuadrantKind> m_editor;
    QComboBox *m_model;
    QDoubleSpinBox *m_health, *m_expansion;
    AsOfEditor *m_asOf;
    QTabWidget *m_resultTabs;
    QWidget *m_chartHost;
    QuadrantPlot *m_plot = nullptr;
    QTreeWidget *m_lists;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
};

} // namespace Quadrant
