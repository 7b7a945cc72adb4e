// SPDX-License-Identifier: MIT
#pragma once

#include "analysisview.h"
#include "crm/crmkinds.h"
#include "queryeditor.h"

class QComboBox;
class QCustomPlot;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Quadrant {

class AsOfEditor;
class RecordTableModel;

// The book of business: every account with industry, plan, ARR, seats, active persons, health
// score with its band and trend, renewal date and NPS, sortable and filterable, scored by the
// health model chosen. Double-click an account for its page.
class AccountsView : public AnalysisView
{
    Q_OBJECT
public:
    AccountsView(AnalysisDocument *document, ProjectSession *session, QWidget *parent = nullptr);
    ~AccountsView() override;

    void recompute() override;
    // Opens the page of the account in the table's row (of the sorted, filtered view).
    void openAccountAt(int row);

    // The health model choice: the built-in one, then the models saved in the project.
    static void fillModelChoice(QComboBox *combo, ProjectSession *session, const QString &current);

protected:
    void syncControls() override;
    void showResult() override;
    void clearResult() override;
    QString problemTitle() const override;

private:
    QueryEditor<AccountsQuery, AccountsKind> m_editor;
    QComboBox *m_model;
    AsOfEditor *m_asOf;
    QLineEdit *m_filter;
    QTabWidget *m_resultTabs;
    QWidget *m_chartHost;
    QCustomPlot *m_chart = nullptr;
    QTableView *m_table;
    RecordTableModel *m_tableModel;
    QSortFilterProxyModel *m_proxy;
    bool m_sortedOnce = false;
};

} // namespace Quadrant
