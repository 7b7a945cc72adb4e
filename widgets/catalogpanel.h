// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Quadrant {

class EventCatalogModel;
class PropertyCatalogModel;
struct ProjectContents;

// The catalog beside every analysis: the project's events and properties with counts, narrowed
// by one search field. Items are dragged onto funnel steps, exclusions, breakdowns and filters.
class CatalogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPanel(QWidget *parent = nullptr);

    void showContents(const ProjectContents &contents);
    void clear();

    QLineEdit *search() const { return m_search; }
    QTableView *eventsView() const { return m_eventsView; }
    QTableView *propertiesView() const { return m_propertiesView; }
    EventCatalogModel *eventModel() const { return m_events; }
    PropertyCatalogModel *propertyModel() const { return m_properties; }

private:
    QTableView *makeView(QSortFilterProxyModel *proxy);

    QLineEdit *m_search;
    QTabWidget *m_tabs;
    EventCatalogModel *m_events;
    PropertyCatalogModel *m_properties;
    QSortFilterProxyModel *m_eventProxy;
    QSortFilterProxyModel *m_propertyProxy;
    QTableView *m_eventsView;
    QTableView *m_propertiesView;
};

} // namespace Quadrant
