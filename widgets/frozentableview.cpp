// SPDX-License-Identifier: MIT
#include "frozentableview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace Quadrant {

FrozenTableView::FrozenTableView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setFrameShape(QFrame::NoFrame);
    // A line at its right edge, where the other columns slide under it.
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid palette(mid); }"));
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollMode(ScrollPerPixel);
    viewport()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int) {
        if (logical == 0) {
            m_frozen->setColumnWidth(0, columnWidth(0));
            placeFrozenColumn();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this](int row, int, int size) {
        m_frozen->setRowHeight(row, size);
    });
    connect(m_frozen->verticalScrollBar(),
            &QAbstractSlider::valueChanged,
            verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(),
            &QAbstractSlider::valueChanged,
            m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // The first column acts as part of the table.
    connect(m_frozen, &QTableView::clicked, this, &QTableView::clicked);
    connect(m_frozen, &QTableView::doubleClicked, this, &QTableView::doubleClicked);
    connect(m_frozen, &QTableView::activated, this, &QTableView::activated);
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (!isSortingEnabled() || section != 0)
            return;
        const bool ascending = horizontalHeader()->sortIndicatorSection() == 0
                               && horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
        sortByColumn(0, ascending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            this,
            [this](int section, Qt::SortOrder order) {
                m_frozen->horizontalHeader()->setSortIndicatorShown(section == 0);
                m_frozen->horizontalHeader()->setSortIndicator(section, order);
            });
}

void FrozenTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(
            model, &QAbstractItemModel::modelReset, this, &FrozenTableView::showOnlyFirstColumn);
        connect(
            model, &QAbstractItemModel::layoutChanged, this, &FrozenTableView::showOnlyFirstColumn);
        connect(model,
                &QAbstractItemModel::columnsInserted,
                this,
                &FrozenTableView::showOnlyFirstColumn);
    }
    showOnlyFirstColumn();
}

void FrozenTableView::showOnlyFirstColumn()
{
    const QAbstractItemModel *shown = model();
    if (!shown)
        return;
    for (int column = 1; column < shown->columnCount(); ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnHidden(0, false);
    m_frozen->setColumnWidth(0, columnWidth(0));
    for (int row = 0; row < shown->rowCount(); ++row)
        m_frozen->setRowHeight(row, rowHeight(row));
    m_frozen->setVisible(shown->columnCount() > 1);
    placeFrozenColumn();
}

void FrozenTableView::placeFrozenColumn()
{
    // The width follows the table's first column however it changed (a reset of the overlay's
    // header puts its own back to the default).
    if (m_frozen->columnWidth(0) != columnWidth(0))
        m_frozen->setColumnWidth(0, columnWidth(0));
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(),
                          frameWidth(),
                          columnWidth(0),
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
}

void FrozenTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeFrozenColumn();
}

void FrozenTableView::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozenColumn();
}

void FrozenTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // A cell of the first column is always in view sideways; do not scroll for it.
    if (index.column() > 0)
        QTableView::scrollTo(index, hint);
}

} // namespace Quadrant
