// SPDX-License-Identifier: MIT
#pragma once

#include "store/projectstore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Quadrant {

class EventCatalogModel;
class ProjectStore;
class TableCountsModel;

// The project at a glance: where the file is, what tables it holds with their row counts, and a
// searchable list of its events with counts, whose items can be dragged onto analyses.
class ProjectOverview : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectOverview(QWidget *parent = nullptr);

    // The file's name, place, size and access (cheap, on opening).
    void showProject(const ProjectStore &store);
    // What it holds, once read off the GUI thread.
    void showContents(const QVector<TableCount> &tables, const QVector<EventNameCount> &events);
    void clear();

    QTableView *eventsView() const { return m_eventsView; }
    QTableView *tablesView() const { return m_tablesView; }
    QLineEdit *eventSearch() const { return m_search; }
    EventCatalogModel *eventModel() const { return m_eventModel; }
    TableCountsModel *tableModel() const { return m_tableModel; }

private:
    QLabel *m_title;
    QLabel *m_details;
    QLineEdit *m_search;
    QStackedWidget *m_eventsStack;
    QTableView *m_eventsView;
    QTableView *m_tablesView;
    EventCatalogModel *m_eventModel;
    TableCountsModel *m_tableModel;
    QSortFilterProxyModel *m_eventFilter;
};

} // namespace Quadrant
