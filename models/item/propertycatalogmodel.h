// SPDX-License-Identifier: MIT
#pragma once

#include "store/propertycatalog.h"

#include <QAbstractTableModel>

namespace Quadrant {

// Person and event properties with how often they occur. Items drag (as
// application/x-quadrant-property, "person.KEY" or "event.KEY") onto breakdown, filter and
// hold-constant fields.
class PropertyCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, CountColumn, ColumnCount };
    enum Role { QualifiedNameRole = Qt::UserRole + 1 };
    static constexpr const char *mimeType = "application/x-quadrant-property";

    using QAbstractTableModel::QAbstractTableModel;

    void setProperties(const QVector<PropertyInfo> &properties);
    const QVector<PropertyInfo> &properties() const { return m_properties; }
    // "event.device" reads "device (event property)", "person.plan" "plan (person property)";
    // a bare key stays as it is.
    static QString label(const QString &qualifiedName);
    static QString qualifiedName(const PropertyInfo &property);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    QVector<PropertyInfo> m_properties;
};

} // namespace Quadrant
