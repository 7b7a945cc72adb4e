// SPDX-License-Identifier: MIT
#include "propertycatalogmodel.h"

#include <QLocale>
#include <QMimeData>

namespace Quadrant {

void PropertyCatalogModel::setProperties(const QVector<PropertyInfo> &properties)
{
    beginResetModel();
    m_properties = properties;
    endResetModel();
}

QString PropertyCatalogModel::label(const QString &qualifiedName)
{
    if (qualifiedName.startsWith(QLatin1String("event.")))
        return tr("%1 (event property)").arg(qualifiedName.mid(6));
    if (qualifiedName.startsWith(QLatin1String("person.")))
        return tr("%1 (person property)").arg(qualifiedName.mid(7));
    return qualifiedName;
}

QString PropertyCatalogModel::qualifiedName(const PropertyInfo &property)
{
    return (property.onPerson ? QStringLiteral("person.") : QStringLiteral("event."))
           + property.key;
}

int PropertyCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_properties.size());
}

int PropertyCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertyCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_properties.size())
        return {};
    const PropertyInfo &property = m_properties[index.row()];
    if (role == QualifiedNameRole)
        return qualifiedName(property);
    if (role == Qt::ToolTipRole)
        return property.onPerson
                   ? tr("Person property %1: drag onto a breakdown").arg(property.key)
                   : tr("Event property %1: drag onto a breakdown, a step filter or hold constant")
                         .arg(property.key);
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return property.key;
    case KindColumn:
        return property.onPerson ? tr("person") : tr("event");
    case CountColumn:
        return role == Qt::EditRole ? QVariant(property.count)
                                    : QVariant(QLocale().toString(property.count));
    default:
        return {};
    }
}

QVariant PropertyCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Property");
    case KindColumn:
        return tr("On");
    case CountColumn:
        return tr("Seen");
    default:
        return {};
    }
}

Qt::ItemFlags PropertyCatalogModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index)
           | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList PropertyCatalogModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType)};
}

QMimeData *PropertyCatalogModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QString name = qualifiedName(m_properties[indexes.first().row()]);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), name.toUtf8());
    mime->setText(name);
    return mime;
}

} // namespace Quadrant
