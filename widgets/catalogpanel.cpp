// SPDX-License-Identifier: MIT
#include "catalogpanel.h"

#include "document/projectsession.h"
#include "item/eventcatalogmodel.h"
#include "item/propertycatalogmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Quadrant {

CatalogPanel::CatalogPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_events(new EventCatalogModel(this))
    , m_properties(new PropertyCatalogModel(this))
    , m_eventProxy(new QSortFilterProxyModel(this))
    , m_propertyProxy(new QSortFilterProxyModel(this))
{
    // Narrower than this, the event names and both counts no longer fit side by side.
    setMinimumWidth(240);
    m_search->setPlaceholderText(tr("Search events and properties"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_eventProxy->setSourceModel(m_events);
    m_propertyProxy->setSourceModel(m_properties);
    for (QSortFilterProxyModel *proxy : {m_eventProxy, m_propertyProxy}) {
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setFilterKeyColumn(0);
    }
    m_eventProxy->setSortRole(EventCatalogModel::RawValueRole);
    m_propertyProxy->setSortRole(Qt::EditRole);
    m_eventsView = makeView(m_eventProxy);
    m_eventsView->setObjectName(QStringLiteral("catalogEvents"));
    m_eventsView->setToolTip(tr("Drag an event onto a funnel's steps or exclusions"));
    m_propertiesView = makeView(m_propertyProxy);
    m_propertiesView->setObjectName(QStringLiteral("catalogProperties"));
    m_propertiesView->setToolTip(tr("Drag a property onto a breakdown or hold-constant field"));
    m_tabs->addTab(m_eventsView, tr("Events"));
    m_tabs->addTab(m_propertiesView, tr("Properties"));
    m_tabs->setDocumentMode(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_eventProxy->setFilterFixedString(text);
        m_propertyProxy->setFilterFixedString(text);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_tabs, 1);
}

QTableView *CatalogPanel::makeView(QSortFilterProxyModel *proxy)
{
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

void CatalogPanel::showContents(const ProjectContents &contents)
{
    m_events->setEvents(contents.events);
    m_properties->setProperties(contents.properties);
    m_eventsView->sortByColumn(EventCatalogModel::EventsColumn, Qt::DescendingOrder);
    m_propertiesView->sortByColumn(PropertyCatalogModel::CountColumn, Qt::DescendingOrder);
}

void CatalogPanel::clear()
{
    m_events->setEvents({});
    m_properties->setProperties({});
}

} // namespace Quadrant
