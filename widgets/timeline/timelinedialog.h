// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/timeline.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Quadrant {

class AnalysisRunner;
class ProjectSession;
class RecordTableModel;

// The timeline of one person or account: who they are, then every event with the CRM records
// interleaved, oldest first, read off the GUI thread. A filter box narrows the rows; double-
// clicking a row of an account's timeline opens that person's own timeline.
class TimelineDialog : public QDialog
{
    Q_OBJECT
public:
    TimelineDialog(ProjectSession *session,
                   const Timeline::Query &query,
                   QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QLabel *factsLabel() const { return m_facts; }
    QLineEdit *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    AnalysisRunner *runner() const { return m_runner; }

    // Opens a timeline dialog for the window (deleted on close).
    static TimelineDialog *
    open(ProjectSession *session, Timeline::Subject subject, const QString &id, QWidget *parent);

private:
    void load();

    QPointer<ProjectSession> m_session;
    Timeline::Query m_query;
    QLabel *m_facts;
    QLineEdit *m_filter;
    QTableView *m_view;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    AnalysisRunner *m_runner;
};

} // namespace Quadrant
