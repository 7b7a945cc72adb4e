// SPDX-License-Identifier: MIT
#include "eventcatalogmodel.h"

#include <QLocale>
#include <QMimeData>

namespace Quadrant {

void EventCatalogModel::setEvents(const QVector<EventNameCount> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int EventCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return QVariant();
    const EventNameCount &event = m_events[index.row()];
    switch (role) {
    case RawValueRole:
        if (index.column() == NameColumn)
            return event.name;
        return index.column() == EventsColumn ? event.events : event.persons;
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return event.name;
        return QLocale().toString(index.column() == EventsColumn ? event.events : event.persons);
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        return tr("%1: %2 events by %3 persons. Drag it onto an analysis.")
            .arg(event.name, QLocale().toString(event.events), QLocale().toString(event.persons));
    default:
        return QVariant();
    }
}

QVariant EventCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Event");
    case EventsColumn:
        return tr("Events");
    case PersonsColumn:
        return tr("Persons");
    default:
        return QVariant();
    }
}

Qt::ItemFlags EventCatalogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList EventCatalogModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType), QStringLiteral("text/plain")};
}

QMimeData *EventCatalogModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList names;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.column() == NameColumn)
            names << m_events[index.row()].name;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), names.join(QLatin1Char('\n')).toUtf8());
    mime->setText(names.join(QLatin1Char('\n')));
    return mime;
}

} // namespace Quadrant
