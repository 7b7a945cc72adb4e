// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/funnelengine.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Quadrant {

class AnalysisDocument;

// The steps of a funnel document as a list that events are dropped onto (from the catalog:
// insert at the drop position) and whose steps are dragged to reorder. Every change goes through
// the document as one undoable edit; the list follows the document.
class FunnelStepsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr const char *stepMimeType = "application/x-quadrant-funnel-step";
    enum Role { SelectorRole = Qt::UserRole + 1 };

    explicit FunnelStepsModel(QObject *parent = nullptr);
    void setDocument(AnalysisDocument *document);

    FunnelQuery query() const;
    // Edits, each one undo step. Rows are 0-based.
    void insertSteps(int row, const QStringList &events);
    void moveStep(int from,
                  int to); // to: the row the step lands before, in the list before the move
    void removeStep(int row);
    void setStep(int row, const EventSelector &selector);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;

private:
    void reload();
    void commit(const FunnelQuery &query, const QString &description);

    QPointer<AnalysisDocument> m_document;
    QVector<EventSelector> m_steps;
};

} // namespace Quadrant
