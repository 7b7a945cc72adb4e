// SPDX-License-Identifier: MIT
#pragma once

#include "store/projectstore.h"

#include <QAbstractTableModel>

namespace Quadrant {

// The project's event names with how many events and persons each has. Items can be dragged
// (as text/plain and application/x-quadrant-event) onto analyses.
class EventCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EventsColumn, PersonsColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };
    static constexpr const char *mimeType = "application/x-quadrant-event";

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const QVector<EventNameCount> &events);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    QVector<EventNameCount> m_events;
};

} // namespace Quadrant
