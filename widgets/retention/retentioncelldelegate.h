// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Quadrant {

// Shades each retention cell by its rate (the palette's first colour, stronger for higher
// rates) and keeps the text readable on it; empty cells (periods not yet happened) stay blank.
class RetentionCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    static QColor shade(double rate, const QColor &base, const QColor &background);
};

} // namespace Quadrant
