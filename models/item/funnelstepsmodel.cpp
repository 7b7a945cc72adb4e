// SPDX-License-Identifier: MIT
#include "funnelstepsmodel.h"

#include "analysis/funneljson.h"
#include "document/analysisdocument.h"
#include "eventcatalogmodel.h"

#include <QMimeData>

namespace Quadrant {

FunnelStepsModel::FunnelStepsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void FunnelStepsModel::setDocument(AnalysisDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &AnalysisDocument::definitionChanged, this, &FunnelStepsModel::reload);
    reload();
}

FunnelQuery FunnelStepsModel::query() const
{
    if (!m_document)
        return {};
    return FunnelJson::fromJson(m_document->definition()).value_or(FunnelQuery());
}

void FunnelStepsModel::reload()
{
    beginResetModel();
    m_steps = query().steps;
    endResetModel();
}

void FunnelStepsModel::commit(const FunnelQuery &query, const QString &description)
{
    if (m_document)
        m_document->edit(FunnelJson::toJson(query), description);
}

void FunnelStepsModel::insertSteps(int row, const QStringList &events)
{
    FunnelQuery q = query();
    row = row < 0 || row > q.steps.size() ? int(q.steps.size()) : row;
    QStringList added;
    for (const QString &event : events) {
        const auto selector = EventSelector::parse(event);
        if (!selector)
            continue;
        q.steps.insert(row++, *selector);
        added << selector->toString();
    }
    if (!added.isEmpty())
        commit(q, tr("Add step %1").arg(added.join(QStringLiteral(", "))));
}

void FunnelStepsModel::moveStep(int from, int to)
{
    FunnelQuery q = query();
    if (from < 0 || from >= q.steps.size())
        return;
    to = std::clamp(to, 0, int(q.steps.size()));
    const int target = to > from ? to - 1 : to;
    if (target == from)
        return;
    const QString name = q.steps[from].toString();
    q.steps.move(from, target);
    // An exclusion belongs between two steps by number; keep it valid after the move.
    for (FunnelQuery::Exclusion &exclusion : q.exclusions)
        exclusion.afterStep
            = std::clamp(exclusion.afterStep, 1, std::max(1, int(q.steps.size()) - 1));
    commit(q, tr("Move step %1").arg(name));
}

void FunnelStepsModel::removeStep(int row)
{
    FunnelQuery q = query();
    if (row < 0 || row >= q.steps.size())
        return;
    const QString name = q.steps[row].toString();
    q.steps.removeAt(row);
    for (int i = int(q.exclusions.size()) - 1; i >= 0; --i)
        if (q.exclusions[i].afterStep >= q.steps.size())
            q.exclusions.removeAt(i);
    commit(q, tr("Remove step %1").arg(name));
}

void FunnelStepsModel::setStep(int row, const EventSelector &selector)
{
    FunnelQuery q = query();
    if (row < 0 || row >= q.steps.size())
        return;
    q.steps[row] = selector;
    commit(q, tr("Change step %1").arg(row + 1));
}

int FunnelStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant FunnelStepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const EventSelector &step = m_steps[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1. %2")
                           .arg(index.row() + 1)
                           .arg(step.event == QLatin1String("*") ? tr("any event") : step.event);
        for (const EventFilter &filter : step.filters)
            text += QStringLiteral("\n    %1 %2 %3")
                        .arg(filter.property,
                             filter.equals ? QStringLiteral("=") : QStringLiteral("≠"),
                             filter.value);
        return text;
    }
    case Qt::ToolTipRole:
        return tr("Drag to reorder; double-click to add filters; Delete removes the step");
    case SelectorRole:
        return step.toString();
    default:
        return {};
    }
}

Qt::ItemFlags FunnelStepsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList FunnelStepsModel::mimeTypes() const
{
    return {QString::fromLatin1(stepMimeType), QString::fromLatin1(EventCatalogModel::mimeType)};
}

QMimeData *FunnelStepsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(stepMimeType), QByteArray::number(indexes.first().row()));
    mime->setText(m_steps.value(indexes.first().row()).toString());
    return mime;
}

Qt::DropActions FunnelStepsModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

// Steps are moved by the model itself in dropMimeData; reporting a copy keeps the view from
// also removing the dragged row.
Qt::DropActions FunnelStepsModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

bool FunnelStepsModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return m_document
           && (data->hasFormat(QString::fromLatin1(stepMimeType))
               || data->hasFormat(QString::fromLatin1(EventCatalogModel::mimeType)));
}

bool FunnelStepsModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto a step: land in its place; dropped below the last step: append.
    const int at = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_steps.size());
    if (data->hasFormat(QString::fromLatin1(stepMimeType))) {
        bool ok = false;
        const int from = data->data(QString::fromLatin1(stepMimeType)).toInt(&ok);
        if (ok)
            moveStep(from, at);
        return ok;
    }
    const QStringList events
        = QString::fromUtf8(data->data(QString::fromLatin1(EventCatalogModel::mimeType)))
              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    insertSteps(at, events);
    return true;
}

} // namespace Quadrant
