// SPDX-License-Identifier: MIT
#include "projectoverview.h"

#include "item/eventcatalogmodel.h"
#include "item/tablecountsmodel.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Quadrant {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setShowGrid(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

ProjectOverview::ProjectOverview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_eventsStack(new QStackedWidget(this))
    , m_eventsView(makeTable(this))
    , m_tablesView(makeTable(this))
    , m_eventModel(new EventCatalogModel(this))
    , m_tableModel(new TableCountsModel(this))
    , m_eventFilter(new QSortFilterProxyModel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    QPalette muted = m_details->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_details->setPalette(muted);

    m_eventFilter->setSourceModel(m_eventModel);
    m_eventFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_eventFilter->setFilterKeyColumn(EventCatalogModel::NameColumn);
    m_eventFilter->setSortRole(EventCatalogModel::RawValueRole);
    m_eventsView->setModel(m_eventFilter);
    m_eventsView->horizontalHeader()->setSectionResizeMode(EventCatalogModel::NameColumn,
                                                           QHeaderView::Stretch);
    m_eventsView->setDragEnabled(true);
    m_eventsView->setDragDropMode(QAbstractItemView::DragOnly);
    m_eventsView->sortByColumn(EventCatalogModel::EventsColumn, Qt::DescendingOrder);
    m_eventsView->setObjectName(QStringLiteral("eventsView"));

    auto *tableSort = new QSortFilterProxyModel(this);
    tableSort->setSourceModel(m_tableModel);
    tableSort->setSortRole(TableCountsModel::RawValueRole);
    m_tablesView->setModel(tableSort);
    m_tablesView->horizontalHeader()->setSectionResizeMode(TableCountsModel::TableColumn,
                                                           QHeaderView::Stretch);
    m_tablesView->setSortingEnabled(false);
    m_tablesView->setObjectName(QStringLiteral("tablesView"));

    m_search->setPlaceholderText(tr("Search events…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    connect(m_search,
            &QLineEdit::textChanged,
            m_eventFilter,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *emptyEvents = new QLabel(tr("<p><b>No events yet.</b></p><p>Import an event file with "
                                      "<i>File ▸ Import…</i>, or open the built-in sample with "
                                      "<i>File ▸ New Sample Project</i>.</p>"),
                                   this);
    emptyEvents->setAlignment(Qt::AlignCenter);
    emptyEvents->setWordWrap(true);
    m_eventsStack->addWidget(m_eventsView);
    m_eventsStack->addWidget(emptyEvents);

    auto *eventsColumn = new QVBoxLayout;
    eventsColumn->addWidget(sectionTitle(tr("Events"), this));
    eventsColumn->addWidget(m_search);
    eventsColumn->addWidget(m_eventsStack, 1);

    auto *tablesColumn = new QVBoxLayout;
    tablesColumn->addWidget(sectionTitle(tr("What this project holds"), this));
    tablesColumn->addWidget(m_tablesView, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(eventsColumn, 3);
    columns->addLayout(tablesColumn, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addLayout(columns, 1);
}

void ProjectOverview::showProject(const ProjectStore &store)
{
    const QFileInfo file(store.path());
    m_title->setText(file.completeBaseName());
    QString details = tr("%1 · %2 · last changed %3")
                          .arg(QDir::toNativeSeparators(file.absoluteFilePath()),
                               QLocale().formattedDataSize(file.size()),
                               QLocale().toString(file.lastModified(), QLocale::ShortFormat));
    if (store.isReadOnly())
        details += QStringLiteral("\n")
                   + tr("Read-only: %1")
                         .arg(store.readOnlyReason().isEmpty() ? tr("opened read-only")
                                                               : store.readOnlyReason());
    m_details->setText(details);
}

void ProjectOverview::showContents(const QVector<TableCount> &tables,
                                   const QVector<EventNameCount> &events)
{
    m_tableModel->setCounts(tables);
    m_eventModel->setEvents(events);
    m_eventsStack->setCurrentIndex(m_eventModel->rowCount() > 0 ? 0 : 1);
}

void ProjectOverview::clear()
{
    m_title->clear();
    m_details->clear();
    m_tableModel->setCounts({});
    m_eventModel->setEvents({});
}

} // namespace Quadrant
